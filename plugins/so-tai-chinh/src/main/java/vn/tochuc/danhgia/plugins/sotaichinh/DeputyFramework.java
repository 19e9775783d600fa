package vn.tochuc.danhgia.plugins.sotaichinh;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The draft's Điều 5 for a Deputy Director (Phó Giám đốc Sở): only 2.a, the field the deputy is responsible for, is
 * concretized into targets; advising the Director (2.b) and ad-hoc tasks (2.c) are scored as written.
 */
final class DeputyFramework {

    static final String FIELD_TARGETS = "2.a";

    private DeputyFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.DEPUTY, "Khung tiêu chí đánh giá Phó Giám đốc Sở Tài chính (cấp phó)",
                general(), taskResults());
    }

    private static Criterion general() {
        return Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống; tác phong, lề lối làm việc; ý thức tổ chức "
                + "kỷ luật", 30)
                .withGuidance("Cộng điểm của bốn tiêu chí thành phần.")
                .withEvidence("Bản tự kiểm điểm (Mẫu 2B)", "Nhận xét của chi bộ nơi sinh hoạt và của cấp ủy nơi cư trú")
                .withChildren(
                        Criterion.of("1.a", "Chính trị tư tưởng", 8).withGuidance(Grading.forPoints(8)),
                        Criterion.of("1.b", "Đạo đức, lối sống", 8).withGuidance(Grading.forPoints(8)),
                        Criterion.of("1.c", "Tác phong, lề lối làm việc", 7).withGuidance(Grading.forPoints(7)),
                        Criterion.of("1.d", "Ý thức tổ chức kỷ luật", 7).withGuidance(Grading.forPoints(7)));
    }

    private static Criterion taskResults() {
        return Criterion.of("2", "Kết quả thực hiện nhiệm vụ được phân công phụ trách", 70)
                .withGuidance("Cộng điểm của ba tiêu chí thành phần.")
                .withChildren(
                        Criterion.of(FIELD_TARGETS, "Kết quả thực hiện các chỉ tiêu, nhiệm vụ thuộc lĩnh vực được "
                                + "phân công phụ trách", 50)
                                .withGuidance(Grading.TARGETS)
                                .withEvidence("Báo cáo kết quả công tác của lĩnh vực phụ trách",
                                        "Sản phẩm của từng chỉ tiêu: văn bản tham mưu, quyết định, báo cáo số liệu")
                                .concretizedBy(ConcretizationRule.targets(2, 8, 50).withGuidance("Cụ thể hóa thành 2 "
                                        + "đến 8 chỉ tiêu thuộc lĩnh vực được phân công (ví dụ: quản lý ngân sách; đầu "
                                        + "tư công; quản lý giá, công sản; tài chính doanh nghiệp), tổng điểm bằng "
                                        + "50. Phó Giám đốc phụ trách đầu tư công nên có chỉ tiêu về giải ngân.")),
                        Criterion.of("2.b", "Tham mưu, đề xuất với cấp trưởng và phối hợp thực hiện nhiệm vụ chung", 10)
                                .withGuidance(Grading.TEN_POINTS)
                                .withEvidence("Tờ trình, văn bản tham mưu trình Giám đốc Sở"),
                        Criterion.of("2.c", "Kết quả thực hiện các nhiệm vụ được giao đột xuất", 10)
                                .withGuidance(Grading.TEN_POINTS)
                                .withEvidence("Văn bản giao nhiệm vụ đột xuất và báo cáo kết quả"));
    }
}
