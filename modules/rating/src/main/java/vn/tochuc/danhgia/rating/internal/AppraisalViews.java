package vn.tochuc.danhgia.rating.internal;

import java.util.List;
import vn.tochuc.danhgia.rating.AppraisalView;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.domain.Appraisal;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/** An appraisal as the API shows it. */
final class AppraisalViews {

    private AppraisalViews() {}

    static AppraisalView view(RatingSubject s, RuleSet rules, Frame frame, Scores self, Appraisal a) {
        Changes changes = Changes.read(a.changesJson());
        Scores appraised = changes.applied(self);
        List<AppraisalView.ChangeView> rows = changes.entries().entrySet().stream()
                .map(e -> new AppraisalView.ChangeView(e.getKey(), self.points().get(e.getKey()), e.getValue().points(),
                        e.getValue().reason())).toList();
        return new AppraisalView(s.id(), s.unitCode(), s.groupCode(), s.kind(), a.version(), Scoring.total(self),
                Scoring.total(appraised), rules.rate(Scoring.facts(frame, appraised, s.kind())).level(),
                a.proposedLevel(), rows, a.note(), a.appraisedBy(), a.appraisedAt(), a.confirmedBy(), a.confirmedAt());
    }
}
