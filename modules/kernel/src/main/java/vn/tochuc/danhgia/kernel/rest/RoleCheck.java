package vn.tochuc.danhgia.kernel.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resource methods (method first, then
 * class). A method with none of them still requires an authenticated caller: forgetting the annotation must not open
 * an endpoint to the world.
 *
 * <p>Roles only say which kind of user may call; whether that user may touch a given unit's data is checked by the
 * module's service, which knows the unit.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                        && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Filter(List.of(), true));
            return;
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        context.register(new Filter(roles == null ? List.of() : List.of(roles.value()), false));
    }

    /** Runs before the resource; answers 401 to anonymous callers and 403 to callers without a role. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;
        private final boolean denyAll;

        Filter(List<String> roles, boolean denyAll) {
            this.roles = roles;
            this.denyAll = denyAll;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Locale locale = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null
                    ? Messages.VIETNAMESE
                    : Messages.supported(request.getAcceptableLanguages().get(0));
            String path = request.getUriInfo().getRequestUri().getPath();
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problems.of(ErrorKind.UNAUTHENTICATED, "error.auth.required", locale, path));
                return;
            }
            boolean allowed = !denyAll && (roles.isEmpty() || roles.stream().anyMatch(security::isUserInRole));
            if (!allowed) {
                request.abortWith(Problems.of(ErrorKind.FORBIDDEN, "error.auth.forbidden", locale, path));
            }
        }
    }
}
