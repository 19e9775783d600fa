package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.rest.Failures;

/**
 * Authenticates every request: HTTP Basic for the API (never a session, so API calls cannot ride on a browser's
 * cookie), and a session created by the login form for the screens. An anonymous request for a protected screen is
 * sent to the login page; one for the API gets 401 with a problem body from the REST layer.
 *
 * <p>The screens' session keeps the caller's name and groups in a session attribute of ours, and every request
 * re-asserts both to the container. The container's own "registered session" (re-asserting only the principal and
 * letting the container find its groups) lost the groups of about one request in twelve under 50 concurrent users:
 * a 403 on a page the user may see.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(AppAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!Failures.databaseDown(e)) {
                throw e;
            }
            // The identity store needs the database; while it is down, API clients get a quick 503 they can retry,
            // never a bare 500, and the screens show the error page.
            LOG.warning(() -> "Authentication impossible, database unavailable: " + e);
            if (isApi(request)) {
                return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.title.unavailable",
                        "error.database.unavailable", "error.database.unavailable");
            }
            throw e;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential != null) {
            return formLogin(formCredential, context);
        }
        boolean api = isApi(request);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        SessionCaller signedIn = api ? null : SessionCaller.of(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (!context.isProtected() || api) {
            return context.doNothing();
        }
        String next = request.getRequestURI().substring(request.getContextPath().length());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus formLogin(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SessionCaller.start(context.getRequest(), result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return unauthorized(response);
        }
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Wrong Basic credentials: 401 with a problem body, written here because the request never reaches JAX-RS. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"danhgia\", charset=\"UTF-8\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "error.title.unauthenticated",
                "identity.error.bad-credentials", "identity.error.bad-credentials");
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String titleKey,
            String detailKey, String type) {
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", "5");
            }
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"urn:danhgia:problem:" + type + "\",\"title\":\""
                    + Messages.get(Messages.VIETNAMESE, titleKey) + "\",\"status\":" + status + ",\"detail\":\""
                    + Messages.get(Messages.VIETNAMESE, detailKey) + "\"}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
