package vn.tochuc.danhgia.plugins.sogiaoduc;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.CollectiveCriteria;

/** The draft's Điều 3 for the leadership collective of Sở Giáo dục và Đào tạo. */
final class CollectiveFramework {

    static final String TASK_RESULTS = CollectiveCriteria.TASK_RESULTS;

    private CollectiveFramework() {}

    static Framework build() {
        return Framework.of(SubjectType.COLLECTIVE,
                "Khung tiêu chí đánh giá tập thể lãnh đạo, quản lý Sở Giáo dục và Đào tạo", partyBuilding(),
                taskResults());
    }

    private static Criterion partyBuilding() {
        return CollectiveCriteria.partyBuilding(
                CollectiveCriteria.politicalWork("Xuất sắc khi triển khai kịp thời các nghị quyết, chỉ thị về đổi "
                        + "mới căn bản, toàn diện giáo dục và đào tạo và thực hiện nghiêm quy chế làm việc.")
                        .withEvidence("Nghị quyết, chương trình công tác năm của cấp ủy và Ban Giám đốc Sở",
                                "Kế hoạch thực hiện nhiệm vụ năm học của ngành",
                                "Quy chế làm việc, quy chế dân chủ ở cơ sở của Sở"),
                CollectiveCriteria.unityAndInspection("Chú trọng phòng, chống tiêu cực trong thi cử, tuyển sinh, "
                        + "tuyển dụng giáo viên, mua sắm thiết bị dạy học và lạm thu trong nhà trường.")
                        .withEvidence("Kế hoạch và báo cáo kết quả kiểm tra, giám sát",
                                "Báo cáo công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
                                "Báo cáo thanh tra thi và thanh tra chuyên ngành giáo dục"),
                CollectiveCriteria.organizationAndStaff("Gồm sắp xếp mạng lưới trường, lớp và bố trí đủ giáo viên "
                        + "theo định mức.")
                        .withEvidence("Đề án sắp xếp mạng lưới trường, lớp; kế hoạch tuyển dụng giáo viên",
                                "Báo cáo khắc phục hạn chế, khuyết điểm được chỉ ra năm trước"));
    }

    private static Criterion taskResults() {
        return CollectiveCriteria.taskResults()
                .withEvidence("Báo cáo tổng kết năm học của Sở",
                        "Kết quả kỳ thi tốt nghiệp trung học phổ thông do Bộ Giáo dục và Đào tạo công bố",
                        "Quyết định công nhận trường đạt chuẩn quốc gia",
                        "Báo cáo thống kê đội ngũ giáo viên, cán bộ quản lý",
                        "Quyết định công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ")
                .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa thành 3 đến 10 chỉ "
                        + "tiêu, nhiệm vụ trọng tâm của ngành trong năm, tổng điểm bằng 70; mỗi chỉ tiêu có chỉ số đo "
                        + "lường, giá trị chỉ tiêu, sản phẩm cụ thể và thời hạn trong năm. Bắt buộc có chỉ tiêu về tỷ "
                        + "lệ học sinh tốt nghiệp trung học phổ thông. Gợi ý: tỷ lệ trường đạt chuẩn quốc gia; tỷ lệ "
                        + "giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019; số học sinh đạt giải kỳ thi "
                        + "chọn học sinh giỏi quốc gia; duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi; tổ chức an "
                        + "toàn kỳ thi tốt nghiệp trung học phổ thông trên địa bàn."));
    }
}
