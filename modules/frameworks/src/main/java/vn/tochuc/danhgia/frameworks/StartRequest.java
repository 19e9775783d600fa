package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Starts one of the caller's unit's frameworks ({@code POST /api/v1/frameworks}); the plugin's framework that
 * applies now is frozen for it.
 *
 * @param year        the evaluation year
 * @param subjectType {@code COLLECTIVE}, {@code CHIEF} or {@code DEPUTY}
 * @param personId    for a deputy: the person (see {@link PeopleService}); otherwise empty
 */
@Schema(description = "Bắt đầu cụ thể hóa một khung tiêu chí của đơn vị mình.")
public record StartRequest(
        @Schema(description = "Năm đánh giá; mặc định năm hiện tại") Integer year,
        @Schema(description = "Đối tượng: tập thể, người đứng đầu hoặc cấp phó", required = true)
        SubjectType subjectType,
        @Schema(description = "Với cấp phó: mã người (xem /api/v1/framework-people)") Long personId) {}
