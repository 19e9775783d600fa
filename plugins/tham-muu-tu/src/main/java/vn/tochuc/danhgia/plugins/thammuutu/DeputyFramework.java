package vn.tochuc.danhgia.plugins.thammuutu;

import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.DeputyCriteria;

/** The draft's Điều 5 for a deputy head of an advisory body: 2.a, the deputy's field, is concretized into targets. */
final class DeputyFramework {

    static final String FIELD_TARGETS = DeputyCriteria.FIELD_TARGETS;

    private DeputyFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.DEPUTY, "Khung tiêu chí đánh giá cấp phó cơ quan chuyên trách tham mưu, giúp "
                + "việc Tỉnh ủy", DeputyCriteria.general(), taskResults());
    }

    private static Criterion taskResults() {
        return DeputyCriteria.taskResults(DeputyCriteria.fieldTargets(null, null).withEvidence("Báo cáo kết quả công "
                + "tác của lĩnh vực phụ trách", "Đề án, văn bản tham mưu thuộc lĩnh vực phụ trách"),
                "Văn bản tham mưu trình người đứng đầu cơ quan");
    }
}
