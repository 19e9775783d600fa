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
