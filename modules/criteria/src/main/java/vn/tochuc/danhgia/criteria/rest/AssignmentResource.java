package vn.tochuc.danhgia.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.criteria.AssignmentDraft;
import vn.tochuc.danhgia.criteria.AssignmentView;
import vn.tochuc.danhgia.criteria.FrameworkAssignments;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.UnitCoverage;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/framework-assignments}: administrators assign plugins to units and groups per year;
 * {@code coverage} lists every active unit's framework source, those without one included.
 */
@Path("v1/framework-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AssignmentResource {

    @Inject
    FrameworkAssignments assignments;

    @Inject
    FrameworkCatalog catalog;

    @Operation(summary = "Liệt kê việc gán plugin cho đơn vị, nhóm")
    @APIResponse(responseCode = "200", description = "Các việc gán của năm",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public List<AssignmentView> list(@QueryParam("year") Integer year) {
        return assignments.list(Params.year(year));
    }

    /** Body: {@code {"year":2026,"pluginId":"so-tai-chinh","unitCodes":["STC"],"groupCodes":[]}}. */
    @Operation(summary = "Gán plugin cho đơn vị, nhóm")
    @APIResponse(responseCode = "201", description = "Đã gán",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(AssignmentDraft draft) {
        if (draft == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        return Response.status(Response.Status.CREATED).entity(assignments.assign(draft)).build();
    }

    @Operation(summary = "Bỏ một việc gán")
    @APIResponse(responseCode = "204", description = "Đã bỏ")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        assignments.remove(id);
        return Response.noContent().build();
    }

    @Operation(summary = "Nguồn khung tiêu chí của mọi đơn vị",
            description = "Gồm cả đơn vị chưa có khung.")
    @APIResponse(responseCode = "200", description = "Theo đơn vị",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UnitCoverage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("coverage")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public Response coverage(@QueryParam("year") Integer year) {
        long start = System.nanoTime();
        List<UnitCoverage> rows = catalog.coverage(Params.year(year));
        return Response.ok(Params.json(rows)).header("Server-Timing", Params.serverTiming(start)).build();
    }
}
