package vn.tochuc.danhgia.frameworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One target (chỉ tiêu) of a concretized criterion, as the unit enters it and the API shows it. Every field may be
 * empty in a draft; the plugin's check says what is missing.
 *
 * @param title       what is to be done, e.g. "Giải ngân vốn đầu tư công năm 2026"
 * @param indicator   what is measured, e.g. "Tỷ lệ giải ngân so với kế hoạch vốn được giao"
 * @param targetValue the measurable value to reach, e.g. {@code 95}
 * @param unit        the value's unit, e.g. {@code %}, {@code tỷ đồng}, {@code văn bản}
 * @param output      the concrete output (sản phẩm cụ thể) that proves it
 * @param deadline    when it is due ({@code yyyy-MM-dd})
 * @param points      the share of the criterion's points it carries, at most one decimal (e.g. {@code 17.5})
 */
@Schema(description = "Một chỉ tiêu của tiêu chí được cụ thể hóa; bản nháp có thể để trống.")
public record TargetRow(
        @Schema(description = "Việc cần làm") String title,
        @Schema(description = "Chỉ số đo") String indicator,
        @Schema(description = "Giá trị cần đạt") BigDecimal targetValue,
        @Schema(description = "Đơn vị tính, ví dụ %, tỷ đồng, văn bản") String unit,
        @Schema(description = "Sản phẩm cụ thể") String output,
        @Schema(description = "Thời hạn (yyyy-MM-dd)", format = "date") LocalDate deadline,
        @Schema(description = "Điểm của chỉ tiêu, tối đa một chữ số thập phân") BigDecimal points) {

    public TargetRow {
        title = strip(title);
        indicator = strip(indicator);
        unit = strip(unit);
        output = strip(output);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
