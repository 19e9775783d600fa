package vn.tochuc.danhgia.criteria.spi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target (chỉ tiêu) a unit set for a concretized criterion.
 *
 * @param title       what is to be done, e.g. "Giải ngân vốn đầu tư công năm 2026"
 * @param indicator   what is measured, e.g. "Tỷ lệ giải ngân so với kế hoạch vốn được giao"
 * @param targetValue the number to reach, or {@code null} when not given
 * @param unit        the unit of {@code targetValue}, e.g. {@code %}, {@code tỷ đồng}, {@code văn bản}
 * @param output      the concrete output (sản phẩm cụ thể) that proves it
 * @param deadline    when it must be done, or {@code null} when not given
 * @param points      the share of the criterion's points this target carries
 */
public record Target(
        String title,
        String indicator,
        BigDecimal targetValue,
        String unit,
        String output,
        LocalDate deadline,
        Points points) {

    public Target {
        title = Texts.orEmpty(title);
        indicator = Texts.orEmpty(indicator);
        unit = Texts.orEmpty(unit);
        output = Texts.orEmpty(output);
        points = points == null ? Points.ZERO : points;
    }

    /** Whether the target value is a percentage. */
    public boolean isPercentage() {
        return unit.strip().equals("%");
    }
}
