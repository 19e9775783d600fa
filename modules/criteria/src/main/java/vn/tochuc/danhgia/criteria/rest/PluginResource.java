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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.criteria.AssignedFramework;
import vn.tochuc.danhgia.criteria.ConcretizationReviews;
import vn.tochuc.danhgia.criteria.DropInRefusal;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.InstallResult;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.ReviewResult;
import vn.tochuc.danhgia.criteria.internal.PluginSettings;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.rest.Uploads;

/**
 * {@code /api/v1/plugins}: IT staff install and manage plugins; administrators and Board staff read them.
 * {@code revision} (optional) is the plugin's revision the client last read: a mismatch is a 409.
 */
@Path("v1/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLUGIN_ADMIN)
public class PluginResource {

    @Inject
    PluginService plugins;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ConcretizationReviews reviews;

    @Inject
    PluginSettings settings;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Liệt kê plugin")
    @APIResponse(responseCode = "200", description = "Các plugin",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PluginView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public List<PluginView> list() {
        return plugins.plugins();
    }

    /**
     * Multipart field {@code file}: the plugin JAR. 201 with the installed version and the checks' warnings;
     * {@code Server-Timing} gives the time spent reading, checking, loading and recording it.
     */
    @Operation(summary = "Cài một plugin (tệp JAR)",
            description = "Trường multipart file là tệp JAR; trả 201 kèm cảnh báo của các bước kiểm tra.")
    @APIResponse(responseCode = "201", description = "Đã cài",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstallResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        long start = System.nanoTime();
        Uploads.UploadedFile file = Uploads.file(parts, "file", settings.maxUploadBytes());
        InstallResult result = plugins.install(file.fileName(), file.content());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(result.plugin().pluginId()).build())
                .entity(result).header("Server-Timing", Params.serverTiming(start)).build();
    }

    @Operation(summary = "Đọc một plugin")
    @APIResponse(responseCode = "200", description = "Plugin",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PluginView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public PluginView get(@PathParam("id") String id) {
        return plugins.plugin(id);
    }

    /** Enables the active version, or with {@code version} enables that one and makes it active. */
    @Operation(summary = "Bật plugin",
            description = "Bật phiên bản đang dùng, hoặc bật và dùng phiên bản version. revision khác thì trả 409.")
    @APIResponse(responseCode = "200", description = "Plugin sau khi bật",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PluginView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{id}/enable")
    public PluginView enable(@PathParam("id") String id, @QueryParam("version") String version,
            @QueryParam("revision") Long revision) {
        return plugins.enable(id, version, revision);
    }

    @Operation(summary = "Tắt plugin",
            description = "revision khác thì trả 409.")
    @APIResponse(responseCode = "200", description = "Plugin sau khi tắt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PluginView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{id}/disable")
    public PluginView disable(@PathParam("id") String id, @QueryParam("version") String version,
            @QueryParam("revision") Long revision) {
        return plugins.disable(id, version, revision);
    }

    @Operation(summary = "Quay về phiên bản trước của plugin")
    @APIResponse(responseCode = "200", description = "Plugin sau khi quay về",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PluginView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{id}/rollback")
    public PluginView rollback(@PathParam("id") String id, @QueryParam("revision") Long revision) {
        return plugins.rollback(id, revision);
    }

    /** 200 with the plugin, or 204 when that was its last version. */
    @Operation(summary = "Xóa một phiên bản plugin")
    @APIResponse(responseCode = "200", description = "Plugin còn lại",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PluginView.class)))
    @APIResponse(responseCode = "204", description = "Đã xóa phiên bản cuối cùng")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("{id}/versions/{version}")
    public Response deleteVersion(@PathParam("id") String id, @PathParam("version") String version,
            @QueryParam("revision") Long revision) {
        PluginView after = plugins.deleteVersion(id, version, revision);
        return after == null ? Response.noContent().build() : Response.ok(after).build();
    }

    /** A framework of the active version, or of {@code version}; subject is COLLECTIVE, CHIEF or DEPUTY. */
    @Operation(summary = "Khung tiêu chí của plugin cho một đối tượng",
            description = "subject là COLLECTIVE, CHIEF hoặc DEPUTY.")
    @APIResponse(responseCode = "200", description = "Khung tiêu chí",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignedFramework.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/frameworks/{subject}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public AssignedFramework framework(@PathParam("id") String id, @PathParam("subject") String subject,
            @QueryParam("version") String version) {
        return catalog.framework(id, version, Params.subject(subject));
    }

    /** Runs the host's and the plugin's checks on a concretization, to try a plugin out. */
    @Operation(summary = "Thử kiểm tra một bản cụ thể hóa bằng plugin")
    @APIResponse(responseCode = "200", description = "Kết quả kiểm tra",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @POST
    @Path("{id}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewResult review(@PathParam("id") String id, @PathParam("version") String version,
            ReviewRequest request) {
        if (request == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        return reviews.review(id, version, request.toConcretization());
    }

    /** Installs the JARs dropped into the plugins directory; answers the drop-ins refused so far. */
    @Operation(summary = "Cài các tệp JAR đặt trong thư mục plugin",
            description = "Trả về các tệp bị từ chối.")
    @APIResponse(responseCode = "200", description = "Các tệp bị từ chối",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DropInRefusal.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("scan")
    public List<DropInRefusal> scan() {
        return plugins.scanPluginsDirectory();
    }
}
