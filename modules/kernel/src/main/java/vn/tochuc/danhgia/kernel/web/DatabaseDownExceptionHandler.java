package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.util.logging.Logger;
import vn.tochuc.danhgia.kernel.rest.Failures;

/**
 * Sends the user to a "try again in a moment" page when a screen fails because the database is unreachable,
 * instead of the generic system-error page: the cause is temporary and nothing the user did was wrong. Registered
 * by {@link ScreenExceptionHandlerFactory}.
 */
public class DatabaseDownExceptionHandler extends ScreenFailureHandler {

    static final String PAGE = "/error/unavailable.xhtml";
    private static final Logger LOG = Logger.getLogger(DatabaseDownExceptionHandler.class.getName());

    public DatabaseDownExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected boolean answered(ExceptionQueuedEventContext failure) {
        Throwable thrown = failure.getException();
        if (!Failures.databaseDown(thrown)) {
            return false;
        }
        LOG.warning(() -> "Screen failed, database unavailable: " + thrown);
        redirect(PAGE);
        return true;
    }
}
