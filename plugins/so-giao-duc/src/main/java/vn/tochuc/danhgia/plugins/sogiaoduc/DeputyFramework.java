package vn.tochuc.danhgia.plugins.sogiaoduc;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.DeputyCriteria;

/** The draft's Điều 5 for a Deputy Director: 2.a, the deputy's field, is concretized into targets. */
final class DeputyFramework {

    static final String FIELD_TARGETS = DeputyCriteria.FIELD_TARGETS;

    private DeputyFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.DEPUTY,
                "Khung tiêu chí đánh giá Phó Giám đốc Sở Giáo dục và Đào tạo (cấp phó)", DeputyCriteria.general(),
                taskResults());
    }

    private static Criterion taskResults() {
        return DeputyCriteria.taskResults(DeputyCriteria.fieldTargets("giáo dục mầm non, tiểu học; giáo dục trung học; "
                + "khảo thí và kiểm định chất lượng; tổ chức cán bộ; kế hoạch – tài chính", null)
                .withEvidence("Báo cáo kết quả công tác của lĩnh vực phụ trách",
                        "Số liệu thống kê giáo dục của lĩnh vực (phần mềm quản lý ngành)"),
                "Tờ trình, văn bản tham mưu trình Giám đốc Sở");
    }
}
