package vn.tochuc.danhgia.plugins.sotaichinh;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.ChiefCriteria;
import vn.tochuc.danhgia.criteria.support.Criteria;

/**
 * The draft's Điều 4 for the Director (Giám đốc Sở). The whole 70 points of task results are concretized into the
 * Director's own targets, with Điều 4's 40 / 15 / 15 split as guidance: the Director is personally accountable for
 * all three parts, and one list of targets lets the unit weigh them by its own priorities.
 */
final class ChiefFramework {

    static final String TASK_RESULTS = ChiefCriteria.TASK_RESULTS;

    private ChiefFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá Giám đốc Sở Tài chính (cấp trưởng)",
                general(), taskResults());
    }

    private static Criterion general() {
        return Criteria.amend(ChiefCriteria.general(), "1.e", exemplary -> Criteria.withMoreGuidance(exemplary,
                "Gồm nêu gương của bản thân và gia đình theo quy định của Bộ Chính trị."));
    }

    private static Criterion taskResults() {
        return ChiefCriteria.taskResults("Giám đốc", "Sở", "lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của Sở (dự "
                + "toán, giải ngân vốn đầu tư công, thu ngân sách, quyết toán)", "năng lực lãnh đạo, quản lý, điều "
                + "hành, đổi mới (ví dụ: chuyển đổi số trong quản lý ngân sách, cải cách thủ tục hành chính)",
                "nhiệm vụ được cấp có thẩm quyền giao đột xuất")
                .withEvidence("Báo cáo tổng kết công tác tài chính – ngân sách năm của Sở",
                        "Văn bản chỉ đạo, điều hành của Giám đốc Sở",
                        "Văn bản giao nhiệm vụ đột xuất của Tỉnh ủy, UBND tỉnh và báo cáo kết quả thực hiện");
    }
}
