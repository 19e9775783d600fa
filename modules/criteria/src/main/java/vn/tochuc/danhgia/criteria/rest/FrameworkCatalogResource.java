package vn.tochuc.danhgia.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.UnitFrameworks;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/framework-catalog?year=}: every active unit's frameworks for a year in one answer (units without one have
 * an empty list and their status), with {@code Server-Timing}.
 */
@Path("v1/framework-catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
public class FrameworkCatalogResource {

    @Inject
    FrameworkCatalog catalog;

    @Operation(summary = "Khung tiêu chí của mọi đơn vị trong năm",
            description = "Đơn vị chưa có khung có danh sách rỗng và trạng thái.")
    @APIResponse(responseCode = "200", description = "Khung tiêu chí theo đơn vị",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UnitFrameworks.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    public Response all(@QueryParam("year") Integer year) {
        long start = System.nanoTime();
        var all = catalog.allFrameworks(Params.year(year));
        return Response.ok(Params.json(all)).header("Server-Timing", Params.serverTiming(start)).build();
    }
}
