package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/**
 * What a unit declares for one target of its approved framework.
 *
 * @param criterionCode the concretized criterion
 * @param targetIndex   the target's zero-based index among that criterion's targets
 * @param achieved      the value achieved, in the target's unit, or {@code null}
 * @param output        the concrete output (sản phẩm cụ thể) delivered
 * @param outcome       how it ended: done, exceeded, late or missed
 */
public record TargetResult(String criterionCode, Integer targetIndex, BigDecimal achieved, String output,
        TargetOutcome outcome) {}
