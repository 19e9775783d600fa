package vn.tochuc.danhgia.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Faces Ajax request cannot follow an HTTP redirect or show an error page: it is sent elsewhere by a
 * {@code <partial-response><redirect>}, which filters and exception handlers write themselves (outside the Faces
 * render, where PrimeFaces' CSP writer needs a view that may not exist).
 */
public final class AjaxRedirect {

    private AjaxRedirect() {}

    /** Whether the request is a Faces Ajax request. */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The partial response that sends the browser to {@code url}. */
    public static String body(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + url
                + "\"/></partial-response>";
    }

    /** Answers the Ajax request with a redirect to {@code url}. */
    public static void send(HttpServletResponse response, String url) throws IOException {
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write(body(url));
    }
}
