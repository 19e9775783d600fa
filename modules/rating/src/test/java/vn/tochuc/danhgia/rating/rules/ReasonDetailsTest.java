package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.Reason;

/** What a unit reads: the arguments of the reasons and their texts. */
class ReasonDetailsTest {

    private static RatingOutcome rate124(String kind, String points, String targets, String discipline, String facts) {
        return new Regulation124RuleSet().rate(CaseFacts.read(kind, points, targets, discipline, facts));
    }

    private static RatingOutcome rate366(boolean capped, String kind, String points, String targets, String facts) {
        return new Regulation366RuleSet(capped).rate(CaseFacts.read(kind, points, targets, "-", facts));
    }

    private static String vi(Reason reason) {
        return Messages.get(Messages.VIETNAMESE, "rating.reason." + reason.code(), reason.args().toArray());
    }

    @Test
    void aMissedTargetReadsAsTheUnitExpects() {
        Reason reason = rate366(true, "COLLECTIVE", "95", "D6E3M1", "-").reasons().get(1);

        assertEquals("Thiếu 1 chỉ tiêu chưa hoàn thành → không đủ điều kiện HTNV", vi(reason));
    }

    @Test
    void pointsAreShownAsScoredAndSharesRoundedToOneDecimal() {
        assertEquals(List.of(Reason.of("points.below", "89.75", "90", "HTXSNV")),
                rate124("COLLECTIVE", "89.75", "-", "-", "-").reasons());
        assertEquals(List.of(Reason.of("targets.exceeded-share", "33.3", "50", "HTXSNV")),
                rate124("CHIEF", "95", "D2E1", "-", "-").reasons());
        assertEquals("Chỉ 33.3% chỉ tiêu hoàn thành vượt mức, cần ít nhất 50% → không đủ điều kiện HTXSNV",
                vi(rate124("CHIEF", "95", "D2E1", "-", "-").reasons().get(0)));
    }

    @Test
    void theDisciplineReasonNamesTheFormAndTheWeighing() {
        var outcome = new Regulation366RuleSet(true)
                .rate(CaseFacts.read("CHIEF", "95", "D7E3", "khiển trách+duty+self+weighed", "-"));

        assertEquals(List.of(Reason.of("discipline.weighed", "khiển trách", CaseFacts.WEIGHED_REASON)),
                outcome.reasons());
        assertEquals("Bị kỷ luật trong năm (khiển trách); cấp có thẩm quyền đã xem xét do tự phát hiện, khắc phục: "
                + "Tự phát hiện, khắc phục kịp thời → không đủ điều kiện HTXSNV", vi(outcome.reasons().get(0)));
    }

    @Test
    void subordinatesAreCountedInTheReason() {
        assertEquals(List.of(Reason.of("subordinates.disciplined-share", "21", "100")),
                rate124("COLLECTIVE", "95", "-", "-", "subs=100/21").reasons());
    }

    @Test
    void theCapNamesTheCollectivesLevel() {
        RatingOutcome outcome = rate366(true, "CHIEF", "95", "D7E3", "collective=HTTNV");

        assertEquals(List.of(Reason.of("chief.capped-by-collective", "HTTNV")), outcome.reasons());
        assertEquals("The collective the chief heads is rated HTTNV → the chief may not be rated higher",
                Messages.get(Messages.ENGLISH, "rating.reason.chief.capped-by-collective", "HTTNV"));
    }

    @Test
    void withoutTheProvincesRuleA366ChiefMayBeAboveTheCollective() {
        RatingOutcome outcome = rate366(false, "CHIEF", "95", "D7E3", "collective=HTTNV");

        assertEquals(Level.HTXSNV, outcome.level());
        assertFalse(new Regulation366RuleSet(false).chiefCappedByCollective());
    }
}
