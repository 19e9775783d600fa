package vn.tochuc.danhgia.consultations;

import java.time.Instant;

/**
 * One recipient unit's row on the Board's tracking dashboard. Only submitted answers are counted: a unit's draft is
 * its own until it submits.
 *
 * @param unit the unit's code
 * @param status where it is
 * @param stance the stance of its current submission, or null
 * @param comments the number of comments in its current submission
 * @param submittedAt when its current submission was made, or null
 * @param late whether that submission came after the unit's deadline
 * @param deadline the unit's deadline (later than the consultation's when extended for it)
 * @param receipt the receipt number of its current submission, or null
 */
public record RecipientStatus(String unit, String unitName, String group, String groupName, UnitAnswerStatus status,
        Stance stance, int comments, Instant submittedAt, boolean late, Instant deadline, String receipt,
        Instant lastRemindedAt) {}
