package vn.tochuc.danhgia.criteria.internal;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriterionScore;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * A plugin's scoring hint made safe to show: a suggestion above the criterion's maximum (or a target's above that
 * target's points) is cut down to it, negative ones to zero, and scores for criteria the framework lacks are dropped.
 */
final class ScoringCaps {

    private ScoringCaps() {}

    static ScoringHint cap(ScoringHint hint, FrameworkTree framework, Concretization concretization) {
        List<CriterionScore> scores = new ArrayList<>();
        for (CriterionScore score : hint.criteria()) {
            CriterionNode node = framework.criterion(score.criterionCode()).orElse(null);
            if (node == null) {
                continue;
            }
            Points max = Points.of(node.maxPoints());
            List<Target> targets = concretization.targetsOf(score.criterionCode());
            List<Points> perTarget = new ArrayList<>();
            for (int i = 0; i < score.perTarget().size(); i++) {
                Points limit = i < targets.size() ? targets.get(i).points() : Points.ZERO;
                perTarget.add(clamp(score.perTarget().get(i), limit));
            }
            scores.add(new CriterionScore(score.criterionCode(), clamp(score.suggested(), max), perTarget,
                    score.reason()));
        }
        return new ScoringHint(scores, hint.explanation());
    }

    private static Points clamp(Points value, Points max) {
        if (value == null || !value.isPositive()) {
            return Points.ZERO;
        }
        return value.compareTo(max) > 0 ? max : value;
    }
}
