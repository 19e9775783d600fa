package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code PUT /api/v1/framework-tasks/{consultationId}}.
 *
 * @param year the evaluation year asked for; empty for the year of the consultation's deadline
 */
@Schema(description = "Thân không bắt buộc khi gắn nhiệm vụ cụ thể hóa khung tiêu chí vào đợt lấy ý kiến.")
public record TaskRequest(@Schema(description = "Năm đánh giá; mặc định năm của hạn góp ý") Integer year) {}
