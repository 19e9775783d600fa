package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A screen's exception handler that answers one kind of failure itself with a page of its own, and leaves every
 * other failure to the handler it wraps (in the end Faces and the error pages of web.xml).
 *
 * <p>A Faces Ajax request is always answered with a partial-response redirect, written here rather than through
 * Faces' own writer: when the view could not be restored there is no view, and PrimeFaces' CSP mode would fail to
 * write the partial response (it needs the view's nonce), turning the answer into a 500.
 */
public abstract class ScreenFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ScreenFailureHandler.class.getName());

    protected ScreenFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (answered(events.next().getContext())) {
                forgetTheOthers();
                break;
            }
        }
        getWrapped().handle();
    }

    /**
     * Once the request is answered, the other failures queued with it are its consequences (a render that went on
     * after a phase listener failed fails again the same way): left queued, they would still make a 500 of it.
     */
    private void forgetTheOthers() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            LOG.fine(() -> "Also failed, already answered: " + thrown);
            events.remove();
        }
    }

    /** Answers the failure and says {@code true}, or says {@code false} to leave it to the wrapped handler. */
    protected abstract boolean answered(ExceptionQueuedEventContext failure);

    /** Whether the request is a Faces Ajax one (answered with XML, never with a page). */
    protected static boolean ajax(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        return "partial/ajax".equals(external.getRequestHeaderMap().get("Faces-Request"))
                || "true".equals(external.getRequestParameterMap().get("jakarta.faces.partial.ajax"));
    }

    /** Sends the browser to one of the error pages and ends the request (also an Ajax one). */
    protected static void redirect(String page) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = external.getRequestContextPath() + page;
        try {
            if (ajax(faces)) {
                external.responseReset();
                external.setResponseContentType("text/xml;charset=UTF-8");
                external.addResponseHeader("Cache-Control", "no-cache");
                external.getResponseOutputWriter().write(AjaxRedirect.body(target));
            } else {
                external.redirect(target);
            }
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /**
     * Answers with an HTTP error status; the container shows the page web.xml maps to it (an error dispatch that
     * {@code ErrorDispatchFilter} makes a plain GET, so the page renders whatever the failed request carried). An
     * Ajax request gets a redirect to {@code page} instead: Faces' Ajax script does not show an error page.
     */
    protected static void refuse(int status, String page) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (ajax(faces)) {
            redirect(page);
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
