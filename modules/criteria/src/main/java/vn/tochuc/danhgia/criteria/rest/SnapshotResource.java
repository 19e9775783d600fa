package vn.tochuc.danhgia.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/framework-snapshots/{id}}: the exact stored bytes of a snapshot (canonical JSON, UTF-8), with its
 * SHA-256 as {@code ETag} and its source as {@code X-Framework-Source}.
 */
@Path("v1/framework-snapshots")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
public class SnapshotResource {

    @Inject
    FrameworkSnapshots snapshots;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        FrameworkSnapshot s = snapshots.find(id).orElseThrow(() -> AppException.notFound(
                "criteria.error.snapshot-not-found", Long.toString(id)));
        return Response.ok(s.bytes(), "application/json; charset=UTF-8").header("ETag", "\"" + s.sha256() + "\"")
                .header("X-Framework-Source", s.pluginId() + "@" + s.pluginVersion() + "/" + s.subjectType())
                .build();
    }
}
