package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * The Board's appraisal of a submitted self-assessment.
 *
 * @param version       the appraisal's version read ({@code 0} before the first appraisal): a stale one is refused
 * @param changes       the criteria whose points the appraiser sets, each with its reason when it differs
 * @param proposedLevel the level the Board proposes to the Standing Committee
 * @param note          the appraiser's overall remark
 */
public record AppraisalEdit(Long version, List<CriterionChange> changes, Level proposedLevel, String note) {

    public AppraisalEdit {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
