package vn.tochuc.danhgia.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tochuc.danhgia.kernel.web.AjaxRedirect;

/**
 * Refuses a POST to a screen that carries no {@code jakarta.faces.ViewState} with 400 and the "session expired"
 * page: every form of ours has one, so such a post was not sent by one of our pages. Faces would otherwise treat it
 * as a first visit and answer the page with 200, as if the post had been accepted. Forms whose state is unknown or
 * forged are answered the same way by {@code StaleFormExceptionHandler}; a Faces Ajax post gets a partial-response
 * redirect to the page instead.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FormPostFilter extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getParameter(VIEW_STATE) != null) {
            chain.doFilter(request, response);
        } else if (AjaxRedirect.isAjax(request)) {
            AjaxRedirect.send(response, request.getContextPath() + EXPIRED_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
