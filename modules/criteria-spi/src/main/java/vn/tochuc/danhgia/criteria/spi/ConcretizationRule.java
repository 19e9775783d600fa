package vn.tochuc.danhgia.criteria.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a unit concretizes a criterion into targets: "the 70 points are concretized into 3 to 10 targets whose points
 * add up to 70, each with an indicator, a target value, an output and a deadline" is
 * {@code ConcretizationRule.targets(3, 10, 70)}.
 *
 * @param minTargets     the fewest targets, at least 1
 * @param maxTargets     the most targets, at most 50
 * @param pointsSum      what the targets' points must add up to: the criterion's maximum points
 * @param requiredFields the target fields that must be filled in besides title and points
 * @param guidance       how to concretize it, shown next to the target list (Vietnamese)
 */
public record ConcretizationRule(
        int minTargets, int maxTargets, Points pointsSum, Set<TargetField> requiredFields, String guidance) {

    public ConcretizationRule {
        pointsSum = pointsSum == null ? Points.ZERO : pointsSum;
        requiredFields = requiredFields == null || requiredFields.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredFields));
        guidance = Texts.orEmpty(guidance);
    }

    /** Between {@code min} and {@code max} targets adding up to {@code pointsSum}, with every field required. */
    public static ConcretizationRule targets(int min, int max, Points pointsSum) {
        return new ConcretizationRule(min, max, pointsSum, EnumSet.allOf(TargetField.class), "");
    }

    public static ConcretizationRule targets(int min, int max, int pointsSum) {
        return targets(min, max, Points.of(pointsSum));
    }

    /** The same rule requiring only the given fields (besides title and points). */
    public ConcretizationRule requiring(TargetField... fields) {
        Set<TargetField> set = fields.length == 0 ? Set.of() : EnumSet.copyOf(List.of(fields));
        return new ConcretizationRule(minTargets, maxTargets, pointsSum, set, guidance);
    }

    public ConcretizationRule withGuidance(String text) {
        return new ConcretizationRule(minTargets, maxTargets, pointsSum, requiredFields, text);
    }

    public boolean requires(TargetField field) {
        return requiredFields.contains(field);
    }
}
