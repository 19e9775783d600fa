package vn.tochuc.danhgia.criteria.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.spi.YearRange;

/** Frameworks laid out as the draft's Điều 3, 4 and 5, and targets that satisfy them: the tests' good case. */
final class DraftFrameworks {

    private DraftFrameworks() {}

    static PluginDescriptor descriptor() {
        return PluginDescriptor.of("so-tai-chinh", "1.0.0", "Bộ tiêu chí Sở Tài chính")
                .servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    static List<Framework> all() {
        return List.of(collective(), chief(), deputy());
    }

    static Framework collective() {
        return Framework.of(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể",
                Criterion.of("1", "Xây dựng Đảng và hệ thống chính trị", 30).withChildren(
                        Criterion.of("1.a", "Lãnh đạo, chỉ đạo công tác chính trị, tư tưởng", 10),
                        Criterion.of("1.b", "Đoàn kết nội bộ; kiểm tra, giám sát", 10),
                        Criterion.of("1.c", "Công tác tổ chức, cán bộ", 10)),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ chính trị được giao", 70)
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)));
    }

    static Framework chief() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá cấp trưởng",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống; trách nhiệm nêu gương", 30),
                Criterion.of("2", "Kết quả thực hiện chức trách, nhiệm vụ được giao", 70)
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)));
    }

    static Framework deputy() {
        return Framework.of(SubjectType.DEPUTY, "Khung tiêu chí đánh giá cấp phó",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống", 30),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ được phân công phụ trách", 70).withChildren(
                        Criterion.of("2.a", "Chỉ tiêu thuộc lĩnh vực phụ trách", 50)
                                .concretizedBy(ConcretizationRule.targets(2, 8, 50)),
                        Criterion.of("2.b", "Tham mưu, đề xuất với cấp trưởng", 10),
                        Criterion.of("2.c", "Nhiệm vụ được giao đột xuất", 10)));
    }

    /** A complete target due in the given year. */
    static Target target(String title, int points, int year) {
        return target(title, Points.of(points), year);
    }

    static Target target(String title, Points points, int year) {
        return new Target(title, "Tỷ lệ hoàn thành", new BigDecimal("95"), "%", "Báo cáo kết quả",
                LocalDate.of(year, 11, 30), points);
    }

    static List<Target> targets(int year, int... points) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            targets.add(target("Chỉ tiêu " + (i + 1), points[i], year));
        }
        return targets;
    }
}
