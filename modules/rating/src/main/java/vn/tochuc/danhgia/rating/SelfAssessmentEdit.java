package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * A save of a self-assessment draft: everything the unit has entered so far (what is left out is not scored yet).
 *
 * @param version                 the version read: a stale one is refused (409)
 * @param criteria                points per criterion
 * @param targets                 results per target
 * @param collectiveComments      for a chief or deputy: the leadership collective's comments on him or her
 * @param collectiveProposedLevel for a chief or deputy: the level the collective proposes, or {@code null}
 */
public record SelfAssessmentEdit(Long version, List<CriterionPoints> criteria, List<TargetResult> targets,
        String collectiveComments, Level collectiveProposedLevel) {

    public SelfAssessmentEdit {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
