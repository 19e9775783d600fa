package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A screen's exception handler that answers one kind of failure itself with a page of its own, and leaves every
 * other failure to the handler it wraps (in the end Faces and the error pages of web.xml).
 */
public abstract class ScreenFailureHandler extends ExceptionHandlerWrapper {

    protected ScreenFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (answered(events.next().getContext().getException())) {
                events.remove();
                break;
            }
        }
        getWrapped().handle();
    }

    /** Answers the failure and says {@code true}, or says {@code false} to leave it to the wrapped handler. */
    protected abstract boolean answered(Throwable thrown);

    /** Sends the browser to one of the error pages and ends the request (also an Ajax one). */
    protected static void redirect(String page) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
