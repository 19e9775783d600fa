package vn.tochuc.danhgia.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserChanges;
import vn.tochuc.danhgia.identity.UserQuery;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.identity.UserView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.kernel.Roles;

/** {@code /api/v1/users}: accounts, for administrators only. */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    /** The body of an administrator's password reset. */
    public record PasswordReset(String newPassword) {}

    @Inject
    UserService users;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<UserView> list(@QueryParam("q") String text, @QueryParam("role") String role,
            @QueryParam("unit") String unit, @QueryParam("active") Boolean active, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return users.list(new UserQuery(text, role(role), unit, active, page == null || page < 0 ? 0 : page,
                Page.clampSize(size, 100)));
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    public Response create(NewUser user) {
        UserView created = users.create(required(user));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build()).entity(created)
                .build();
    }

    @PUT
    @Path("{username}")
    public UserView update(@PathParam("username") String username, UserChanges changes) {
        return users.update(username, required(changes));
    }

    @POST
    @Path("{username}/reset-password")
    public Response resetPassword(@PathParam("username") String username, PasswordReset body) {
        users.resetPassword(username, required(body).newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        users.unlock(username);
        return Response.noContent().build();
    }

    private static Role role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw AppException.invalid(List.of(FieldError.of("role", "error.field.invalid")));
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        return body;
    }
}
