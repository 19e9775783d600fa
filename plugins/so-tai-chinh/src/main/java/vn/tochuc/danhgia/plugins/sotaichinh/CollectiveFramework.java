package vn.tochuc.danhgia.plugins.sotaichinh;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.CollectiveCriteria;

/** The draft's Điều 3 for the leadership collective of Sở Tài chính: 30 points of Party building, 70 of targets. */
final class CollectiveFramework {

    /** The concretized criterion: the unit's own targets. */
    static final String TASK_RESULTS = CollectiveCriteria.TASK_RESULTS;

    private CollectiveFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể lãnh đạo, quản lý Sở Tài chính",
                partyBuilding(), taskResults());
    }

    private static Criterion partyBuilding() {
        return CollectiveCriteria.partyBuilding(
                CollectiveCriteria.politicalWork("Xuất sắc khi quán triệt, triển khai kịp thời các nghị quyết, chỉ "
                        + "thị về tài chính – ngân sách và thực hiện nghiêm quy chế làm việc, không có phản ánh vi "
                        + "phạm nguyên tắc tập trung dân chủ.")
                        .withEvidence("Nghị quyết, chương trình công tác năm của cấp ủy và Ban Giám đốc Sở",
                                "Quy chế làm việc, quy chế dân chủ ở cơ sở của Sở",
                                "Báo cáo kết quả học tập, quán triệt nghị quyết"),
                CollectiveCriteria.unityAndInspection("Chú trọng kiểm soát rủi ro tham nhũng, lãng phí trong phân bổ "
                        + "ngân sách, quản lý tài sản công và mua sắm công; trừ điểm khi có cán bộ bị kỷ luật, trừ "
                        + "trường hợp tự phát hiện và khắc phục.")
                        .withEvidence("Kế hoạch và báo cáo kết quả kiểm tra, giám sát",
                                "Báo cáo công tác phòng, chống tham nhũng, lãng phí, tiêu cực; kết quả kê khai "
                                        + "tài sản, thu nhập",
                                "Kết luận thanh tra, kiểm toán nhà nước (nếu có) và báo cáo khắc phục"),
                CollectiveCriteria.organizationAndStaff()
                        .withEvidence("Đề án vị trí việc làm; quyết định điều động, bổ nhiệm, đào tạo, bồi "
                                        + "dưỡng công chức",
                                "Báo cáo khắc phục hạn chế, khuyết điểm được chỉ ra năm trước"));
    }

    private static Criterion taskResults() {
        return CollectiveCriteria.taskResults()
                .withEvidence("Nghị quyết của HĐND tỉnh về dự toán thu, chi ngân sách địa phương và phân bổ ngân sách",
                        "Báo cáo tình hình giải ngân kế hoạch vốn đầu tư công (số liệu Kho bạc Nhà nước)",
                        "Báo cáo kết quả thu ngân sách nhà nước trên địa bàn so với dự toán",
                        "Báo cáo quyết toán ngân sách địa phương được HĐND tỉnh phê chuẩn",
                        "Quyết định phê duyệt quyết toán dự án hoàn thành")
                .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa thành 3 đến 10 chỉ "
                        + "tiêu, nhiệm vụ trọng tâm của Sở trong năm, tổng điểm bằng 70; mỗi chỉ tiêu có chỉ số đo "
                        + "lường, giá trị chỉ tiêu, sản phẩm cụ thể và thời hạn trong năm. Bắt buộc có ít nhất một "
                        + "chỉ tiêu về giải ngân vốn đầu tư công. Gợi ý: tham mưu dự toán ngân sách năm sau trình HĐND "
                        + "tỉnh; thu ngân sách nhà nước so với dự toán; thẩm định quyết toán dự án hoàn thành; quyết "
                        + "toán ngân sách địa phương năm trước; sắp xếp, xử lý tài sản công."));
    }
}
