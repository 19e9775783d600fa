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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import vn.tochuc.danhgia.kernel.PdfConverter;
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

    @Inject
    PdfConverter pdf;

    @Context
    UriInfo uriInfo;

    /** A unit's subjects ({@code unit} defaults to the caller's own); for the Board without {@code unit}, all units. */
    @Operation(summary = "Liệt kê khung tiêu chí",
            description = "Đơn vị: các đối tượng của đơn vị mình (unit mặc định là đơn vị mình). Ban: không có unit thì mọi đơn vị.")
    @APIResponse(responseCode = "200", description = "Các khung tiêu chí của năm",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkRow.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
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

    @Operation(summary = "Bắt đầu cụ thể hóa một khung tiêu chí",
            description = "Đơn vị bắt đầu khung cho một đối tượng; khung tiêu chí áp dụng lúc này được cố định cho nó.")
    @APIResponse(responseCode = "201", description = "Đã tạo; Location trỏ tới khung",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworkView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @RolesAllowed(Roles.UNIT)
    public Response start(StartRequest request) {
        UnitFrameworkView started = frameworks.start(Params.required(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
                .entity(started).build();
    }

    @Operation(summary = "Đọc một khung tiêu chí")
    @APIResponse(responseCode = "200", description = "Khung tiêu chí, kèm version để sửa",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworkView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public UnitFrameworkView get(@PathParam("id") long id) {
        return frameworks.get(id);
    }

    @Operation(summary = "Lưu các chỉ tiêu",
            description = "Thay toàn bộ chỉ tiêu đã lưu. version phải là phiên bản đã đọc; nếu người khác đã lưu trước thì trả 409.")
    @APIResponse(responseCode = "200", description = "Đã lưu; version mới",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworkView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public UnitFrameworkView save(@PathParam("id") long id, FrameworkEdit edit) {
        return frameworks.save(id, Params.required(edit));
    }

    /** Checks targets without saving them (the editor's live check, for API clients too). */
    @Operation(summary = "Kiểm tra các chỉ tiêu mà không lưu",
            description = "Chạy kiểm tra chung và kiểm tra riêng của plugin; ok=false nếu có lỗi chặn việc nộp.")
    @APIResponse(responseCode = "200", description = "Kết quả kiểm tra",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @POST
    @Path("{id}/check")
    @RolesAllowed(Roles.UNIT)
    public CheckResult check(@PathParam("id") long id, FrameworkEdit edit) {
        return frameworks.check(id, Params.required(edit).targets());
    }

    @Operation(summary = "Nộp khung tiêu chí cho Ban",
            description = "Chỉ nộp được khi kiểm tra không có lỗi. Thân không bắt buộc: {\"version\": n}.")
    @APIResponse(responseCode = "200", description = "Đã nộp",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworkView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.UNIT)
    public UnitFrameworkView submit(@PathParam("id") long id, SubmitRequest request) {
        return frameworks.submit(id, request == null ? null : request.version());
    }

    @Operation(summary = "Ban phê duyệt hoặc trả lại khung tiêu chí",
            description = "decision là APPROVE hoặc RETURN; trả lại cần ít nhất một nhận xét hoặc ý kiến chung.")
    @APIResponse(responseCode = "200", description = "Đã ghi quyết định",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitFrameworkView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.BOARD)
    public UnitFrameworkView review(@PathParam("id") long id, ReviewDecision decision) {
        return frameworks.review(id, Params.required(decision));
    }

    /** The exact stored bytes of the approved framework, with their SHA-256 as {@code ETag}. */
    @Operation(summary = "Tải khung tiêu chí đã phê duyệt (JSON)",
            description = "Đúng các byte đã lưu; ETag là SHA-256 của chúng.")
    @APIResponse(responseCode = "200", description = "Khung đã phê duyệt",
            content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/approved.json")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response approved(@PathParam("id") long id) {
        ApprovedFramework approved = frameworks.approved(id);
        return Response.ok(approved.bytes(), "application/json; charset=UTF-8")
                .header("ETag", "\"" + approved.sha256() + "\"").build();
    }

    @Operation(summary = "Xuất khung tiêu chí ra Word")
    @APIResponse(responseCode = "200", description = "Tệp .docx",
            content = @Content(mediaType = FrameworkResource.DOCX))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/export.docx")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response docx(@PathParam("id") long id) {
        return Response.ok(exports.docx(id), DOCX)
                .header("Content-Disposition", "attachment; filename=\"khung-tieu-chi-" + id + ".docx\"").build();
    }

    @Operation(summary = "Xuất khung tiêu chí ra PDF",
            description = "Bản Word chuyển sang PDF bằng LibreOffice trên máy chủ; 503 khi máy chủ chưa cài LibreOffice.")
    @APIResponse(responseCode = "200", description = "Tệp .pdf", content = @Content(mediaType = PdfConverter.MEDIA_TYPE))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/export.pdf")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(pdf.toPdf(exports.docx(id), "docx"), PdfConverter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"khung-tieu-chi-" + id + ".pdf\"").build();
    }

    @Operation(summary = "Xuất mọi khung tiêu chí của năm ra Excel")
    @APIResponse(responseCode = "200", description = "Tệp .xlsx",
            content = @Content(mediaType = FrameworkResource.XLSX))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("export.xlsx")
    @RolesAllowed(Roles.BOARD)
    public Response xlsx(@QueryParam("year") Integer year) {
        int y = Params.year(year);
        return Response.ok(exports.xlsx(y), XLSX)
                .header("Content-Disposition", "attachment; filename=\"khung-tieu-chi-" + y + ".xlsx\"").build();
    }
}
