package vn.tochuc.danhgia.rating.rules;

import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISCIPLINE_BLOCKS_EXCELLENT;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISCIPLINE_IN_YEAR;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.DISCIPLINE_WEIGHED;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.LEADERSHIP_DISCIPLINED_EXCELLENT;
import static vn.tochuc.danhgia.rating.rules.ReasonCodes.SUBORDINATES_DISCIPLINED;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import vn.tochuc.danhgia.rating.DisciplineRecord;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.Reason;

/**
 * Reg. 366's discipline conditions: a discipline from reprimand up for a duty-related violation is KHTNV, unless it
 * was self-detected and remedied and the competent level recorded its reason for weighing it (no automatic
 * exception); every discipline in the year, weighed or not, and the leadership collective's or a subordinate unit's,
 * rules out HTXSNV.
 */
final class Disciplines366 {

    /** Forms below reprimand (khiển trách), which 366 does not count; any other form counts from reprimand up. */
    private static final Set<String> BELOW_REPRIMAND = Set.of("phê bình", "nhắc nhở", "rút kinh nghiệm");

    private Disciplines366() {}

    static void assess(RatingFacts facts, Ladder ladder) {
        for (DisciplineRecord d : facts.disciplines()) {
            boolean counts = d.dutyRelated() && fromReprimandUp(d.form());
            boolean weighed = d.selfDetectedAndRemedied() && d.weighedReason() != null && !d.weighedReason().isBlank();
            if (counts && !weighed) {
                ladder.forceKhtnv(Reason.of(DISCIPLINE_IN_YEAR, d.form()));
            } else if (counts) {
                ladder.blockFrom(Level.HTXSNV, Reason.of(DISCIPLINE_WEIGHED, d.form(), d.weighedReason().strip()));
            } else {
                ladder.blockFrom(Level.HTXSNV, Reason.of(DISCIPLINE_BLOCKS_EXCELLENT, d.form()));
            }
        }
        if (facts.leadershipCollectiveDisciplined()) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(LEADERSHIP_DISCIPLINED_EXCELLENT));
        }
        if (facts.subordinateUnitsDisciplined() > 0) {
            ladder.blockFrom(Level.HTXSNV, Reason.of(SUBORDINATES_DISCIPLINED, facts.subordinateUnitsDisciplined(),
                    facts.subordinateUnits()));
        }
    }

    static boolean fromReprimandUp(String form) {
        if (form == null) {
            return true;
        }
        String normal = Normalizer.normalize(form.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return !BELOW_REPRIMAND.contains(normal);
    }
}
