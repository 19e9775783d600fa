package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.logging.Logger;
import vn.tochuc.danhgia.kernel.rest.Failures;

/**
 * Answers a form that cannot be trusted any more with 400 (403 for a protected view) and a friendly page instead of
 * the container's 500.
 *
 * <p>A form is refused when Faces cannot restore its view: a {@code jakarta.faces.ViewState} the server does not
 * know (the session ended, the view was evicted, another session's or a forged value: with server-side state they
 * look the same) is a {@link ViewExpiredException}, but a made-up value can fail otherwise ({@code "stateless"} on a
 * view that is not transient is a plain {@code FacesException}), so any failure while a postback's view is restored
 * counts, unless the database is down (the next handler's case). A postback whose PrimeFaces CSP nonce does not
 * match its view ({@code CspException}) is refused the same way; a request to a protected view without its token
 * ({@link ProtectedViewException}) is 403. The page is the one web.xml maps to the status (the "session expired"
 * page for 400); an Ajax request gets a partial-response redirect to it.
 */
public class StaleFormExceptionHandler extends ScreenFailureHandler {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String FORBIDDEN_PAGE = "/error/403.xhtml";
    static final String CSP_EXCEPTION = "org.primefaces.csp.CspException";
    private static final Logger LOG = Logger.getLogger(StaleFormExceptionHandler.class.getName());

    public StaleFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    private static final int MAX_DEPTH = 20;

    /** Whether the failure or one of its causes is of the class named. */
    private static boolean caused(Throwable thrown, String className) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the failure says the posted form cannot be used (see the class comment). */
    static boolean stale(Throwable thrown, PhaseId phase, boolean postback) {
        if (caused(thrown, ViewExpiredException.class.getName()) || caused(thrown, CSP_EXCEPTION)) {
            return true;
        }
        return PhaseId.RESTORE_VIEW.equals(phase) && postback && !Failures.databaseDown(thrown);
    }

    @Override
    protected boolean answered(ExceptionQueuedEventContext failure) {
        Throwable thrown = failure.getException();
        FacesContext faces = failure.getContext();
        if (faces.getExternalContext().isResponseCommitted()) {
            return false;
        }
        if (caused(thrown, ProtectedViewException.class.getName())) {
            LOG.info(() -> "Protected view refused: " + thrown);
            refuse(403, FORBIDDEN_PAGE);
            return true;
        }
        if (!stale(thrown, failure.getPhaseId(), faces.isPostback())) {
            return false;
        }
        LOG.info(() -> "Form refused: " + thrown);
        refuse(400, EXPIRED_PAGE);
        return true;
    }
}
