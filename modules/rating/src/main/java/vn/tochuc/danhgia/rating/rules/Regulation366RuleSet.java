package vn.tochuc.danhgia.rating.rules;

import static vn.tochuc.danhgia.rating.rules.ReasonCodes.CONFIDENCE_LOW;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNITS_FAILED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNIT_EXCEEDED_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNIT_LATE_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNIT_NOT_ALL_DONE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNIT_NOT_ON_TIME;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.SHORTCOMINGS_UNFIXED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_BELOW_70;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_EXCEEDED_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_LATE_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_NONE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_NOT_ALL_DONE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_NOT_ON_TIME;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_SOCIO_ECONOMIC;

import java.util.List;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.Reason;
import vn.tochuc.danhgia.rating.TargetOutcome;

/**
 * Reg. 366-QĐ/TW (30/8/2025) Art. 11 with HD 43 (31/10/2025): 100 points, 30 general + 70 task results, step
 * 0.25; years from 2025. A level needs its points and all its conditions; the highest level whose conditions all
 * hold is given (so 95 points with a task done late is HTNV, not "HTTNV from 70 to below 90" read literally).
 * <ul>
 * <li>HTXSNV: ≥ 90; 100% of targets on time, ≥ 30% exceeded (no target declared: not shown); every earlier
 *     shortcoming fixed; no discipline in the year (of the subject, a member, the leadership collective or a
 *     subordinate unit), weighed or not.</li>
 * <li>HTTNV: ≥ 70; 100% on time. HTNV: ≥ 50; 100% done, at most 20% late. Failing these without a KHTNV case
 *     gives KHTNV (the text leaves that gap; see docs/rating-rules.md).</li>
 * <li>A chief or deputy with the led units' targets recorded: those targets meet the same conditions.</li>
 * <li>KHTNV whatever the points: below 50; less than 70% of targets done; the five socio-economic targets
 *     missed; more than 50% of the units led rated KHTNV; more than 50% low-confidence votes; a discipline from
 *     reprimand up for a duty-related violation, unless self-detected and the competent level recorded its
 *     reason for weighing it (no automatic exception). The "non-leaders with more than 50% of tasks failed" case
 *     cannot arise here: every subject rated (collective, chief, deputy) leads, and the 70% case is stricter.</li>
 * </ul>
 * Capping the chief by the collective is not in 366 or HD 43: it is the province's own rule (its regulation's
 * Art. 2), so it is a setting of this rule set, on in {@link DefaultRuleSets}.
 */
public final class Regulation366RuleSet extends LadderRuleSet {

    private final boolean chiefCappedByCollective;

    /** @param chiefCappedByCollective the province's rule that a chief is not rated above his or her collective */
    public Regulation366RuleSet(boolean chiefCappedByCollective) {
        this.chiefCappedByCollective = chiefCappedByCollective;
    }

    @Override
    public String id() {
        return "QD366";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean appliesTo(int year) {
        return year >= 2025;
    }

    @Override
    public boolean chiefCappedByCollective() {
        return chiefCappedByCollective;
    }

    /**
     * The share of HTXSNV (percent of those rated HTTNV) a peer group may reach by an exception the competent level
     * decides and records for outstanding units; the exception itself is recorded per cycle group, not here.
     */
    public int exceptionalQuotaPercent() {
        return 25;
    }

    @Override
    void conditions(RatingFacts facts, Ladder ladder) {
        Shares t = Shares.of(facts.targets());
        if (t.isEmpty()) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(TARGETS_NONE, Level.HTXSNV));
        } else {
            if (!Shares.atLeast(t.done(), t.total(), 70)) {
                ladder.forceKhtnv(Reason.of(TARGETS_BELOW_70, Shares.percent(t.done(), t.total())));
            }
            ladderOf(t, ladder, TARGETS_NOT_ON_TIME, TARGETS_EXCEEDED_SHARE, TARGETS_NOT_ALL_DONE, TARGETS_LATE_SHARE);
        }
        List<TargetOutcome> led = facts.ledUnitTargets();
        if (facts.kind().isIndividual() && !led.isEmpty()) {
            ladderOf(Shares.of(led), ladder, LED_UNIT_NOT_ON_TIME, LED_UNIT_EXCEEDED_SHARE, LED_UNIT_NOT_ALL_DONE,
                    LED_UNIT_LATE_SHARE);
        }
        if (facts.socioEconomicTargetsMissed()) {
            ladder.forceKhtnv(Reason.of(TARGETS_SOCIO_ECONOMIC));
        }
        if (Shares.moreThan(facts.ledUnitsRatedKhtnv(), facts.ledUnits(), 50)) {
            ladder.forceKhtnv(Reason.of(LED_UNITS_FAILED, facts.ledUnitsRatedKhtnv(), facts.ledUnits()));
        }
        if (Shares.moreThan(facts.lowConfidenceVotes(), facts.confidenceVotes(), 50)) {
            ladder.forceKhtnv(Reason.of(CONFIDENCE_LOW, facts.lowConfidenceVotes(), facts.confidenceVotes()));
        }
        int unfixed = facts.earlierShortcomings() - facts.earlierShortcomingsFixed();
        if (unfixed > 0) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(SHORTCOMINGS_UNFIXED, unfixed, facts.earlierShortcomings()));
        }
        Disciplines366.assess(facts, ladder);
    }

    /** The task conditions of HTXSNV, HTTNV and HTNV on one set of targets. */
    private static void ladderOf(Shares t, Ladder ladder, String notOnTime, String exceeded, String notDone,
                                 String late) {
        if (t.notOnTime() > 0) {
            ladder.blockFrom(Level.HTTNV, Reason.of(notOnTime, t.notOnTime(), Level.HTTNV));
        }
        if (!Shares.atLeast(t.exceeded(), t.total(), 30)) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(exceeded, Shares.percent(t.exceeded(), t.total()), 30,
                    Level.HTXSNV));
        }
        if (t.missed() > 0) {
            ladder.blockFrom(Level.HTNV, Reason.of(notDone, t.missed(), Level.HTNV));
        }
        if (Shares.moreThan(t.late(), t.total(), 20)) {
            ladder.blockFrom(Level.HTNV, Reason.of(late, Shares.percent(t.late(), t.total()), 20, Level.HTNV));
        }
    }
}
