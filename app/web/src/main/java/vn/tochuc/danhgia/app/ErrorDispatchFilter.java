package vn.tochuc.danhgia.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Lets Faces render an error page as a fresh page, whatever the failed request was.
 *
 * <p>The container shows an error page by dispatching the failed request itself to it. For a failed form post that
 * request still carries the form's {@code jakarta.faces.ViewState} (and perhaps the Ajax headers), so Faces took the
 * error page for a postback of that form: it tried to restore a view that does not exist, and PrimeFaces' CSP mode
 * refused to render without the form's nonce, so the friendly page itself failed and the container's raw 500
 * report came out. Here the error page sees a GET without parameters or Faces headers; the status the container
 * set (400, 403, 404, 500) is kept.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshRequest(request), response);
    }

    /** The failed request as a plain GET of the error page. */
    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return isFacesHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isFacesHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isFacesHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name);
        }
    }
}
