package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import vn.tochuc.danhgia.kernel.rest.Failures;

/**
 * Sends the user to a "try again in a moment" page when a screen fails because the database is unreachable,
 * instead of the generic system-error page: the cause is temporary and nothing the user did was wrong.
 */
public class DatabaseDownExceptionHandler extends ExceptionHandlerWrapper {

    static final String PAGE = "/error/unavailable.xhtml";
    private static final Logger LOG = Logger.getLogger(DatabaseDownExceptionHandler.class.getName());

    public DatabaseDownExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (Failures.databaseDown(thrown)) {
                events.remove();
                LOG.warning(() -> "Screen failed, database unavailable: " + thrown);
                redirect();
                break;
            }
        }
        getWrapped().handle();
    }

    private static void redirect() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + PAGE);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseDownExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
