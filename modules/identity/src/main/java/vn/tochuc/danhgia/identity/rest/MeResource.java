package vn.tochuc.danhgia.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/** {@code /api/v1/me}: who am I, and changing my own password. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN})
public class MeResource {

    /** The caller, with their unit's name. */
    public record Me(String username, String fullName, String unitCode, String unitName, List<Role> roles,
            boolean mustChangePassword) {}

    /** The body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    @Inject
    CurrentUser me;

    @Inject
    UserService users;

    @Inject
    UnitDirectory units;

    @GET
    public Me get() {
        String unit = me.unitCode().orElse(null);
        String unitName = unit == null ? null : units.find(unit).map(UnitView::name).orElse(null);
        return new Me(me.username(), me.fullName(), unit, unitName, List.copyOf(me.roles()),
                me.mustChangePassword());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
