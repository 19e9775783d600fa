package vn.tochuc.danhgia.criteria.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Checks run on each target of a concretization, and the rule every plugin has: a percentage cannot exceed 100 %.
 * The host calls a plugin's check on incomplete targets too, so nothing here assumes a value is there.
 */
public final class TargetChecks {

    /** The Vietnamese text of {@link #percentageOver100}. */
    public static final String PERCENTAGE_OVER_100_TEXT = "Chỉ tiêu tỷ lệ không được vượt quá 100%.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetChecks() {}

    /** A check of one target, adding what it finds to {@code messages}. */
    @FunctionalInterface
    public interface PerTarget {

        /**
         * @param criterionCode the criterion the target concretizes
         * @param index         the target's zero-based index under that criterion, for {@link CheckMessage}
         */
        void check(String criterionCode, int index, Target target, List<CheckMessage> messages);
    }

    /**
     * Runs {@code check} on every target, criterion by criterion in the concretization's order and each criterion's
     * targets in the order the unit entered them, and returns what it found after {@code first}.
     */
    public static List<CheckMessage> eachTarget(Concretization concretization, List<CheckMessage> first,
            PerTarget check) {
        List<CheckMessage> messages = new ArrayList<>(first);
        for (Map.Entry<String, List<Target>> entry : concretization.targets().entrySet()) {
            List<Target> targets = entry.getValue();
            for (int i = 0; i < targets.size(); i++) {
                check.check(entry.getKey(), i, targets.get(i), messages);
            }
        }
        return messages;
    }

    /** Whether the target is a percentage ({@code %}) with a value above 100; {@code false} without a value. */
    public static boolean isPercentageOver100(Target target) {
        BigDecimal value = target.targetValue();
        return value != null && target.isPercentage() && value.compareTo(HUNDRED) > 0;
    }

    /** The error for a percentage above 100 ({@link #PERCENTAGE_OVER_100_TEXT}) at that target. */
    public static CheckMessage percentageOver100(String ruleId, String criterionCode, int index) {
        return CheckMessage.error(ruleId, criterionCode, index, PERCENTAGE_OVER_100_TEXT);
    }
}
