package vn.tochuc.danhgia.criteria.support;

import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;

/**
 * The draft's Điều 4 for the head of a unit (cấp trưởng): 30 points of politics, ethics and conduct in five
 * sub-criteria of 6, and 70 points of task results, which the unit concretizes into the head's own targets, with
 * Điều 4's 40 / 15 / 15 split as the guidance of their rule ({@link #taskTargets}) in the plugin's words.
 *
 * <pre>{@code
 * ChiefCriteria.general();
 * ChiefCriteria.taskResults("Giám đốc", "Sở", "lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của Sở",
 *                 "năng lực lãnh đạo, quản lý, đổi mới", "nhiệm vụ được giao đột xuất")
 *         .withEvidence("Báo cáo tổng kết công tác năm của Sở");
 * }</pre>
 */
public final class ChiefCriteria {

    /** Group 1, politics, ethics, conduct, discipline and setting an example (30 points). */
    public static final String GENERAL = "1";
    /** Criterion 2, task results (70 points): the one the unit concretizes. */
    public static final String TASK_RESULTS = "2";

    private ChiefCriteria() {}

    /**
     * Group 1 of 30 points with its evidence (self-assessment, the Party cell's comments) and 1.a to 1.e of 6 points,
     * each graded by {@link Grading#forPoints}. To add to one sub-criterion, use {@link Criteria#amend}.
     */
    public static Criterion general() {
        return PersonalCriteria.general("Chính trị tư tưởng; đạo đức, lối sống; tác phong, lề lối làm việc; ý thức "
                + "tổ chức kỷ luật; trách nhiệm nêu gương", "Cộng điểm của năm tiêu chí thành phần.", 6, 6, 6, 6, 6);
    }

    /** Criterion 2 of 70 points, guided by {@link Grading#TARGETS}; the plugin adds evidence and its rule. */
    public static Criterion taskResults() {
        return taskResults(null);
    }

    /**
     * {@link #taskResults()} with the draft's rule that the head is graded no higher than the collective: "Mức xếp
     * loại của {@code head} không cao hơn mức xếp loại của tập thể {@code collective}."
     *
     * @param head       who is rated, as the guidance names him or her, e.g. {@code Giám đốc}
     * @param collective the unit whose collective he or she leads, e.g. {@code Sở}
     */
    public static Criterion taskResults(String head, String collective) {
        return taskResults("Mức xếp loại của " + head + " không cao hơn mức xếp loại của tập thể " + collective + ".");
    }

    /**
     * Criterion 2 as the draft words it for one unit: {@link #taskResults(String, String)} concretized by
     * {@link #taskTargets}; the plugin adds its evidence.
     *
     * @param head       who is rated, e.g. {@code Giám đốc}
     * @param collective the unit whose collective he or she leads, e.g. {@code Sở}
     * @param leading    what the 40 points are for, e.g. {@code lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị}
     * @param managing   what the first 15 points are for, e.g. {@code năng lực lãnh đạo, quản lý, đổi mới}
     * @param adHoc      what the other 15 points are for, e.g. {@code nhiệm vụ được giao đột xuất}
     */
    public static Criterion taskResults(String head, String collective, String leading, String managing,
            String adHoc) {
        return taskResults(head, collective).concretizedBy(taskTargets(head, leading, managing, adHoc));
    }

    /**
     * The rule of criterion 2: 3 to 10 targets the head is personally accountable for, adding up to 70, with Điều 4's
     * split as guidance: about 40 points for leading the unit's tasks, 15 for leadership and innovation, 15 for
     * ad-hoc tasks ("Cụ thể hóa toàn bộ 70 điểm thành 3 đến 10 chỉ tiêu mà {@code head} trực tiếp chịu trách nhiệm,
     * tổng điểm bằng 70. Phân bổ gợi ý theo Điều 4 dự thảo: khoảng 40 điểm cho {@code leading}; …").
     */
    public static ConcretizationRule taskTargets(String head, String leading, String managing, String adHoc) {
        return ConcretizationRule.targets(3, 10, 70).withGuidance("Cụ thể hóa toàn bộ 70 điểm thành 3 đến 10 chỉ tiêu "
                + "mà " + head + " trực tiếp chịu trách nhiệm, tổng điểm bằng 70. Phân bổ gợi ý theo Điều 4 dự thảo: "
                + "khoảng 40 điểm cho " + leading + "; khoảng 15 điểm cho " + managing + "; khoảng 15 điểm cho "
                + adHoc + ".");
    }

    /** {@link #taskResults()} with the plugin's own guidance after {@link Grading#TARGETS}. */
    public static Criterion taskResults(String moreGuidance) {
        return Criterion.of(TASK_RESULTS, "Kết quả thực hiện chức trách, nhiệm vụ được giao", 70)
                .withGuidance(Criteria.joined(Grading.TARGETS, moreGuidance));
    }
}
