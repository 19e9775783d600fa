package vn.tochuc.danhgia.rating.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.rating.CriterionScore;
import vn.tochuc.danhgia.rating.Reason;

/**
 * Checks a subject's points before a rule set rates them (the rule sets themselves never refuse): each criterion 0 to
 * its maximum, in whole steps of the rule set's {@link vn.tochuc.danhgia.rating.RuleSet#pointStep()}, and the
 * framework's maxima 30 for the general part and 70 for task results. Each problem is a reason whose text is under
 * {@code rating.reason.<code>}.
 */
public final class PointRules {

    public static final String NEGATIVE = "points.negative";
    public static final String ABOVE_MAX = "points.above-max";
    public static final String OFF_STEP = "points.off-step";
    public static final String PARTS = "points.parts";
    public static final List<String> CODES = List.of(NEGATIVE, ABOVE_MAX, OFF_STEP, PARTS);

    static final BigDecimal GENERAL = BigDecimal.valueOf(30);
    static final BigDecimal TASKS = BigDecimal.valueOf(70);

    private PointRules() {}

    /** The problems of these points, in the criteria's order; empty when they may be rated. */
    public static List<Reason> validate(List<CriterionScore> criteria, BigDecimal step) {
        List<Reason> problems = new ArrayList<>();
        BigDecimal general = BigDecimal.ZERO;
        BigDecimal tasks = BigDecimal.ZERO;
        for (CriterionScore c : criteria) {
            String shown = Shares.points(c.points());
            if (c.points().signum() < 0) {
                problems.add(Reason.of(NEGATIVE, c.code(), shown));
            } else if (c.points().compareTo(c.max()) > 0) {
                problems.add(Reason.of(ABOVE_MAX, c.code(), shown, Shares.points(c.max())));
            }
            if (c.points().remainder(step).signum() != 0) {
                problems.add(Reason.of(OFF_STEP, c.code(), shown, Shares.points(step)));
            }
            if (c.taskResult()) {
                tasks = tasks.add(c.max());
            } else {
                general = general.add(c.max());
            }
        }
        if (general.compareTo(GENERAL) != 0 || tasks.compareTo(TASKS) != 0) {
            problems.add(Reason.of(PARTS, Shares.points(general), Shares.points(tasks)));
        }
        return problems;
    }
}
