package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.criteria.spi.CriterionScore;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.rating.CriterionLine;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.ReasonView;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.SelfAssessmentView;
import vn.tochuc.danhgia.rating.TargetLine;
import vn.tochuc.danhgia.rating.domain.EvidenceRepository;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingSubject;
import vn.tochuc.danhgia.rating.domain.SelfAssessment;

/** A self-assessment as the API shows it: the frame with the unit's entries, the derived level and the hint. */
@ApplicationScoped
public class SelfAssessmentViews {

    @Inject
    Hints hints;

    @Inject
    Extensions extensions;

    @Inject
    EvidenceRepository evidence;

    public SelfAssessmentView view(RatingSubject s, RatingCycle c, RuleSet rules, SelfAssessment a) {
        Frame frame = Frame.read(s.frameJson());
        Scores scores = Scores.read(a.scoresJson());
        Optional<ScoringHint> hint = hints.of(s, c.year(), frame, scores);
        Map<String, CriterionScore> suggested = hint.map(h -> h.criteria().stream()
                .collect(Collectors.toMap(CriterionScore::criterionCode, x -> x, (x, y) -> x))).orElse(Map.of());
        List<CriterionLine> criteria = frame.criteria().stream().map(cr -> {
            CriterionScore sc = suggested.get(cr.code());
            return new CriterionLine(cr.code(), cr.title(), cr.max(), cr.taskResult(), scores.points().get(cr.code()),
                    sc == null ? null : sc.suggested().toBigDecimal(), sc == null ? "" : sc.reason());
        }).toList();
        List<TargetLine> targets = new ArrayList<>();
        frame.targets().forEach((code, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                TargetRow r = rows.get(i);
                Scores.Entry e = scores.entry(code, i);
                targets.add(new TargetLine(code, i, r.title(), r.indicator(), r.targetValue(), r.unit(), r.output(),
                        r.deadline(), r.points(), e == null ? null : e.achieved(), e == null ? "" : e.output(),
                        e == null ? null : e.outcome()));
            }
        });
        RatingOutcome outcome = rules.rate(Scoring.facts(frame, scores, s.kind()));
        List<ReasonView> reasons = outcome.reasons().stream().map(r -> new ReasonView(r.code(), r.args(),
                Messages.get(Messages.VIETNAMESE, "rating.reason." + r.code(), r.args().toArray()))).toList();
        BigDecimal total = Scoring.total(scores);
        return new SelfAssessmentView(s.id(), c.id(), c.year(), s.unitCode(), s.unitName(), s.kind(), s.personName(),
                a.state(), a.version(), c.ruleSetId(), c.ruleSetVersion(), rules.pointStep(),
                Zones.local(extensions.due(c, s.unitCode())), criteria, targets, total, frame.max(), outcome.level(),
                reasons, hint.map(ScoringHint::explanation).orElse(null), scores.collectiveComments(),
                scores.collectiveProposedLevel(), evidence.views(s.id()), a.receiptNumber(), a.signerName(),
                a.signerTitle(), a.submittedAt(), a.updatedBy(), a.updatedAt());
    }
}
