package vn.tochuc.danhgia.consolidation.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ApprovalResult;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.IssueRequest;
import vn.tochuc.danhgia.consolidation.RevisionChange;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.PdfConverter;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/consultations/{id}/…}: the Board's consolidation of a closed consultation (decisions, approval,
 * the revised draft, the report, the issue). Jersey merges this class with the consultations module's resource of
 * the same path; the service checks the caller again.
 */
@Path("v1/consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BOARD)
public class ConsolidationResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ConsolidationService consolidation;

    @Inject
    PdfConverter pdf;

    @GET
    @Path("{id}/consolidation")
    public ConsolidationView overview(@PathParam("id") long id) {
        return consolidation.overview(id);
    }

    /** One row per submitted comment: commentId, path, unit, text and the current decision. */
    @GET
    @Path("{id}/dispositions")
    public List<DispositionView> dispositions(@PathParam("id") long id) {
        return consolidation.dispositions(id);
    }

    /**
     * {@code [{"commentId": 12, "decision": "ACCEPTED"|"PARTLY"|"EXPLAINED"|"NOTED", "response": "…",
     * "group": [13, 14], "version": 0}]}: all rows valid or none saved. Answers the rows it touched.
     */
    @PUT
    @Path("{id}/dispositions")
    public List<DispositionView> propose(@PathParam("id") long id, List<DispositionInput> rows) {
        return consolidation.propose(id, rows);
    }

    /** {@code {"approvals": [{"commentId": 12, "version": 1}]}}, or {@code {}}: every proposal by someone else. */
    @POST
    @Path("{id}/dispositions/approve")
    public ApprovalResult approve(@PathParam("id") long id, ApprovalRequest request) {
        return consolidation.approve(id, request == null ? null : request.approvals());
    }

    /** CLOSED → CONSOLIDATED once every comment's decision is approved. */
    @POST
    @Path("{id}/consolidate")
    public ConsolidationView consolidate(@PathParam("id") long id) {
        return consolidation.consolidate(id);
    }

    /** Starts version N+1 of the draft from the version the units commented on (or answers the one already started). */
    @POST
    @Path("{id}/revision")
    public VersionView startRevision(@PathParam("id") long id) {
        return consolidation.startRevision(id);
    }

    /** One node edit of the revised draft, with the comments it answers; {@code version} is the version's lock. */
    @POST
    @Path("{id}/revision/edits")
    public VersionView edit(@PathParam("id") long id, EditRequest request) {
        if (request == null || request.version() == null) {
            throw AppException.invalid(List.of(FieldError.of("version", "error.field.required")));
        }
        StructureEdit edit = new StructureEdit(request.op(), request.path(), request.number(), request.title(),
                request.text(), request.line());
        return consolidation.editRevision(id, edit, request.version(), request.commentIds());
    }

    @GET
    @Path("{id}/revision/changes")
    public List<RevisionChange> changes(@PathParam("id") long id) {
        return consolidation.changes(id);
    }

    /** {@code {"commentIds": [12, 13]}}: the comments this change answers, replacing the previous ones. */
    @PUT
    @Path("{id}/revision/changes/{changeId}/comments")
    public RevisionChange link(@PathParam("id") long id, @PathParam("changeId") long changeId, LinkRequest request) {
        return consolidation.linkChange(id, changeId, request == null ? List.of() : request.commentIds());
    }

    /** The report as data (what the .docx and .xlsx are made from). */
    @GET
    @Path("{id}/report")
    public ConsolidationReport report(@PathParam("id") long id) {
        return consolidation.report(id);
    }

    @GET
    @Path("{id}/report.docx")
    @Produces(DOCX)
    public Response reportDocx(@PathParam("id") long id) {
        return Response.ok(consolidation.reportDocx(id), DOCX).header("Content-Disposition",
                "attachment; filename=\"bao-cao-tiep-thu-giai-trinh-" + id + ".docx\"").build();
    }

    /** The .docx report as PDF (LibreOffice on the server; 503 when it is missing). */
    @GET
    @Path("{id}/report.pdf")
    @Produces(PdfConverter.MEDIA_TYPE)
    public Response reportPdf(@PathParam("id") long id) {
        return Response.ok(pdf.toPdf(consolidation.reportDocx(id), "docx"), PdfConverter.MEDIA_TYPE).header(
                "Content-Disposition", "attachment; filename=\"bao-cao-tiep-thu-giai-trinh-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/report.xlsx")
    @Produces(XLSX)
    public Response reportXlsx(@PathParam("id") long id) {
        return Response.ok(consolidation.reportXlsx(id), XLSX).header("Content-Disposition",
                "attachment; filename=\"bao-cao-tiep-thu-giai-trinh-" + id + ".xlsx\"").build();
    }

    /** {@code {"number": "15-QĐ/TU", "issuedOn": "2023-11-20"}}: issues the final version; everything freezes. */
    @POST
    @Path("{id}/issue")
    public ConsolidationView issue(@PathParam("id") long id, IssueRequest request) {
        return consolidation.issue(id, request);
    }

    /** The body of {@code POST …/dispositions/approve}. */
    public record ApprovalRequest(List<Approval> approvals) {}

    /** The body of {@code POST …/revision/edits}. */
    public record EditRequest(StructureEdit.Op op, String path, String number, String title, String text,
            Integer line, Long version, List<Long> commentIds) {}

    /** The body of {@code PUT …/revision/changes/{changeId}/comments}. */
    public record LinkRequest(List<Long> commentIds) {}
}
