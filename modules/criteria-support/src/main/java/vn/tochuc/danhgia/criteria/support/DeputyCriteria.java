package vn.tochuc.danhgia.criteria.support;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;

/**
 * The draft's Điều 5 for a deputy (cấp phó): 30 points of politics, ethics and conduct (8 + 8 + 7 + 7), and 70
 * points of the tasks assigned: 2.a, the field the deputy is in charge of (50, concretized into targets), 2.b,
 * advising the head (10), and 2.c, ad-hoc tasks (10).
 *
 * <pre>{@code
 * DeputyCriteria.general();
 * DeputyCriteria.taskResults(
 *         DeputyCriteria.fieldTargets("quản lý ngân sách; đầu tư công", null)
 *                 .withEvidence("Báo cáo kết quả công tác của lĩnh vực phụ trách"),
 *         "Tờ trình, văn bản tham mưu trình Giám đốc Sở");
 * }</pre>
 *
 * <p>For other rules or evidence, {@link #taskResults(Criterion, Criterion, Criterion)} takes the three criteria
 * built from {@link #fieldTargets()}, {@link #advising()} and {@link #adHocTasks()}.
 */
public final class DeputyCriteria {

    /** Group 1, politics, ethics, conduct and discipline (30 points). */
    public static final String GENERAL = "1";
    /** Group 2, the tasks assigned (70 points). */
    public static final String TASK_RESULTS = "2";
    /** Criterion 2.a, the deputy's field (50 points): the one the unit concretizes. */
    public static final String FIELD_TARGETS = "2.a";
    /** Criterion 2.b, advising the head (10 points). */
    public static final String ADVISING = "2.b";
    /** Criterion 2.c, ad-hoc tasks (10 points). */
    public static final String AD_HOC_TASKS = "2.c";

    private DeputyCriteria() {}

    /**
     * Group 1 of 30 points with its evidence (self-assessment, the Party cell's comments) and 1.a to 1.d of 8, 8, 7
     * and 7 points, each graded by {@link Grading#forPoints}.
     */
    public static Criterion general() {
        return PersonalCriteria.general("Chính trị tư tưởng; đạo đức, lối sống; tác phong, lề lối làm việc; ý thức "
                + "tổ chức kỷ luật", "Cộng điểm của bốn tiêu chí thành phần.", 8, 8, 7, 7);
    }

    /** Group 2 of 70 points, summing the three criteria given (normally 2.a, 2.b and 2.c below). */
    public static Criterion taskResults(Criterion fieldTargets, Criterion advising, Criterion adHocTasks) {
        return Criterion.of(TASK_RESULTS, "Kết quả thực hiện nhiệm vụ được phân công phụ trách", 70)
                .withGuidance("Cộng điểm của ba tiêu chí thành phần.")
                .withChildren(fieldTargets, advising, adHocTasks);
    }

    /**
     * Group 2 of 70 points: {@code fieldTargets}, normally {@link #fieldTargets(String, String)} with the plugin's
     * evidence, then {@link #advising()} with {@code advisingEvidence}, then {@link #adHocTasks()}.
     */
    public static Criterion taskResults(Criterion fieldTargets, String... advisingEvidence) {
        return taskResults(fieldTargets, advising().withEvidence(advisingEvidence), adHocTasks());
    }

    /**
     * 2.a of 50 points concretized into 2 to 8 targets of the deputy's field adding up to 50 ("Cụ thể hóa thành 2 đến
     * 8 chỉ tiêu thuộc lĩnh vực được phân công (ví dụ: {@code examples}), tổng điểm bằng 50."); the plugin adds its
     * evidence.
     *
     * @param examples     the sector's fields, e.g. {@code quản lý ngân sách; đầu tư công}, or {@code null}
     * @param moreGuidance a sentence after that one, or {@code null}
     */
    public static Criterion fieldTargets(String examples, String moreGuidance) {
        String fields = examples == null || examples.isBlank() ? "" : " (ví dụ: " + examples + ")";
        return fieldTargets().concretizedBy(ConcretizationRule.targets(2, 8, 50).withGuidance(Criteria.joined(
                "Cụ thể hóa thành 2 đến 8 chỉ tiêu thuộc lĩnh vực được phân công" + fields + ", tổng điểm bằng 50.",
                moreGuidance)));
    }

    /** 2.a of 50 points, guided by {@link Grading#TARGETS}; the plugin adds evidence and its rule. */
    public static Criterion fieldTargets() {
        return Criterion.of(FIELD_TARGETS, "Kết quả thực hiện các chỉ tiêu, nhiệm vụ thuộc lĩnh vực được phân công "
                + "phụ trách", 50)
                .withGuidance(Grading.TARGETS);
    }

    /** 2.b of 10 points, graded by {@link Grading#TEN_POINTS}; the plugin adds its evidence. */
    public static Criterion advising() {
        return Criteria.tenPoints(ADVISING, "Tham mưu, đề xuất với cấp trưởng và phối hợp thực hiện nhiệm vụ chung",
                null);
    }

    /** 2.c of 10 points, graded by {@link Grading#TEN_POINTS}, with the evidence every unit has for it. */
    public static Criterion adHocTasks() {
        return Criteria.tenPoints(AD_HOC_TASKS, "Kết quả thực hiện các nhiệm vụ được giao đột xuất", null)
                .withEvidence("Văn bản giao nhiệm vụ đột xuất và báo cáo kết quả");
    }
}
