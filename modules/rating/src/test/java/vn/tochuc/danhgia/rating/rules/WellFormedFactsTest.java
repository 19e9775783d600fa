package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.rating.CriterionScore;
import vn.tochuc.danhgia.rating.DisciplineRecord;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.TargetOutcome;

/** A rule set never throws on well-formed facts, and every reason it gives reads in both languages. */
class WellFormedFactsTest {

    @Test
    void anyWellFormedFactsGetALevelAndReadableReasons() {
        Random random = new Random(20251231L);
        RuleSet[] all = {new Regulation124RuleSet(), new Regulation366RuleSet(true), new Regulation366RuleSet(false)};
        for (int i = 0; i < 3000; i++) {
            RatingFacts facts = randomFacts(random);
            for (RuleSet rules : all) {
                RatingOutcome outcome = rules.rate(facts);
                assertNotNull(outcome.level());
                outcome.reasons().forEach(RuleCasesTest::readsInBothLanguages);
            }
        }
    }

    /** 0 to max in steps of 0.25. */
    private static BigDecimal quarters(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 4 + 1)).divide(BigDecimal.valueOf(4));
    }

    private static RatingFacts randomFacts(Random r) {
        SubjectKind[] kinds = SubjectKind.values();
        TargetOutcome[] outcomes = TargetOutcome.values();
        var b = RatingFacts.builder(kinds[r.nextInt(kinds.length)])
                .criterion(new CriterionScore("G", quarters(r, 30), BigDecimal.valueOf(30), false))
                .criterion(new CriterionScore("T", quarters(r, 70), BigDecimal.valueOf(70), true));
        for (int t = r.nextInt(12); t > 0; t--) {
            b.target(outcomes[r.nextInt(outcomes.length)]);
        }
        for (int t = r.nextInt(4); t > 0; t--) {
            b.ledUnitTarget(outcomes[r.nextInt(outcomes.length)]);
        }
        for (int d = r.nextInt(3); d > 0; d--) {
            b.discipline(new DisciplineRecord(r.nextBoolean() ? "khiển trách" : "phê bình", LocalDate.of(2025, 6, 1),
                    r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? "Đã xem xét" : null));
        }
        int subs = r.nextInt(6);
        int led = r.nextInt(4);
        int votes = r.nextInt(20);
        int shortcomings = r.nextInt(4);
        Level[] levels = Level.values();
        return b.subordinateUnits(subs, subs == 0 ? 0 : r.nextInt(subs + 1))
                .leadershipCollectiveDisciplined(r.nextInt(10) == 0)
                .ledUnitsTargetsMetPercent(r.nextBoolean() ? null : quarters(r, 100))
                .disunityOrDegradation(r.nextInt(10) == 0)
                .ledUnits(led, led == 0 ? 0 : r.nextInt(led + 1))
                .confidenceVotes(votes, votes == 0 ? 0 : r.nextInt(votes + 1))
                .earlierShortcomings(shortcomings, shortcomings == 0 ? 0 : r.nextInt(shortcomings + 1))
                .targetsForceMajeure(r.nextInt(10) == 0)
                .socioEconomicTargetsMissed(r.nextInt(10) == 0)
                .headedCollectiveLevel(r.nextBoolean() ? null : levels[r.nextInt(levels.length)])
                .build();
    }
}
