package vn.tochuc.danhgia.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.rest.Failures;
import vn.tochuc.danhgia.kernel.web.AjaxRedirect;

/**
 * Sends a logged-in user whose password was reset by an administrator to the password page, whatever screen they
 * ask for, until they choose their own.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentUser me;

    /** When the database is down the page itself fails and shows why; this filter must not fail first. */
    private boolean mustChangePassword() {
        try {
            return me.mustChangePassword();
        } catch (RuntimeException e) {
            if (Failures.databaseDown(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() == null || path.equals(PASSWORD_PAGE) || path.equals("/login.xhtml")
                || path.startsWith("/error/") || !mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PASSWORD_PAGE;
        if (AjaxRedirect.isAjax(request)) {
            AjaxRedirect.send(response, target);
            return;
        }
        response.sendRedirect(target);
    }
}
