package vn.tochuc.danhgia.plugins.thammuutu;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Target;

/** Targets as an advisory body of the Provincial Committee would write them for 2026. */
final class AdvisoryTargets {

    static final int YEAR = 2026;

    private AdvisoryTargets() {}

    static Target target(String title, String indicator, String value, String unit, LocalDate deadline, int points) {
        return new Target(title, indicator, new BigDecimal(value), unit, "Báo cáo kết quả", deadline, Points.of(points));
    }

    static Target onTimeAdvice(int points) {
        return target("Tham mưu đề án, văn bản theo chương trình công tác năm của Ban Thường vụ Tỉnh ủy",
                "Tỷ lệ đề án, văn bản trình đúng hạn", "100", "%", LocalDate.of(YEAR, 12, 10), points);
    }

    static Target inspections(int points) {
        return target("Kiểm tra, giám sát theo chương trình", "Số cuộc kiểm tra, giám sát", "12", "cuộc",
                LocalDate.of(YEAR, 11, 30), points);
    }

    static Target guidance(int points) {
        return target("Hướng dẫn cấp ủy cấp dưới thực hiện nghị quyết", "Số văn bản hướng dẫn ban hành", "6",
                "văn bản", LocalDate.of(YEAR, 10, 31), points);
    }
}
