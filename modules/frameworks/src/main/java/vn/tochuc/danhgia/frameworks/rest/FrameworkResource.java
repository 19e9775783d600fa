package vn.tochuc.danhgia.frameworks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.frameworks.ApprovedFramework;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.FrameworkEdit;
import vn.tochuc.danhgia.frameworks.FrameworkExports;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.ReviewDecision;
import vn.tochuc.danhgia.frameworks.StartRequest;
import vn.tochuc.danhgia.frameworks.SubmitRequest;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/frameworks}: unit frameworks. A unit lists, starts, saves, checks and submits its own; the Board lists
 * everyone's, reads submitted content, returns or approves, and exports.
 */
@Path("v1/frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    UnitFrameworkService frameworks;

    @Inject
    FrameworkExports exports;

    @Inject
    CurrentUser me;

    @Context
    UriInfo uriInfo;

    /** A unit's subjects ({@code unit} defaults to the caller's own); for the Board without {@code unit}, all units. */
    @GET
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<FrameworkRow> list(@QueryParam("year") Integer year, @QueryParam("unit") String unit) {
        int y = Params.year(year);
        boolean given = unit != null && !unit.isBlank();
        if (me.has(Role.BOARD)) {
            return given ? frameworks.subjects(unit.strip().toUpperCase(Locale.ROOT), y) : frameworks.overview(y);
        }
        return frameworks.subjects(given ? unit.strip().toUpperCase(Locale.ROOT) : me.unitCode().orElse(""), y);
    }

    @POST
    @RolesAllowed(Roles.UNIT)
    public Response start(StartRequest request) {
        UnitFrameworkView started = frameworks.start(Params.required(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
                .entity(started).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public UnitFrameworkView get(@PathParam("id") long id) {
        return frameworks.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public UnitFrameworkView save(@PathParam("id") long id, FrameworkEdit edit) {
        return frameworks.save(id, Params.required(edit));
    }

    /** Checks targets without saving them (the editor's live check, for API clients too). */
    @POST
    @Path("{id}/check")
    @RolesAllowed(Roles.UNIT)
    public CheckResult check(@PathParam("id") long id, FrameworkEdit edit) {
        return frameworks.check(id, Params.required(edit).targets());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.UNIT)
    public UnitFrameworkView submit(@PathParam("id") long id, SubmitRequest request) {
        return frameworks.submit(id, request == null ? null : request.version());
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.BOARD)
    public UnitFrameworkView review(@PathParam("id") long id, ReviewDecision decision) {
        return frameworks.review(id, Params.required(decision));
    }

    /** The exact stored bytes of the approved framework, with their SHA-256 as {@code ETag}. */
    @GET
    @Path("{id}/approved.json")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response approved(@PathParam("id") long id) {
        ApprovedFramework approved = frameworks.approved(id);
        return Response.ok(approved.bytes(), "application/json; charset=UTF-8")
                .header("ETag", "\"" + approved.sha256() + "\"").build();
    }

    @GET
    @Path("{id}/export.docx")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response docx(@PathParam("id") long id) {
        return Response.ok(exports.docx(id), DOCX)
                .header("Content-Disposition", "attachment; filename=\"khung-tieu-chi-" + id + ".docx\"").build();
    }

    @GET
    @Path("export.xlsx")
    @RolesAllowed(Roles.BOARD)
    public Response xlsx(@QueryParam("year") Integer year) {
        int y = Params.year(year);
        return Response.ok(exports.xlsx(y), XLSX)
                .header("Content-Disposition", "attachment; filename=\"khung-tieu-chi-" + y + ".xlsx\"").build();
    }
}
