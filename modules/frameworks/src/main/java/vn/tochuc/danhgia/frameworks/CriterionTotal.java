package vn.tochuc.danhgia.frameworks;

import java.math.BigDecimal;

/**
 * The points of one concretized criterion's targets against what its rule requires.
 *
 * @param code       the criterion
 * @param title      its title
 * @param points     the sum of its targets' points
 * @param max        what they must add up to (the rule's sum, normally the criterion's maximum)
 * @param targets    how many targets it has
 * @param minTargets the fewest the rule allows
 * @param maxTargets the most the rule allows
 */
public record CriterionTotal(String code, String title, BigDecimal points, BigDecimal max, int targets,
        int minTargets, int maxTargets) {

    /** Whether the points add up exactly. */
    public boolean addsUp() {
        return points.compareTo(max) == 0;
    }

    /** Whether the number of targets is within the rule. */
    public boolean countOk() {
        return targets >= minTargets && targets <= maxTargets;
    }

    /** What is still to distribute: positive when short, negative when over. */
    public BigDecimal remaining() {
        return max.subtract(points);
    }
}
