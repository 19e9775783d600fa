package vn.tochuc.danhgia.rating.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.rating.AppraisalService;
import vn.tochuc.danhgia.rating.ExtensionRequest;
import vn.tochuc.danhgia.rating.QuotaRow;
import vn.tochuc.danhgia.rating.ExtensionView;
import vn.tochuc.danhgia.rating.RatingCycleDraft;
import vn.tochuc.danhgia.rating.RatingCycleService;
import vn.tochuc.danhgia.rating.RatingCycleView;
import vn.tochuc.danhgia.rating.RatingSubjectView;

/** {@code /api/v1/rating-cycles}: the Board opens a year's cycle; the Board and units list cycles and subjects. */
@Path("v1/rating-cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingCycleResource {

    @Inject
    RatingCycleService cycles;

    @Inject
    AppraisalService appraisals;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Tỷ lệ HTXSNV theo nhóm",
            description = "Theo đề xuất của Ban, từng nhóm và loại đối tượng (tập thể; cá nhân): số đề xuất HTXSNV, "
                    + "số đề xuất HTTNV trở lên và tối đa = làm tròn xuống (tỷ lệ × số đó).")
    @APIResponse(responseCode = "200", description = "Tỷ lệ của các nhóm",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = QuotaRow.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/quota")
    @RolesAllowed(Roles.BOARD)
    public List<QuotaRow> quota(@PathParam("id") long id) {
        return appraisals.quota(id);
    }

    @Operation(summary = "Mở đợt đánh giá, xếp loại của một năm",
            description = "Bộ quy tắc theo năm (QĐ 124 cho 2023–2024, QĐ 366 từ 2025) được ghi lại và không đổi. "
                    + "Đối tượng lấy từ các khung tiêu chí đã phê duyệt; đối tượng chưa có khung được liệt kê là BLOCKED.")
    @APIResponse(responseCode = "201", description = "Đã mở; Location trỏ tới đợt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RatingCycleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @RolesAllowed(Roles.BOARD)
    public Response open(RatingCycleDraft draft) {
        RatingCycleView opened = cycles.open(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(opened.id())).build())
                .entity(opened).build();
    }

    @Operation(summary = "Liệt kê các đợt đánh giá", description = "year: chỉ đợt của năm đó.")
    @APIResponse(responseCode = "200", description = "Các đợt, năm mới nhất trước",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RatingCycleView.class)))
    @GET
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<RatingCycleView> list(@QueryParam("year") Integer year) {
        return cycles.list(year);
    }

    @Operation(summary = "Đọc một đợt đánh giá")
    @APIResponse(responseCode = "200", description = "Đợt đánh giá",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RatingCycleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public RatingCycleView get(@PathParam("id") long id) {
        return cycles.get(id);
    }

    @Operation(summary = "Các đối tượng đánh giá của đợt", description = "Ban: mọi đối tượng; đơn vị: của đơn vị mình.")
    @APIResponse(responseCode = "200", description = "Các đối tượng",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RatingSubjectView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/subjects")
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<RatingSubjectView> subjects(@PathParam("id") long id) {
        return cycles.subjects(id);
    }

    @Operation(summary = "Gia hạn tự đánh giá cho một đơn vị",
            description = "until phải sau hạn tự đánh giá của đợt; reason bắt buộc. Gửi lại thì thay gia hạn cũ.")
    @APIResponse(responseCode = "200", description = "Hạn mới của đơn vị",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @PUT
    @Path("{id}/extensions/{unitCode}")
    @RolesAllowed(Roles.BOARD)
    public ExtensionView extend(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            ExtensionRequest request) {
        return cycles.extend(id, unitCode, request);
    }
}
