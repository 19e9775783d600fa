package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/**
 * The points one criterion of the approved framework got.
 *
 * @param code       the criterion's code in the framework
 * @param points     the points given, 0 to {@code max}
 * @param max        the criterion's maximum in the framework
 * @param taskResult whether it belongs to the results of assigned tasks (the 70 points) rather than the general part
 */
public record CriterionScore(String code, BigDecimal points, BigDecimal max, boolean taskResult) {
}
