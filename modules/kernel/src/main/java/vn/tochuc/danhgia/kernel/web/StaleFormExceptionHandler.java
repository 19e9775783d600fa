package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Answers a form that cannot be trusted any more with a friendly page and a client error instead of a server error.
 *
 * <p>A POST whose {@code jakarta.faces.ViewState} the server does not know (the session ended, the view was evicted,
 * or the value was forged: with server-side state the three look the same) is a {@link ViewExpiredException}; it
 * answers 400 with the "session expired" page. A request to a protected view without its token is a
 * {@link ProtectedViewException}: 403 with the "not allowed" page. Left to the container, both would be a 500. An
 * Ajax request is redirected to the page instead, since a partial response cannot show a whole page.
 */
public class StaleFormExceptionHandler extends ScreenFailureHandler {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String FORBIDDEN_PAGE = "/error/403.xhtml";
    /**
     * Where PrimeFaces' CSP mode keeps a view's script nonce. On a postback it takes the nonce from the view (or the
     * form) and refuses to render without one; the page put in place of the refused form is new, so it gets a fresh
     * nonce here, made as PrimeFaces makes its own (unguessable, per page).
     */
    static final String PRIMEFACES_NONCE = "primefaces.nonce";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(StaleFormExceptionHandler.class.getName());

    public StaleFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected boolean answered(Throwable thrown) {
        Throwable stale = stale(thrown);
        if (stale == null) {
            return false;
        }
        LOG.info(() -> "Form refused: " + stale);
        boolean forbidden = stale instanceof ProtectedViewException;
        show(forbidden ? FORBIDDEN_PAGE : EXPIRED_PAGE, forbidden ? 403 : 400);
        return true;
    }

    private static Throwable stale(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return t;
            }
        }
        return null;
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void show(String page, int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            redirect(page);
            return;
        }
        faces.getExternalContext().setResponseStatus(status);
        UIViewRoot root = faces.getApplication().getViewHandler().createView(faces, page);
        root.getViewMap().put(PRIMEFACES_NONCE, nonce());
        faces.setViewRoot(root);
        faces.renderResponse();
    }
}
