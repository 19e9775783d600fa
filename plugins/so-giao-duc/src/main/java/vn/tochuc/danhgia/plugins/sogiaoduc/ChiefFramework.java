package vn.tochuc.danhgia.plugins.sogiaoduc;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.ChiefCriteria;

/**
 * The draft's Điều 4 for the Director (Giám đốc Sở): the whole 70 points of task results are concretized into the
 * Director's own targets, with Điều 4's 40 / 15 / 15 split as guidance.
 */
final class ChiefFramework {

    static final String TASK_RESULTS = ChiefCriteria.TASK_RESULTS;

    private ChiefFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.CHIEF,
                "Khung tiêu chí đánh giá Giám đốc Sở Giáo dục và Đào tạo (cấp trưởng)", ChiefCriteria.general(),
                taskResults());
    }

    private static Criterion taskResults() {
        return ChiefCriteria.taskResults("Giám đốc", "Sở", "lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm học và các chỉ "
                + "tiêu phát triển giáo dục của tỉnh", "năng lực quản lý, đổi mới (ví dụ: chuyển đổi số trong quản lý "
                + "trường học, học bạ số)", "nhiệm vụ được cấp có thẩm quyền giao đột xuất")
                .withEvidence("Báo cáo tổng kết năm học và công tác năm của Sở",
                        "Văn bản chỉ đạo, điều hành của Giám đốc Sở",
                        "Văn bản giao nhiệm vụ đột xuất của Tỉnh ủy, UBND tỉnh và báo cáo kết quả thực hiện");
    }
}
