package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.ConcretizationReviews;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Measurement;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * The plugin's scoring hint ({@code suggestScores}) for a self-assessment: the approved targets with the achieved
 * values entered so far, run by the criteria module under its time limit. Only a hint: empty when the plugin has
 * none, is not available or fails.
 */
@ApplicationScoped
public class Hints {

    private static final Logger LOG = Logger.getLogger(Hints.class.getName());

    @Inject
    ConcretizationReviews reviews;

    public Optional<ScoringHint> of(RatingSubject subject, int year, Frame frame, Scores scores) {
        if (subject.snapshotId() == null) {
            return Optional.empty();
        }
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        frame.targets().forEach((code, rows) -> {
            List<Target> list = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TargetRow r = rows.get(i);
                list.add(new Target(r.title(), r.indicator(), r.targetValue(), r.unit(), r.output(), r.deadline(),
                        r.points() == null ? Points.ZERO : Points.of(r.points())));
                Scores.Entry e = scores.entry(code, i);
                if (e != null && e.achieved() != null) {
                    measurements.add(new Measurement(code, i, e.achieved()));
                }
            }
            targets.put(code, list);
        });
        Concretization concretization = new Concretization(subject.unitCode(), year,
                SubjectType.valueOf(subject.kind().name()), subject.deputyField(), targets);
        try {
            return reviews.suggestScores(subject.snapshotId(), new ScoringRequest(concretization, measurements));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No scoring hint for rating subject " + subject.id(), e);
            return Optional.empty();
        }
    }
}
