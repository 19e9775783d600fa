package vn.tochuc.danhgia.plugins.thammuutu;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The draft's Điều 4 for the head of an advisory body (Trưởng ban, Chánh Văn phòng, Chủ nhiệm Ủy ban Kiểm tra): the
 * whole 70 points of task results are concretized into the head's own targets, with the 40 / 15 / 15 split as
 * guidance.
 */
final class ChiefFramework {

    static final String TASK_RESULTS = "2";

    private ChiefFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá người đứng đầu cơ quan chuyên trách tham mưu, "
                + "giúp việc Tỉnh ủy (cấp trưởng)", general(), taskResults());
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
                .withGuidance(Grading.TARGETS + " Mức xếp loại của người đứng đầu không cao hơn mức xếp loại của "
                        + "tập thể cơ quan.")
                .withEvidence("Báo cáo tổng kết công tác năm của cơ quan",
                        "Đề án, báo cáo, văn bản tham mưu do người đứng đầu chủ trì",
                        "Văn bản giao nhiệm vụ đột xuất của Thường trực, Ban Thường vụ Tỉnh ủy và báo cáo kết quả")
                .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa toàn bộ 70 điểm "
                        + "thành 3 đến 10 chỉ tiêu mà người đứng đầu trực tiếp chịu trách nhiệm, tổng điểm bằng 70. "
                        + "Phân bổ gợi ý theo Điều 4 dự thảo: khoảng 40 điểm cho lãnh đạo thực hiện nhiệm vụ tham mưu "
                        + "theo chương trình công tác của Tỉnh ủy; khoảng 15 điểm cho năng lực lãnh đạo, quản lý, "
                        + "đổi mới phương thức tham mưu; khoảng 15 điểm cho nhiệm vụ được giao đột xuất."));
    }
}
