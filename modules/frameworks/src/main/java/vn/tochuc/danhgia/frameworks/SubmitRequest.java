package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code POST /api/v1/frameworks/{id}/submit}.
 *
 * @param version the framework's version as read; when given it must still be the current one
 */
@Schema(description = "Thân không bắt buộc khi nộp khung tiêu chí.")
public record SubmitRequest(
        @Schema(description = "Phiên bản khung đã đọc; khác phiên bản hiện tại thì trả 409") Long version) {}
