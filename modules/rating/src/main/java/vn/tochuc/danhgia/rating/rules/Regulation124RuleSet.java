package vn.tochuc.danhgia.rating.rules;

import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISCIPLINE_IN_YEAR;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISCIPLINE_SELF_DETECTED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISUNITY_OR_DEGRADATION;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LEADERSHIP_DISCIPLINED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LED_UNIT_TARGETS_MISSED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.SUBORDINATES_DISCIPLINED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.SUBORDINATES_DISCIPLINED_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.SUBORDINATE_CORRUPTION;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_EXCEEDED_SHARE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_MISSED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_NONE;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.TARGETS_NOT_ON_TIME;

import vn.tochuc.danhgia.rating.DisciplineRecord;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.Reason;

/**
 * Reg. 124-QĐ/TW (04/10/2023) Art. 12, as the province's 2023 draft concretizes it (docs/rating-rules.md): 100
 * points, 30 general + 70 task results, HTXSNV from 90, HTTNV from 70, HTNV from 50, step 0.25; years 2023–2024.
 *
 * <p>The reading, beyond the points:
 * <ul>
 * <li>HTXSNV, for a chief or deputy: 100% of targets done on time and at least 50% exceeded; with no target
 *     declared this cannot be shown. Collectives have no target condition for HTXSNV.</li>
 * <li>HTXSNV, for everyone: no discipline in the year, not even a self-detected and remedied one; no subordinate
 *     unit disciplined.</li>
 * <li>HTTNV and HTNV: the texts retrieved give no target share of their own; the points decide, with the cases
 *     below.</li>
 * <li>KHTNV whatever the points: a discipline in the year of the subject or a member, unless self-detected and
 *     remedied (which lifts it); the leadership collective disciplined; more than 20% of subordinate units
 *     disciplined; a subordinate unit disciplined for corruption, waste or negativity unless self-detected and
 *     remedied; less than 50% of targets met (late counts as met; not when force majeure is recorded); for a
 *     leader, the unit led meets less than 50% of its targets; disunity or degradation.</li>
 * <li>The chief is not rated above the collective he or she heads (HD 21/2019, the draft's Art. 2).</li>
 * </ul>
 * The per-criterion grades of Art. 12 (all criteria "Tốt" or better …) are not derived from points: the draft's
 * cut-offs stand for them.
 */
public final class Regulation124RuleSet extends LadderRuleSet {

    @Override
    public String id() {
        return "QD124";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean appliesTo(int year) {
        return year == 2023 || year == 2024;
    }

    @Override
    public boolean chiefCappedByCollective() {
        return true;
    }

    @Override
    void conditions(RatingFacts facts, Ladder ladder) {
        targets(facts, ladder);
        for (DisciplineRecord d : facts.disciplines()) {
            if (d.selfDetectedAndRemedied()) {
                ladder.blockFrom(Level.HTXSNV, Reason.of(DISCIPLINE_SELF_DETECTED, d.form()));
            } else {
                ladder.forceKhtnv(Reason.of(DISCIPLINE_IN_YEAR, d.form()));
            }
        }
        if (facts.leadershipCollectiveDisciplined()) {
            ladder.forceKhtnv(Reason.of(LEADERSHIP_DISCIPLINED));
        }
        subordinates(facts, ladder);
        if (facts.disunityOrDegradation()) {
            ladder.forceKhtnv(Reason.of(DISUNITY_OR_DEGRADATION));
        }
    }

    private static void targets(RatingFacts facts, Ladder ladder) {
        Shares t = Shares.of(facts.targets());
        if (facts.kind().isIndividual()) {
            if (t.isEmpty()) {
                ladder.blockFrom(Level.HTXSNV, Reason.of(TARGETS_NONE, Level.HTXSNV));
            } else {
                if (t.notOnTime() > 0) {
                    ladder.blockFrom(Level.HTXSNV, Reason.of(TARGETS_NOT_ON_TIME, t.notOnTime(), Level.HTXSNV));
                }
                if (!Shares.atLeast(t.exceeded(), t.total(), 50)) {
                    ladder.blockFrom(Level.HTXSNV, Reason.of(TARGETS_EXCEEDED_SHARE,
                            Shares.percent(t.exceeded(), t.total()), 50, Level.HTXSNV));
                }
            }
        }
        if (!t.isEmpty() && !facts.targetsForceMajeure() && !Shares.atLeast(t.done(), t.total(), 50)) {
            ladder.forceKhtnv(Reason.of(TARGETS_MISSED, Shares.percent(t.done(), t.total())));
        }
        var led = facts.ledUnitsTargetsMetPercent();
        if (led != null && led.compareTo(LadderRuleSet.PASS) < 0) {
            ladder.forceKhtnv(Reason.of(LED_UNIT_TARGETS_MISSED, Shares.points(led)));
        }
    }

    private static void subordinates(RatingFacts facts, Ladder ladder) {
        int all = facts.subordinateUnits();
        int disciplined = facts.subordinateUnitsDisciplined();
        if (Shares.moreThan(disciplined, all, 20)) {
            ladder.forceKhtnv(Reason.of(SUBORDINATES_DISCIPLINED_SHARE, disciplined, all));
        } else if (disciplined > 0) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(SUBORDINATES_DISCIPLINED, disciplined, all));
        }
        for (DisciplineRecord d : facts.subordinateCorruptionDisciplines()) {
            if (!d.selfDetectedAndRemedied()) {
                ladder.forceKhtnv(Reason.of(SUBORDINATE_CORRUPTION, d.form()));
            }
        }
    }
}
