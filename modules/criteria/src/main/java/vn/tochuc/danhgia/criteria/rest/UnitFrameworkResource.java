package vn.tochuc.danhgia.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.UnitFrameworks;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/units/{code}/frameworks}: a unit's frameworks for a year (default: this year). Unit staff see their
 * own unit only. The answer carries {@code Server-Timing} with the time spent in the server.
 */
@Path("v1/units/{code}/frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN, Roles.UNIT})
public class UnitFrameworkResource {

    @Inject
    FrameworkCatalog catalog;

    @Inject
    FrameworkSnapshots snapshots;

    @Operation(summary = "Khung tiêu chí của một đơn vị",
            description = "Cán bộ đơn vị chỉ xem đơn vị mình.")
    @APIResponse(responseCode = "200", description = "Khung tiêu chí của đơn vị",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworks.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    public Response frameworks(@PathParam("code") String code, @QueryParam("year") Integer year) {
        long start = System.nanoTime();
        UnitFrameworks frameworks = catalog.frameworksOf(code, Params.year(year));
        return Response.ok(Params.json(frameworks)).header("Server-Timing", Params.serverTiming(start)).build();
    }

    /**
     * Freezes the unit's framework of a subject type for a year, as a record using it: the first call takes the
     * snapshot of the framework that applies now, later calls answer that same snapshot whatever the plugin's
     * version has become.
     */
    @Operation(summary = "Cố định khung tiêu chí của đơn vị cho một đối tượng",
            description = "Lần đầu chụp khung đang áp dụng; các lần sau trả lại đúng bản chụp đó.")
    @APIResponse(responseCode = "200", description = "Bản chụp",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SnapshotJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @POST
    @Path("{subject}/snapshot")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.UNIT})
    public SnapshotJson freeze(@PathParam("code") String code, @PathParam("subject") String subject,
            @QueryParam("year") Integer year) {
        int y = Params.year(year);
        SubjectType type = Params.subject(subject);
        String unit = catalog.frameworksOf(code, y).coverage().unitCode();
        FrameworkSnapshot snapshot = snapshots.useFor(unit, y, type, "unit-framework:" + unit + "/" + y + "/" + type);
        return SnapshotJson.of(snapshot);
    }
}
