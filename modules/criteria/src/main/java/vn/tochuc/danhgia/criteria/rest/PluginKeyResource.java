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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.criteria.PluginSigningKeys;
import vn.tochuc.danhgia.criteria.TrustedKeyView;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.rest.Uploads;

/**
 * {@code /api/v1/plugin-keys}: the certificates whose keys may sign plugins. IT staff add and revoke them;
 * administrators may read them. Each change is audited (entity type {@code criteria-plugin-key}).
 */
@Path("v1/plugin-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLUGIN_ADMIN)
public class PluginKeyResource {

    /** A certificate is 1 to 3 KB; the upload limit is larger so that the service's own check answers. */
    private static final long MAX_UPLOAD = 256 * 1024;

    @Inject
    PluginSigningKeys keys;
    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLUGIN_ADMIN})
    @Operation(summary = "Liệt kê chứng thư số tin cậy để ký plugin")
    @APIResponse(responseCode = "200", description = "Các chứng thư", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TrustedKeyView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<TrustedKeyView> list() {
        return keys.list();
    }

    /** Multipart field {@code file}: a certificate, DER ({@code .cer}, {@code .crt}, {@code .der}) or PEM. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Thêm chứng thư số tin cậy (tệp .cer/.pem)")
    @APIResponse(responseCode = "201", description = "Đã thêm", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrustedKeyView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Đã tin cậy chứng thư này")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response add(List<EntityPart> parts) {
        Uploads.UploadedFile file = Uploads.file(parts, "file", MAX_UPLOAD);
        TrustedKeyView added = keys.add(file.fileName(), file.content());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.fingerprint()).build())
                .entity(added).build();
    }

    /** 200 with the plugin versions ({@code id@version}) that were enabled, signed with it, and are now FAILED. */
    @Operation(summary = "Thu hồi (thôi tin cậy) một chứng thư số",
            description = "Các phiên bản plugin đang bật được ký bằng khóa này bị đánh dấu lỗi ngay.")
    @APIResponse(responseCode = "200", description = "Đã thu hồi")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("{fingerprint}")
    public Map<String, Object> revoke(@PathParam("fingerprint") String fingerprint) {
        return Map.of("revoked", fingerprint, "failedVersions", keys.revoke(fingerprint));
    }
}
