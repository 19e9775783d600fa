package vn.tochuc.danhgia.plugins.sotaichinh;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.DeputyCriteria;

/**
 * The draft's Điều 5 for a Deputy Director (Phó Giám đốc Sở): only 2.a, the field the deputy is responsible for, is
 * concretized into targets; advising the Director (2.b) and ad-hoc tasks (2.c) are scored as written.
 */
final class DeputyFramework {

    static final String FIELD_TARGETS = DeputyCriteria.FIELD_TARGETS;

    private DeputyFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.DEPUTY, "Khung tiêu chí đánh giá Phó Giám đốc Sở Tài chính (cấp phó)",
                DeputyCriteria.general(), taskResults());
    }

    private static Criterion taskResults() {
        Criterion field = DeputyCriteria.fieldTargets("quản lý ngân sách; đầu tư công; quản lý giá, công sản; tài "
                + "chính doanh nghiệp", "Phó Giám đốc phụ trách đầu tư công nên có chỉ tiêu về giải ngân.")
                .withEvidence("Báo cáo kết quả công tác của lĩnh vực phụ trách",
                        "Sản phẩm của từng chỉ tiêu: văn bản tham mưu, quyết định, báo cáo số liệu");
        return DeputyCriteria.taskResults(field, "Tờ trình, văn bản tham mưu trình Giám đốc Sở");
    }
}
