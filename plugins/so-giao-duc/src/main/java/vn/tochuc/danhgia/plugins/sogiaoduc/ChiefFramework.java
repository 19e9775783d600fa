package vn.tochuc.danhgia.plugins.sogiaoduc;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The draft's Điều 4 for the Director (Giám đốc Sở): the whole 70 points of task results are concretized into the
 * Director's own targets, with Điều 4's 40 / 15 / 15 split as guidance.
 */
final class ChiefFramework {

    static final String TASK_RESULTS = "2";

    private ChiefFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.CHIEF,
                "Khung tiêu chí đánh giá Giám đốc Sở Giáo dục và Đào tạo (cấp trưởng)", general(), taskResults());
    }

    private static Criterion general() {
        return Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống; tác phong, lề lối làm việc; ý thức tổ chức "
                + "kỷ luật; trách nhiệm nêu gương", 30)
                .withGuidance("Cộng điểm của năm tiêu chí thành phần.")
                .withEvidence("Bản tự kiểm điểm (Mẫu 2B)", "Nhận xét của chi bộ nơi sinh hoạt và của cấp ủy nơi cư trú")
                .withChildren(
                        Criterion.of("1.a", "Chính trị tư tưởng", 6).withGuidance(Grading.forPoints(6)),
                        Criterion.of("1.b", "Đạo đức, lối sống", 6).withGuidance(Grading.forPoints(6)),
                        Criterion.of("1.c", "Tác phong, lề lối làm việc", 6).withGuidance(Grading.forPoints(6)),
                        Criterion.of("1.d", "Ý thức tổ chức kỷ luật", 6).withGuidance(Grading.forPoints(6)),
                        Criterion.of("1.e", "Trách nhiệm nêu gương", 6).withGuidance(Grading.forPoints(6)));
    }

    private static Criterion taskResults() {
        return Criterion.of(TASK_RESULTS, "Kết quả thực hiện chức trách, nhiệm vụ được giao", 70)
                .withGuidance(Grading.TARGETS + " Mức xếp loại của Giám đốc không cao hơn mức xếp loại của tập thể "
                        + "Sở.")
                .withEvidence("Báo cáo tổng kết năm học và công tác năm của Sở",
                        "Văn bản chỉ đạo, điều hành của Giám đốc Sở",
                        "Văn bản giao nhiệm vụ đột xuất của Tỉnh ủy, UBND tỉnh và báo cáo kết quả thực hiện")
                .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa toàn bộ 70 điểm "
                        + "thành 3 đến 10 chỉ tiêu mà Giám đốc trực tiếp chịu trách nhiệm, tổng điểm bằng 70. Phân bổ "
                        + "gợi ý theo Điều 4 dự thảo: khoảng 40 điểm cho lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm học "
                        + "và các chỉ tiêu phát triển giáo dục của tỉnh; khoảng 15 điểm cho năng lực quản lý, đổi "
                        + "mới (ví dụ: chuyển đổi số trong quản lý trường học, học bạ số); khoảng 15 điểm cho nhiệm vụ "
                        + "được cấp có thẩm quyền giao đột xuất."));
    }
}
