package vn.tochuc.danhgia.consultations.rest;

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
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.AnswerService;
import vn.tochuc.danhgia.consultations.AnswerView;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.Signer;
import vn.tochuc.danhgia.kernel.PdfConverter;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code /api/v1/consultations/{id}/answers/mine}: a unit user's own unit's answer. There is no path naming a unit:
 * the unit is always the caller's.
 */
@Path("v1/consultations/{id}/answers/mine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.UNIT)
public class AnswerResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    AnswerService answers;

    @Inject
    PdfConverter pdf;

    @GET
    public AnswerView get(@PathParam("id") long id) {
        return answers.mine(id);
    }

    @PUT
    public AnswerView save(@PathParam("id") long id, AnswerDraft draft) {
        return answers.save(id, draft);
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id, Signer signer) {
        Receipt receipt = answers.submit(id, signer);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("withdraw")
    public AnswerView withdraw(@PathParam("id") long id) {
        return answers.withdraw(id);
    }

    @GET
    @Path("submissions")
    public List<Receipt> submissions(@PathParam("id") long id) {
        return answers.submissions(id);
    }

    /** The official answer (the current submission, as signed) as Word; 404 when nothing is submitted. */
    @GET
    @Path("official.docx")
    @Produces(DOCX)
    public Response officialDocx(@PathParam("id") long id) {
        return Response.ok(answers.officialDocx(id), DOCX)
                .header("Content-Disposition", "attachment; filename=\"y-kien-gop-y-" + id + ".docx\"").build();
    }

    /** The same as PDF (LibreOffice on the server; 503 when it is missing). */
    @GET
    @Path("official.pdf")
    @Produces(PdfConverter.MEDIA_TYPE)
    public Response officialPdf(@PathParam("id") long id) {
        return Response.ok(pdf.toPdf(answers.officialDocx(id), "docx"), PdfConverter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"y-kien-gop-y-" + id + ".pdf\"").build();
    }
}
