package vn.tochuc.danhgia.frameworks;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Board's decision ({@code POST /api/v1/frameworks/{id}/review}). Returning needs at least one remark or a
 * comment, so that the unit knows what to fix.
 *
 * @param decision {@code RETURN} or {@code APPROVE}
 * @param remarks  remarks on targets or criteria
 * @param comment  a general remark, optional
 * @param version  the framework's version as read, optional
 */
@Schema(description = "Quyết định của Ban về khung tiêu chí đã nộp. RETURN cần ít nhất một nhận xét hoặc ý kiến chung.")
public record ReviewDecision(
        @Schema(description = "RETURN trả lại để sửa, APPROVE phê duyệt", required = true) Decision decision,
        @Schema(description = "Nhận xét trên chỉ tiêu hoặc tiêu chí") List<Remark> remarks,
        @Schema(description = "Ý kiến chung, không bắt buộc") String comment,
        @Schema(description = "Phiên bản khung đã đọc (khóa lạc quan); khác phiên bản hiện tại thì trả 409")
        Long version) {

    public ReviewDecision {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        comment = comment == null ? "" : comment.strip();
    }
}
