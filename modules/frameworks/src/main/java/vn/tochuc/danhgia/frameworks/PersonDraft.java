package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A chief or deputy as a unit enters them ({@code POST /api/v1/framework-people}, {@code PUT .../{id}}).
 *
 * @param year     the evaluation year (only when adding)
 * @param role     {@code CHIEF} or {@code DEPUTY} (only when adding)
 * @param fullName e.g. "Nguyễn Văn An"
 * @param title    the position, e.g. "Phó Giám đốc Sở"
 * @param field    for a deputy: the field in charge of (lĩnh vực phụ trách), e.g. "Quản lý ngân sách; đầu tư công"
 * @param version  when changing: the version read
 */
@Schema(description = "Người đứng đầu hoặc cấp phó do đơn vị khai.")
public record PersonDraft(
        @Schema(description = "Năm đánh giá (chỉ khi thêm)") Integer year,
        @Schema(description = "Vai trò (chỉ khi thêm)") PersonRole role,
        @Schema(description = "Họ và tên") String fullName,
        @Schema(description = "Chức vụ") String title,
        @Schema(description = "Với cấp phó: lĩnh vực phụ trách") String field,
        @Schema(description = "Khi sửa: phiên bản đã đọc; khác phiên bản hiện tại thì trả 409") Long version) {}
