package vn.tochuc.danhgia.consultations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consultations.CommentsByNode;
import vn.tochuc.danhgia.consultations.ConsultationDraft;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.Extension;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/consultations}: the Board creates, publishes, extends, reminds, closes and tracks; unit users list
 * and open the consultations sent to their unit. The service checks each caller's unit again.
 */
@Path("v1/consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BOARD)
public class ConsultationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ConsultationService consultations;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(ConsultationDraft draft) {
        ConsultationView created = consultations.create(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The Board: every consultation; a unit user: those sent to its unit. */
    @GET
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<ConsultationView> list() {
        return consultations.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public ConsultationView get(@PathParam("id") long id) {
        return consultations.get(id);
    }

    /** The draft's nodes in document order (path, kind, label, title, text), to read and comment on. */
    @GET
    @Path("{id}/nodes")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<NodeRef> nodes(@PathParam("id") long id) {
        return consultations.nodes(id);
    }

    @POST
    @Path("{id}/publish")
    public ConsultationView publish(@PathParam("id") long id) {
        return consultations.publish(id);
    }

    @POST
    @Path("{id}/close")
    public ConsultationView close(@PathParam("id") long id) {
        return consultations.close(id);
    }

    /** {@code {"deadline": "2025-11-05T17:00:00+07:00", "unit": "STC" (optional), "reason": "…"}}. */
    @POST
    @Path("{id}/extend")
    public ConsultationView extend(@PathParam("id") long id, Extension extension) {
        return consultations.extend(id, extension);
    }

    /** {@code {"units": ["STC"]}}, or no body / no units: every unit that has not submitted. */
    @POST
    @Path("{id}/remind")
    public Map<String, Object> remind(@PathParam("id") long id, ReminderRequest request) {
        List<String> reminded = consultations.remind(id, request == null ? null : request.units());
        return Map.of("reminded", reminded, "count", reminded.size());
    }

    /** The automatic reminder pass, run now (it also runs every hour). */
    @POST
    @Path("reminders/run")
    public Map<String, Integer> runReminders() {
        return Map.of("reminded", consultations.sendDueReminders());
    }

    @GET
    @Path("{id}/status")
    public List<RecipientStatus> status(@PathParam("id") long id) {
        return consultations.status(id);
    }

    @GET
    @Path("{id}/status/counts")
    public StatusCounts counts(@PathParam("id") long id) {
        return consultations.counts(id);
    }

    @GET
    @Path("{id}/status.xlsx")
    @Produces(XLSX)
    public Response statusWorkbook(@PathParam("id") long id) {
        return Response.ok(consultations.statusWorkbook(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"theo-doi-gop-y-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("{id}/comments")
    public CommentsByNode comments(@PathParam("id") long id) {
        return consultations.comments(id);
    }

    /** The body of {@code POST …/remind}. */
    public record ReminderRequest(List<String> units) {}
}
