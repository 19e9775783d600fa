package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A remark of the Board on a submitted framework: on one target (criterion code and zero-based target index), on a
 * criterion (no index) or on the whole framework (neither).
 *
 * @param criterionCode the concretized criterion, or empty
 * @param targetIndex   the zero-based index of the target in that criterion's list, or {@code null}
 * @param text          the remark
 */
@Schema(description = "Nhận xét của Ban trên một chỉ tiêu, một tiêu chí hoặc cả khung.")
public record Remark(
        @Schema(description = "Mã tiêu chí, để trống nếu nhận xét cả khung") String criterionCode,
        @Schema(description = "Số thứ tự chỉ tiêu trong tiêu chí, từ 0; để trống nếu nhận xét cả tiêu chí")
        Integer targetIndex,
        @Schema(description = "Nội dung nhận xét") String text) {}
