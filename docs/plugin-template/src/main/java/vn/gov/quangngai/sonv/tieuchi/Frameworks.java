package vn.gov.quangngai.sonv.tieuchi;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The three frameworks, each 100 points: 30 for politics and ethics (Party building for the collective), 70 for
 * results, which the unit concretizes into its own targets (chỉ tiêu). The host checks that the points add up.
 */
final class Frameworks {

    /** The concretized criterion of the collective and the chief. */
    static final String TASK_RESULTS = "2";
    /** The deputy's concretized criterion: the field he or she is in charge of. */
    static final String FIELD_TARGETS = "2.a";

    private Frameworks() {}

    static Framework collective() {
        return Framework.of(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể lãnh đạo, quản lý Sở Nội vụ",
                Criterion.of("1", "Xây dựng Đảng và hệ thống chính trị", 30).withChildren(
                        Criterion.of("1.a", "Lãnh đạo công tác chính trị, tư tưởng; thực hiện quy chế làm việc", 10)
                                .withGuidance("10 điểm khi hoàn thành xuất sắc; trừ điểm theo mức độ hạn chế."),
                        Criterion.of("1.b", "Đoàn kết nội bộ; kiểm tra, giám sát", 10)
                                .withGuidance("10 điểm khi hoàn thành xuất sắc; trừ điểm theo mức độ hạn chế."),
                        Criterion.of("1.c", "Công tác tổ chức, cán bộ", 10)
                                .withGuidance("10 điểm khi hoàn thành xuất sắc; trừ điểm theo mức độ hạn chế.")),
                Criterion.of(TASK_RESULTS, "Kết quả thực hiện nhiệm vụ chính trị được giao", 70)
                        .withGuidance("Chấm theo mức độ hoàn thành của từng chỉ tiêu.")
                        .withEvidence("Báo cáo tổng kết công tác năm của Sở",
                                "Kết quả Chỉ số cải cách hành chính (PAR INDEX) của tỉnh")
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Từ 3 đến 10 chỉ tiêu, "
                                + "tổng 70 điểm; bắt buộc có ít nhất một chỉ tiêu về cải cách hành chính.")));
    }

    static Framework chief() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá Giám đốc Sở Nội vụ",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống; trách nhiệm nêu gương", 30)
                        .withGuidance("30 điểm khi không có biểu hiện suy thoái; trừ điểm theo mức độ vi phạm."),
                Criterion.of(TASK_RESULTS, "Kết quả thực hiện chức trách, nhiệm vụ được giao", 70)
                        .withGuidance("Chấm theo mức độ hoàn thành của từng chỉ tiêu.")
                        .withEvidence("Báo cáo tổng kết công tác năm của Sở")
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)));
    }

    static Framework deputy() {
        return Framework.of(SubjectType.DEPUTY, "Khung tiêu chí đánh giá Phó Giám đốc Sở Nội vụ",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống", 30)
                        .withGuidance("30 điểm khi không có biểu hiện suy thoái; trừ điểm theo mức độ vi phạm."),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ được phân công", 70).withChildren(
                        Criterion.of(FIELD_TARGETS, "Chỉ tiêu của lĩnh vực được phân công phụ trách", 50)
                                .withGuidance("Chấm theo mức độ hoàn thành của từng chỉ tiêu.")
                                .withEvidence("Báo cáo kết quả công tác của lĩnh vực phụ trách")
                                .concretizedBy(ConcretizationRule.targets(2, 8, 50)),
                        Criterion.of("2.b", "Tham mưu cho tập thể lãnh đạo Sở", 20)
                                .withGuidance("Chấm theo chất lượng, tiến độ các văn bản tham mưu.")));
    }
}
