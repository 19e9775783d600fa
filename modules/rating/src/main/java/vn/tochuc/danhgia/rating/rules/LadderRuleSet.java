package vn.tochuc.danhgia.rating.rules;

import static vn.tochuc.danhgia.rating.rules.ReasonCodes.CHIEF_CAPPED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.POINTS_BELOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.Reason;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.SubjectKind;

/**
 * What both rule sets share: 100 points with cut-offs 90 / 70 / 50 (the total as it is, no rounding), a step of
 * 0.25, HTXSNV at most 20% of those rated HTTNV, and the chief capped by the collective he or she heads when the
 * facts carry the collective's level and the rule set caps. Subclasses add their regulation's conditions.
 */
abstract class LadderRuleSet implements RuleSet {

    static final BigDecimal STEP = new BigDecimal("0.25");
    static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    static final BigDecimal GOOD = BigDecimal.valueOf(70);
    static final BigDecimal PASS = BigDecimal.valueOf(50);

    @Override
    public BigDecimal pointStep() {
        return STEP;
    }

    @Override
    public int quotaPercent() {
        return 20;
    }

    @Override
    public final RatingOutcome rate(RatingFacts facts) {
        Ladder ladder = new Ladder();
        points(facts.points(), ladder);
        conditions(facts, ladder);
        return capped(facts, ladder.outcome());
    }

    /** Adds the regulation's conditions beyond the points. */
    abstract void conditions(RatingFacts facts, Ladder ladder);

    private static void points(BigDecimal points, Ladder ladder) {
        String shown = Shares.points(points);
        if (points.compareTo(PASS) < 0) {
            ladder.forceKhtnv(Reason.of(POINTS_BELOW, shown, "50", Level.HTNV));
        } else if (points.compareTo(GOOD) < 0) {
            ladder.blockFrom(Level.HTTNV, Reason.of(POINTS_BELOW, shown, "70", Level.HTTNV));
        } else if (points.compareTo(EXCELLENT) < 0) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(POINTS_BELOW, shown, "90", Level.HTXSNV));
        }
    }

    private RatingOutcome capped(RatingFacts facts, RatingOutcome outcome) {
        Level collective = facts.headedCollectiveLevel();
        if (facts.kind() != SubjectKind.CHIEF || !chiefCappedByCollective() || collective == null
                || !outcome.level().isAbove(collective)) {
            return outcome;
        }
        List<Reason> reasons = new ArrayList<>(outcome.reasons());
        reasons.add(Reason.of(CHIEF_CAPPED, collective));
        return new RatingOutcome(collective, reasons);
    }
}
