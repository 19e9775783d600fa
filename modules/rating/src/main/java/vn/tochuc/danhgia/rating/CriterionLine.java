package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/**
 * One scored criterion of a self-assessment (a leaf of the approved framework).
 *
 * @param code             its code in the framework
 * @param title            its title
 * @param max              its maximum points
 * @param taskResult       whether it belongs to the results of assigned tasks
 * @param points           the unit's points, or {@code null} while not scored
 * @param suggested        the plugin's suggestion (a hint only), or {@code null}
 * @param suggestionReason why the plugin suggests it, or empty
 */
public record CriterionLine(String code, String title, BigDecimal max, boolean taskResult, BigDecimal points,
        BigDecimal suggested, String suggestionReason) {}
