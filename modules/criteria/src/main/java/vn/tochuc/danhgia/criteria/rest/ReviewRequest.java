package vn.tochuc.danhgia.criteria.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * A concretization to review, as JSON: {@code {"unitCode":"STC","year":2026,"subjectType":"CHIEF",
 * "targets":{"2":[{"title":…,"points":23.3,…}]}}}. Dates are {@code yyyy-MM-dd}; points have at most one decimal.
 */
@Schema(description = "Một bản cụ thể hóa để thử kiểm tra bằng plugin.")
public record ReviewRequest(
        @Schema(description = "Mã đơn vị, ví dụ STC") String unitCode,
        @Schema(description = "Năm đánh giá; mặc định năm hiện tại") Integer year,
        @Schema(description = "Đối tượng: COLLECTIVE, CHIEF hoặc DEPUTY") String subjectType,
        @Schema(description = "Với cấp phó: lĩnh vực phụ trách") String deputyField,
        @Schema(type = SchemaType.OBJECT, additionalProperties = TargetJson[].class,
                description = "Mã tiêu chí → danh sách chỉ tiêu của tiêu chí đó, theo thứ tự")
        Map<String, List<TargetJson>> targets) {

    /** One target. */
    @Schema(description = "Một chỉ tiêu.")
    public record TargetJson(
            @Schema(description = "Việc cần làm") String title,
            @Schema(description = "Chỉ số đo") String indicator,
            @Schema(description = "Giá trị cần đạt") BigDecimal targetValue,
            @Schema(description = "Đơn vị tính") String unit,
            @Schema(description = "Sản phẩm cụ thể") String output,
            @Schema(description = "Thời hạn (yyyy-MM-dd)", format = "date") String deadline,
            @Schema(description = "Điểm, tối đa một chữ số thập phân") BigDecimal points) {}

    Concretization toConcretization() {
        SubjectType subject = Params.subject(subjectType);
        Map<String, List<Target>> map = new LinkedHashMap<>();
        if (targets != null) {
            targets.forEach((code, list) -> {
                List<Target> converted = new ArrayList<>();
                for (TargetJson t : list == null ? List.<TargetJson>of() : list) {
                    converted.add(new Target(t.title(), t.indicator(), t.targetValue(), t.unit(), t.output(),
                            date(t.deadline()), points(t.points())));
                }
                map.put(code, converted);
            });
        }
        return new Concretization(unitCode, year == null ? Params.year(null) : year, subject, deputyField, map);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AppException.invalid(List.of(FieldError.of("deadline", "error.field.invalid")));
        }
    }

    private static Points points(BigDecimal value) {
        try {
            return value == null ? null : Points.of(value);
        } catch (ArithmeticException e) {
            throw AppException.invalid(List.of(FieldError.of("points", "error.field.invalid")));
        }
    }
}
