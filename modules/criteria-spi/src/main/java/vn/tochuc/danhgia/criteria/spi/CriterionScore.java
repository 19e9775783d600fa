package vn.tochuc.danhgia.criteria.spi;

import java.util.List;

/**
 * Suggested points for one concretized criterion.
 *
 * @param criterionCode the criterion
 * @param suggested     the suggested points for the criterion, at most its maximum
 * @param perTarget     the suggested points of each target, in target order ({@link Points#ZERO} when not measured)
 * @param reason        why, in Vietnamese
 */
public record CriterionScore(String criterionCode, Points suggested, List<Points> perTarget, String reason) {

    public CriterionScore {
        criterionCode = Texts.orEmpty(criterionCode);
        suggested = suggested == null ? Points.ZERO : suggested;
        perTarget = Texts.copy(perTarget);
        reason = Texts.orEmpty(reason);
    }
}
