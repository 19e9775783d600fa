package vn.tochuc.danhgia.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that stop content sniffing, framing by other sites, leaking URLs to other sites and running scripts the
 * product did not write.
 *
 * <p>Every answer gets the strict {@link #STRICT_POLICY}: the API's JSON, problem bodies and the OpenAPI document
 * load nothing and are never framed. A screen's policy is written by PrimeFaces' CSP mode ({@code primefaces.CSP}
 * and {@code primefaces.CSP_POLICY} in web.xml) because only it knows the nonce of the page's scripts; its header
 * replaces the strict one (two policies would both be enforced, and the strict one would block the screen). The
 * filter also runs on error dispatches, so a friendly error page rendered by Faces gets its own screen policy.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** For answers that are not screens: nothing may load, nobody may frame. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, STRICT_POLICY);
        chain.doFilter(request, new ScreenPolicyReplaces(response));
    }

    /** Lets a screen's policy (PrimeFaces adds it) take the place of the strict one instead of joining it. */
    private static final class ScreenPolicyReplaces extends HttpServletResponseWrapper {

        ScreenPolicyReplaces(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
