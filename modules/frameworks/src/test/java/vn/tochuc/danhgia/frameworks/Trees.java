package vn.tochuc.danhgia.frameworks;

import java.math.BigDecimal;
import java.util.List;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.TargetField;

/** Frameworks for the tests, laid out like the Sở Tài chính deputy's: 30 points as written, 2.a concretized. */
public final class Trees {

    private Trees() {}

    /** Group 1 (30, two leaves), group 2 (70): 2.a concretized into 2–8 targets adding up to 50, 2.b 20 as written. */
    public static FrameworkTree deputy() {
        CriterionNode oneA = leaf("1.a", "Chính trị tư tưởng", 15, null);
        CriterionNode oneB = leaf("1.b", "Đạo đức, lối sống", 15, null);
        CriterionNode twoA = leaf("2.a", "Kết quả thực hiện các chỉ tiêu thuộc lĩnh vực phụ trách", 50,
                new ConcretizationRuleView(2, 8, BigDecimal.valueOf(50), List.of(TargetField.values()),
                        "Cụ thể hóa thành 2 đến 8 chỉ tiêu"));
        CriterionNode twoB = leaf("2.b", "Tham mưu, đề xuất với cấp trưởng", 20, null);
        return new FrameworkTree(SubjectType.DEPUTY, "Khung tiêu chí đánh giá Phó Giám đốc Sở (cấp phó)",
                BigDecimal.valueOf(100), List.of(group("1", "Chính trị tư tưởng; đạo đức", 30, oneA, oneB),
                        group("2", "Kết quả thực hiện nhiệm vụ được phân công phụ trách", 70, twoA, twoB)));
    }

    /** Two concretized criteria: 1.a (10 points, 1–3 targets) and 2 (70 points, 3–10 targets). */
    public static FrameworkTree twoConcretized() {
        CriterionNode oneA = leaf("1.a", "Lãnh đạo công tác chính trị, tư tưởng", 10,
                new ConcretizationRuleView(1, 3, BigDecimal.TEN, List.of(), ""));
        CriterionNode oneB = leaf("1.b", "Đoàn kết nội bộ", 20, null);
        CriterionNode two = leaf("2", "Kết quả thực hiện nhiệm vụ chính trị được giao", 70,
                new ConcretizationRuleView(3, 10, BigDecimal.valueOf(70), List.of(), ""));
        return new FrameworkTree(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể", BigDecimal.valueOf(100),
                List.of(group("1", "Xây dựng Đảng", 30, oneA, oneB), two));
    }

    static CriterionNode leaf(String code, String title, int points, ConcretizationRuleView rule) {
        return new CriterionNode(code, title, BigDecimal.valueOf(points), "", List.of(), rule, List.of());
    }

    static CriterionNode group(String code, String title, int points, CriterionNode... children) {
        return new CriterionNode(code, title, BigDecimal.valueOf(points), "", List.of(), null, List.of(children));
    }

    public static TargetRow target(String title, String points) {
        return new TargetRow(title, "Tỷ lệ hoàn thành", BigDecimal.valueOf(100), "%", "Báo cáo kết quả",
                java.time.LocalDate.of(2026, 11, 30), points == null ? null : new BigDecimal(points));
    }
}
