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
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Authenticates every request: HTTP Basic for the API (never a session, so API calls cannot ride on a browser's
 * cookie), and a session created by the login form for the screens. An anonymous request for a protected screen is
 * sent to the login page; one for the API gets 401 with a problem body from the REST layer.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
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
        if (!api && request.getUserPrincipal() != null) {
            return continueSession(request.getUserPrincipal(), context);
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
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
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

    /** The container remembers the groups of a session it registered; re-asserting the caller is enough. */
    private static AuthenticationStatus continueSession(Principal principal, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    /** Wrong Basic credentials: 401 with a problem body, written here because the request never reaches JAX-RS. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"danhgia\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            String detail = Messages.get(Messages.VIETNAMESE, "identity.error.bad-credentials");
            String title = Messages.get(Messages.VIETNAMESE, "error.title.unauthenticated");
            response.getWriter().write("{\"type\":\"urn:danhgia:problem:identity.error.bad-credentials\","
                    + "\"title\":\"" + title + "\",\"status\":401,\"detail\":\"" + detail + "\"}");
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
