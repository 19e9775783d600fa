package vn.tochuc.danhgia.criteria;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.TargetField;

/**
 * How a unit concretizes a criterion into targets.
 *
 * @param minTargets     the fewest targets
 * @param maxTargets     the most targets
 * @param pointsSum      what the targets' points add up to
 * @param requiredFields the target fields required besides title and points, in the SPI's order
 * @param guidance       how to concretize it
 */
public record ConcretizationRuleView(int minTargets, int maxTargets, BigDecimal pointsSum,
        List<TargetField> requiredFields, String guidance) {

    public ConcretizationRuleView {
        requiredFields = List.copyOf(requiredFields);
    }

    ConcretizationRule toRule() {
        return new ConcretizationRule(minTargets, maxTargets, Points.of(pointsSum),
                requiredFields.isEmpty() ? EnumSet.noneOf(TargetField.class) : EnumSet.copyOf(requiredFields),
                guidance);
    }
}
