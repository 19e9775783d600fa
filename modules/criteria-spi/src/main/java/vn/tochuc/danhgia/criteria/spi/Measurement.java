package vn.tochuc.danhgia.criteria.spi;

import java.math.BigDecimal;

/**
 * The value a unit achieved for one of its targets, in the target's unit.
 *
 * @param criterionCode the concretized criterion
 * @param targetIndex   the zero-based index of the target in {@link Concretization#targetsOf(String)}
 * @param achieved      the achieved value
 */
public record Measurement(String criterionCode, int targetIndex, BigDecimal achieved) {

    public Measurement {
        criterionCode = Texts.orEmpty(criterionCode);
    }
}
