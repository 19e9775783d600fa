package vn.tochuc.danhgia.plugins.thammuutu;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.CollectiveCriteria;

/** The draft's Điều 3 for the leadership collective of an advisory body of the Provincial Committee. */
final class CollectiveFramework {

    static final String TASK_RESULTS = CollectiveCriteria.TASK_RESULTS;

    private CollectiveFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.COLLECTIVE,
                "Khung tiêu chí đánh giá tập thể lãnh đạo cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
                partyBuilding(), taskResults());
    }

    private static Criterion partyBuilding() {
        return CollectiveCriteria.partyBuilding(
                CollectiveCriteria.politicalWork("Xuất sắc khi cơ quan gương mẫu chấp hành nghị quyết, quy chế làm "
                        + "việc của Tỉnh ủy, giữ nghiêm kỷ luật phát ngôn và bảo vệ bí mật nhà nước.")
                        .withEvidence("Quy chế làm việc của cơ quan",
                                "Báo cáo kết quả học tập, quán triệt nghị quyết",
                                "Báo cáo công tác bảo vệ bí mật nhà nước"),
                CollectiveCriteria.unityAndInspection()
                        .withEvidence("Kế hoạch và báo cáo kết quả tự kiểm tra, giám sát của chi bộ, đảng bộ "
                                + "cơ quan", "Báo cáo công tác phòng, chống tham nhũng, lãng phí, tiêu cực"),
                CollectiveCriteria.organizationAndStaff()
                        .withEvidence("Đề án vị trí việc làm; quyết định điều động, bổ nhiệm, luân chuyển",
                                "Báo cáo khắc phục hạn chế, khuyết điểm được chỉ ra năm trước"));
    }

    private static Criterion taskResults() {
        return CollectiveCriteria.taskResults()
                .withEvidence("Chương trình công tác năm của Tỉnh ủy, Ban Thường vụ Tỉnh ủy",
                        "Sổ theo dõi văn bản trình và thời hạn trình",
                        "Thông báo kết luận của Thường trực, Ban Thường vụ Tỉnh ủy về đề án, văn bản do cơ quan "
                                + "tham mưu",
                        "Báo cáo kết quả kiểm tra, giám sát, hướng dẫn cấp ủy cấp dưới")
                .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa thành 3 đến 10 chỉ "
                        + "tiêu, nhiệm vụ trọng tâm theo chương trình công tác năm của Tỉnh ủy, Ban Thường vụ Tỉnh ủy, "
                        + "tổng điểm bằng 70. Bắt buộc có chỉ tiêu về tỷ lệ đề án, văn bản tham mưu trình đúng hạn. "
                        + "Gợi ý theo cơ quan: Văn phòng – phục vụ hội nghị, chương trình công tác, tài chính đảng; "
                        + "Ban Tổ chức – công tác cán bộ, đánh giá, xếp loại; Ủy ban Kiểm tra – số cuộc kiểm tra, giám "
                        + "sát theo chương trình; Ban Tuyên giáo – định hướng thông tin, học tập nghị quyết; Ban Dân "
                        + "vận – công tác dân vận, quy chế dân chủ; Ban Nội chính – phòng, chống tham nhũng, cải cách "
                        + "tư pháp."));
    }
}
