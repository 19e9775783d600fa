package vn.tochuc.danhgia.plugins.sogiaoduc;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Target;

/** Targets as Sở Giáo dục và Đào tạo would write them for 2026. */
final class EducationTargets {

    static final int YEAR = 2026;

    private EducationTargets() {}

    static Target target(String title, String indicator, String value, String unit, LocalDate deadline, int points) {
        return new Target(title, indicator, new BigDecimal(value), unit, "Báo cáo kết quả", deadline, Points.of(points));
    }

    static Target graduation(String percent, LocalDate deadline, int points) {
        return target("Nâng cao chất lượng giáo dục trung học phổ thông", "Tỷ lệ học sinh tốt nghiệp THPT", percent,
                "%", deadline, points);
    }

    static Target graduation(int points) {
        return graduation("98.5", LocalDate.of(YEAR, 7, 31), points);
    }

    static Target standardSchools(int points) {
        return target("Xây dựng trường đạt chuẩn quốc gia", "Tỷ lệ trường đạt chuẩn quốc gia", "72", "%",
                LocalDate.of(YEAR, 12, 15), points);
    }

    static Target teachers(int points) {
        return target("Đào tạo nâng chuẩn giáo viên", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "95", "%",
                LocalDate.of(YEAR, 12, 31), points);
    }
}
