package vn.tochuc.danhgia.identity.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.rest.Problems;

/**
 * A user whose password was reset by an administrator may only read {@code /me} and change the password until they
 * do; the same rule the screens apply.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class PasswordChangeGate implements ContainerRequestFilter {

    @Inject
    CurrentUser me;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("v1/me") || path.startsWith("/v1/me")) {
            return;
        }
        if (me.mustChangePassword()) {
            request.abortWith(Problems.of(ErrorKind.FORBIDDEN, "identity.error.must-change-password",
                    Messages.VIETNAMESE, request.getUriInfo().getRequestUri().getPath()));
        }
    }
}
