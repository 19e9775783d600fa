package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A subject's appraisal: the unit's own total and level beside the appraised ones, every change with its reason.
 *
 * @param subjectId      the subject
 * @param unitCode       its unit
 * @param groupCode      the unit's group (the quota is counted per group)
 * @param kind           collective, chief or deputy
 * @param version        send it back with the next change
 * @param selfTotal      the unit's own total
 * @param appraisedTotal the total with the appraiser's changes
 * @param derivedLevel   the level the rule set derives from the appraised points
 * @param proposedLevel  the level the Board proposes
 * @param changes        the criteria the appraiser changed
 * @param note           the appraiser's remark
 * @param appraisedBy    who appraised last
 * @param appraisedAt    when
 * @param confirmedBy    the second Board member who confirmed the proposal as it stands, or {@code null}
 * @param confirmedAt    when
 */
public record AppraisalView(long subjectId, String unitCode, String groupCode, SubjectKind kind, long version,
        BigDecimal selfTotal, BigDecimal appraisedTotal, Level derivedLevel, Level proposedLevel,
        List<ChangeView> changes, String note, String appraisedBy, Instant appraisedAt, String confirmedBy,
        Instant confirmedAt) {

    /** One criterion the appraiser set: the unit's points, the appraised ones and why. */
    public record ChangeView(String code, BigDecimal selfPoints, BigDecimal points, String reason) {}
}
