package vn.tochuc.danhgia.criteria.spi;

import java.util.List;

/**
 * A plugin's suggested points. Only a hint: the unit scores itself and the appraisers decide; the host shows the
 * hint beside the scores and caps each suggestion at the criterion's maximum.
 *
 * @param criteria    one score per concretized criterion the plugin could score
 * @param explanation how the suggestion was computed, in Vietnamese
 */
public record ScoringHint(List<CriterionScore> criteria, String explanation) {

    public ScoringHint {
        criteria = Texts.copy(criteria);
        explanation = Texts.orEmpty(explanation);
    }
}
