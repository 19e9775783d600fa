package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target of the approved framework with what the unit declared for it.
 *
 * @param criterionCode the concretized criterion
 * @param targetIndex   its index among the criterion's targets
 * @param title         the target as approved
 * @param indicator     what is measured
 * @param targetValue   the value to reach
 * @param unit          the value's unit
 * @param plannedOutput the output the approved framework names
 * @param deadline      when it was due
 * @param points        the points it carries
 * @param achieved      the value achieved, or {@code null}
 * @param output        the output delivered, or empty
 * @param outcome       how it ended, or {@code null} while not declared
 */
public record TargetLine(String criterionCode, int targetIndex, String title, String indicator, BigDecimal targetValue,
        String unit, String plannedOutput, LocalDate deadline, BigDecimal points, BigDecimal achieved, String output,
        TargetOutcome outcome) {}
