package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * The screens' exception handlers, registered in faces-config.xml: a stale or forged form, then a database that is
 * down, then Faces' own handling (the error pages of web.xml).
 */
public class ScreenExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ScreenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StaleFormExceptionHandler(new DatabaseDownExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
