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
    @GET
    @RolesAllowed(Roles.UNIT)
    public List<TaskView> mine(@QueryParam("year") Integer year) {
        return tasks.mine(Params.year(year));
    }

    @GET
    @Path("{consultationId}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public TaskView get(@PathParam("consultationId") long consultationId) {
        return tasks.find(consultationId).orElseThrow(() -> AppException.notFound("frameworks.error.task-not-found",
                consultationId));
    }

    @PUT
    @Path("{consultationId}")
    @RolesAllowed(Roles.BOARD)
    public TaskView attach(@PathParam("consultationId") long consultationId, TaskRequest request) {
        return tasks.attach(consultationId, request == null ? null : request.year());
    }

    @DELETE
    @Path("{consultationId}")
    @RolesAllowed(Roles.BOARD)
    public Response detach(@PathParam("consultationId") long consultationId) {
        tasks.detach(consultationId);
        return Response.noContent().build();
    }

    @GET
    @Path("{consultationId}/progress")
    @RolesAllowed(Roles.BOARD)
    public List<TaskProgressRow> progress(@PathParam("consultationId") long consultationId) {
        return tasks.progress(consultationId);
    }
}
