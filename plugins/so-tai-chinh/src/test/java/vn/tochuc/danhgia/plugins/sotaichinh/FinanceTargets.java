package vn.tochuc.danhgia.plugins.sotaichinh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Target;

/** Targets as Sở Tài chính would write them for 2026. */
final class FinanceTargets {

    static final int YEAR = 2026;

    private FinanceTargets() {}

    static Target target(String title, String indicator, String value, String unit, String output, LocalDate deadline,
            int points) {
        return new Target(title, indicator, new BigDecimal(value), unit, output, deadline, Points.of(points));
    }

    static Target disbursement(String percent, int points) {
        return target("Giải ngân kế hoạch vốn đầu tư công năm 2026", "Tỷ lệ giải ngân so với kế hoạch vốn được giao",
                percent, "%", "Báo cáo giải ngân có xác nhận của Kho bạc Nhà nước", LocalDate.of(YEAR, 12, 31),
                points);
    }

    static Target revenue(String percent, int points) {
        return target("Thu ngân sách nhà nước trên địa bàn", "Tỷ lệ thu so với dự toán HĐND tỉnh giao", percent, "%",
                "Báo cáo thu ngân sách năm 2026", LocalDate.of(YEAR, 12, 31), points);
    }

    static Target settlement(int points) {
        return target("Thẩm định quyết toán dự án hoàn thành", "Số dự án được thẩm định, phê duyệt quyết toán", "120",
                "dự án", "Quyết định phê duyệt quyết toán", LocalDate.of(YEAR, 11, 30), points);
    }

    static Target nextYearsEstimate(LocalDate deadline, int points) {
        return target("Xây dựng dự toán ngân sách địa phương năm 2027", "Dự toán trình HĐND tỉnh đúng hạn", "1",
                "nghị quyết", "Nghị quyết HĐND tỉnh về dự toán ngân sách năm 2027", deadline, points);
    }

    static Target digital(int points) {
        return target("Chuyển đổi số trong quản lý ngân sách", "Tỷ lệ hồ sơ thanh toán trực tuyến", "90", "%",
                "Báo cáo kết quả chuyển đổi số", LocalDate.of(YEAR, 10, 31), points);
    }

    /** Four complete targets adding up to 70, the acceptance scenario's shape. */
    static List<Target> chiefFour() {
        return List.of(disbursement("95", 25), revenue("100", 20), settlement(15), digital(10));
    }
}
