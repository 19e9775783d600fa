package vn.tochuc.danhgia.plugins.thammuutu;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.ChiefCriteria;

/**
 * The draft's Điều 4 for the head of an advisory body (Trưởng ban, Chánh Văn phòng, Chủ nhiệm Ủy ban Kiểm tra): the
 * whole 70 points of task results are concretized into the head's own targets, with the 40 / 15 / 15 split as
 * guidance.
 */
final class ChiefFramework {

    static final String TASK_RESULTS = ChiefCriteria.TASK_RESULTS;

    private ChiefFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá người đứng đầu cơ quan chuyên trách tham mưu, "
                + "giúp việc Tỉnh ủy (cấp trưởng)", ChiefCriteria.general(), taskResults());
    }

    private static Criterion taskResults() {
        return ChiefCriteria.taskResults("người đứng đầu", "cơ quan", "lãnh đạo thực hiện nhiệm vụ tham mưu theo "
                + "chương trình công tác của Tỉnh ủy", "năng lực lãnh đạo, quản lý, đổi mới phương thức tham mưu",
                "nhiệm vụ được giao đột xuất").withEvidence("Báo cáo tổng kết công tác năm của cơ quan",
                        "Đề án, báo cáo, văn bản tham mưu do người đứng đầu chủ trì",
                        "Văn bản giao nhiệm vụ đột xuất của Thường trực, Ban Thường vụ Tỉnh ủy và báo cáo kết quả");
    }
}
