package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import java.util.logging.Logger;

/**
 * Sends a form that cannot be trusted any more to a friendly page instead of the container's 500.
 *
 * <p>A POST whose {@code jakarta.faces.ViewState} the server does not know (the session ended, the view was evicted,
 * or the value was forged: with server-side state the three look the same) is a {@link ViewExpiredException}; it is
 * redirected to the "session expired" page. A request to a protected view without its token is a
 * {@link ProtectedViewException}: redirected to the "not allowed" page. Left to the container, both were a 500 (an
 * exception mapped to an error page keeps that status). The page is reached by a redirect, not rendered in place:
 * PrimeFaces' CSP mode refuses to render a new view on a postback that carries no nonce of it.
 */
public class StaleFormExceptionHandler extends ScreenFailureHandler {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String FORBIDDEN_PAGE = "/error/403.xhtml";
    private static final Logger LOG = Logger.getLogger(StaleFormExceptionHandler.class.getName());

    public StaleFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** The refusal in the causes, if the failure is one: a forged, expired or unprotected form. */
    private static Throwable stale(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return t;
            }
        }
        return null;
    }

    @Override
    protected boolean answered(Throwable thrown) {
        Throwable stale = stale(thrown);
        if (stale == null) {
            return false;
        }
        LOG.info(() -> "Form refused: " + stale);
        redirect(stale instanceof ProtectedViewException ? FORBIDDEN_PAGE : EXPIRED_PAGE);
        return true;
    }
}
