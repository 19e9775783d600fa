package vn.tochuc.danhgia.rating.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.rest.Uploads;
import vn.tochuc.danhgia.rating.AppraisalEdit;
import vn.tochuc.danhgia.rating.AppraisalService;
import vn.tochuc.danhgia.rating.AppraisalView;
import vn.tochuc.danhgia.rating.EvidenceFile;
import vn.tochuc.danhgia.rating.EvidenceService;
import vn.tochuc.danhgia.rating.EvidenceView;
import vn.tochuc.danhgia.rating.SelfAssessmentEdit;
import vn.tochuc.danhgia.rating.SelfAssessmentReceipt;
import vn.tochuc.danhgia.rating.SelfAssessmentService;
import vn.tochuc.danhgia.rating.SelfAssessmentView;
import vn.tochuc.danhgia.rating.SignRequest;

/** {@code /api/v1/ratings/{subjectId}}: a subject's self-assessment and its evidence files. */
@Path("v1/ratings/{subjectId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {

    @Inject
    SelfAssessmentService selfAssessments;

    @Inject
    EvidenceService evidence;

    @Inject
    AppraisalService appraisals;

    @Operation(summary = "Thẩm định bản tự đánh giá và đề xuất mức xếp loại",
            description = "Ban: đổi điểm từng tiêu chí kèm lý do, đề xuất mức; vượt tỷ lệ HTXSNV của nhóm hoặc cấp trưởng "
                    + "cao hơn tập thể thì trả 409 nêu rõ nhóm và số liệu. version: 0 cho lần thẩm định đầu.")
    @APIResponse(responseCode = "200", description = "Đã ghi thẩm định",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppraisalView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("appraisal")
    @RolesAllowed(Roles.BOARD)
    public AppraisalView appraise(@PathParam("subjectId") long subjectId, AppraisalEdit edit) {
        return appraisals.appraise(subjectId, edit);
    }

    @Operation(summary = "Xác nhận đề xuất (thành viên thứ hai của Ban)",
            description = "Thành viên khác người thẩm định xác nhận đề xuất như đang có; người đã thẩm định tự xác "
                    + "nhận thì trả 409. Thẩm định lại thì phải xác nhận lại.")
    @APIResponse(responseCode = "200", description = "Đã xác nhận",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppraisalView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("appraisal/confirm")
    @RolesAllowed(Roles.BOARD)
    public AppraisalView confirm(@PathParam("subjectId") long subjectId, VersionRef body) {
        if (body == null || body.version() == null) {
            throw AppException.invalid(List.of(FieldError.of("version", "error.field.required")));
        }
        return appraisals.confirm(subjectId, body.version());
    }

    /** The version of what the caller read. */
    public record VersionRef(Long version) {}

    @Operation(summary = "Đọc kết quả thẩm định")
    @APIResponse(responseCode = "200", description = "Kết quả thẩm định",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppraisalView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("appraisal")
    @RolesAllowed(Roles.BOARD)
    public AppraisalView appraisal(@PathParam("subjectId") long subjectId) {
        return appraisals.get(subjectId);
    }

    @Operation(summary = "Đọc bản tự đánh giá",
            description = "Kèm tổng điểm, mức xếp loại theo bộ quy tắc của đợt và lý do, gợi ý điểm của plugin.")
    @APIResponse(responseCode = "200", description = "Bản tự đánh giá",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @GET
    @Path("self-assessment")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public SelfAssessmentView get(@PathParam("subjectId") long subjectId) {
        return selfAssessments.get(subjectId);
    }

    @Operation(summary = "Lưu bản nháp tự đánh giá",
            description = "Điểm từng tiêu chí (0 đến tối đa, bước theo bộ quy tắc), kết quả từng chỉ tiêu. "
                    + "version phải là phiên bản đã đọc (409 nếu đã bị sửa).")
    @APIResponse(responseCode = "200", description = "Đã lưu; version mới",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("self-assessment")
    @RolesAllowed(Roles.UNIT)
    public SelfAssessmentView save(@PathParam("subjectId") long subjectId, SelfAssessmentEdit edit) {
        return selfAssessments.save(subjectId, edit);
    }

    @Operation(summary = "Nộp bản tự đánh giá", description = "Cần người ký (signerName, signerTitle) và version.")
    @APIResponse(responseCode = "201", description = "Đã nộp; số biên nhận",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SelfAssessmentReceipt.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("self-assessment/submit")
    @RolesAllowed(Roles.UNIT)
    public Response submit(@PathParam("subjectId") long subjectId, SignRequest request) {
        return Response.status(Response.Status.CREATED).entity(selfAssessments.submit(subjectId, request)).build();
    }

    @Operation(summary = "Các tệp minh chứng")
    @APIResponse(responseCode = "200", description = "Các tệp, không kèm nội dung",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("evidence")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<EvidenceView> evidence(@PathParam("subjectId") long subjectId) {
        return evidence.list(subjectId);
    }

    /** Multipart: {@code file}, {@code criterionCode} and, optionally, {@code targetIndex}. */
    @Operation(summary = "Tải lên tệp minh chứng",
            description = "PDF, DOCX, XLSX, PNG hoặc JPEG, tối đa 10 MB; kiểu được nhận biết theo nội dung tệp.")
    @APIResponse(responseCode = "201", description = "Đã lưu",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.UNIT)
    public Response upload(@PathParam("subjectId") long subjectId, List<EntityPart> parts) {
        Uploads.UploadedFile file = Uploads.file(parts, "file", EvidenceService.MAX_BYTES);
        String index = text(parts, "targetIndex");
        EvidenceView added = evidence.add(subjectId, text(parts, "criterionCode"), index(index), file.fileName(),
                file.content());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @Operation(summary = "Tải về tệp minh chứng")
    @APIResponse(responseCode = "200", description = "Nội dung tệp như đã tải lên")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response download(@PathParam("subjectId") long subjectId, @PathParam("evidenceId") long evidenceId) {
        EvidenceFile file = evidence.download(subjectId, evidenceId);
        return Response.ok(file.content(), file.mediaType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    @Operation(summary = "Xóa tệp minh chứng", description = "Chỉ khi bản tự đánh giá còn là bản nháp.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("evidence/{evidenceId}")
    @RolesAllowed(Roles.UNIT)
    public Response delete(@PathParam("subjectId") long subjectId, @PathParam("evidenceId") long evidenceId) {
        evidence.delete(subjectId, evidenceId);
        return Response.noContent().build();
    }

    private static Integer index(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw AppException.invalid(List.of(FieldError.of("targetIndex", "error.field.invalid")));
        }
    }

    private static String text(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst().map(p -> {
            try {
                return new String(p.getContent().readNBytes(2000), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}
