package vn.tochuc.danhgia.criteria.support;

import vn.tochuc.danhgia.criteria.spi.Criterion;

/**
 * The draft's Điều 3 for a leadership collective: 30 points of Party building in three sub-criteria of 10, and 70
 * points of task results, which the unit concretizes into its own targets. The codes, titles, points and grading
 * guidance are the draft's; a plugin adds its sector's guidance, its evidence and the concretization rule:
 *
 * <pre>{@code
 * CollectiveCriteria.partyBuilding(
 *         CollectiveCriteria.politicalWork("Xuất sắc khi …").withEvidence("Quy chế làm việc của Sở"),
 *         CollectiveCriteria.unityAndInspection().withEvidence("Báo cáo kiểm tra, giám sát"),
 *         CollectiveCriteria.organizationAndStaff().withEvidence("Đề án vị trí việc làm"));
 * CollectiveCriteria.taskResults()
 *         .withEvidence("Báo cáo tổng kết công tác năm của Sở")
 *         .concretizedBy(ConcretizationRule.targets(3, 10, 70).withGuidance("…"));
 * }</pre>
 */
public final class CollectiveCriteria {

    /** Group 1, Party building and the political system (30 points). */
    public static final String PARTY_BUILDING = "1";
    /** Criterion 2, task results (70 points): the one the unit concretizes. */
    public static final String TASK_RESULTS = "2";

    private CollectiveCriteria() {}

    /** Group 1 of 30 points, summing the three sub-criteria given (normally 1.a, 1.b and 1.c below). */
    public static Criterion partyBuilding(Criterion politicalWork, Criterion unityAndInspection,
            Criterion organizationAndStaff) {
        return Criterion.of(PARTY_BUILDING, "Xây dựng Đảng và hệ thống chính trị", 30)
                .withGuidance("Cộng điểm của ba tiêu chí thành phần.")
                .withChildren(politicalWork, unityAndInspection, organizationAndStaff);
    }

    /** 1.a, 10 points: political and ideological work, democratic centralism, working rules. */
    public static Criterion politicalWork() {
        return politicalWork(null);
    }

    /** {@link #politicalWork()} with the sector's own guidance after the grades. */
    public static Criterion politicalWork(String moreGuidance) {
        return Criteria.tenPoints("1.a", "Lãnh đạo, chỉ đạo công tác chính trị, tư tưởng; thực hiện nguyên tắc tập "
                + "trung dân chủ, quy chế làm việc", moreGuidance);
    }

    /** 1.b, 10 points: unity, inspection and supervision, fighting corruption, waste and negative practices. */
    public static Criterion unityAndInspection() {
        return unityAndInspection(null);
    }

    /** {@link #unityAndInspection()} with the sector's own guidance after the grades. */
    public static Criterion unityAndInspection(String moreGuidance) {
        return Criteria.tenPoints("1.b", "Xây dựng, củng cố đoàn kết nội bộ; công tác kiểm tra, giám sát, phòng, "
                + "chống tham nhũng, lãng phí, tiêu cực", moreGuidance);
    }

    /** 1.c, 10 points: organization and personnel, remedying the shortcomings pointed out. */
    public static Criterion organizationAndStaff() {
        return organizationAndStaff(null);
    }

    /** {@link #organizationAndStaff()} with the sector's own guidance after the grades. */
    public static Criterion organizationAndStaff(String moreGuidance) {
        return Criteria.tenPoints("1.c", "Công tác tổ chức, cán bộ; khắc phục hạn chế, khuyết điểm đã được chỉ ra",
                moreGuidance);
    }

    /** Criterion 2 of 70 points, guided by {@link Grading#TARGETS}; the plugin adds evidence and its rule. */
    public static Criterion taskResults() {
        return Criterion.of(TASK_RESULTS, "Kết quả thực hiện nhiệm vụ chính trị được giao", 70)
                .withGuidance(Grading.TARGETS);
    }
}
