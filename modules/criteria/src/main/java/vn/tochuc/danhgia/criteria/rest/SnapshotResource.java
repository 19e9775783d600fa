package vn.tochuc.danhgia.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Operation(summary = "Tải một bản chụp khung tiêu chí",
            description = "Đúng các byte đã lưu; ETag là SHA-256, X-Framework-Source là nguồn.")
    @APIResponse(responseCode = "200", description = "Bản chụp (JSON)",
            content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
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
