package vn.tochuc.danhgia.frameworks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import vn.tochuc.danhgia.frameworks.FrameworkTasks;
import vn.tochuc.danhgia.frameworks.TaskProgressRow;
import vn.tochuc.danhgia.frameworks.TaskRequest;
import vn.tochuc.danhgia.frameworks.TaskView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/framework-tasks/{consultationId}}: whether a consultation carries the task "concretize your
 * framework", and each recipient unit's progress in it.
 */
@Path("v1/framework-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkTaskResource {

    @Inject
    FrameworkTasks tasks;

    /** For a unit user: the consultations sent to their unit that carry the task for a year. */
    @Operation(summary = "Các đợt lấy ý kiến của đơn vị mình có nhiệm vụ cụ thể hóa khung")
    @APIResponse(responseCode = "200", description = "Danh sách nhiệm vụ của năm",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed(Roles.UNIT)
    public List<TaskView> mine(@QueryParam("year") Integer year) {
        return tasks.mine(Params.year(year));
    }

    @Operation(summary = "Nhiệm vụ cụ thể hóa khung của một đợt lấy ý kiến")
    @APIResponse(responseCode = "200", description = "Nhiệm vụ",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{consultationId}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public TaskView get(@PathParam("consultationId") long consultationId) {
        return tasks.find(consultationId).orElseThrow(() -> AppException.notFound("frameworks.error.task-not-found",
                consultationId));
    }

    @Operation(summary = "Gắn nhiệm vụ cụ thể hóa khung vào đợt lấy ý kiến")
    @APIResponse(responseCode = "200", description = "Đã gắn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("{consultationId}")
    @RolesAllowed(Roles.BOARD)
    public TaskView attach(@PathParam("consultationId") long consultationId, TaskRequest request) {
        return tasks.attach(consultationId, request == null ? null : request.year());
    }

    @Operation(summary = "Gỡ nhiệm vụ khỏi đợt lấy ý kiến")
    @APIResponse(responseCode = "204", description = "Đã gỡ")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("{consultationId}")
    @RolesAllowed(Roles.BOARD)
    public Response detach(@PathParam("consultationId") long consultationId) {
        tasks.detach(consultationId);
        return Response.noContent().build();
    }

    @Operation(summary = "Tiến độ của từng đơn vị nhận nhiệm vụ")
    @APIResponse(responseCode = "200", description = "Tiến độ theo đơn vị",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskProgressRow.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{consultationId}/progress")
    @RolesAllowed(Roles.BOARD)
    public List<TaskProgressRow> progress(@PathParam("consultationId") long consultationId) {
        return tasks.progress(consultationId);
    }
}
