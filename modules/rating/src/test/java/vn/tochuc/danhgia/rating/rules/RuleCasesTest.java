package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.Reason;
import vn.tochuc.danhgia.rating.RuleSet;

/**
 * The case tables: one row per rule and boundary of each regulation as read (docs/rating-rules.md). Each row gives
 * the level and the reason codes in the order a reader sees them, and every reason reads fully in both languages.
 */
class RuleCasesTest {

    private static final RuleSet QD124 = new Regulation124RuleSet();
    private static final RuleSet QD366 = new Regulation366RuleSet(true);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rules/qd124-cases.csv", numLinesToSkip = 1)
    void regulation124(String name, String kind, String points, String targets, String discipline, String facts,
                       String level, String reasons) {
        check(QD124, kind, points, targets, discipline, facts, level, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rules/qd366-cases.csv", numLinesToSkip = 1)
    void regulation366(String name, String kind, String points, String targets, String discipline, String facts,
                       String level, String reasons) {
        check(QD366, kind, points, targets, discipline, facts, level, reasons);
    }

    private static void check(RuleSet rules, String kind, String points, String targets, String discipline,
                              String facts, String level, String reasons) {
        RatingOutcome outcome = rules.rate(CaseFacts.read(kind, points, targets, discipline, facts));

        assertAll(
                () -> assertEquals(Level.valueOf(level), outcome.level(), "level"),
                () -> assertEquals(CaseFacts.items(reasons, " "),
                        outcome.reasons().stream().map(Reason::code).toList(), "reasons"),
                () -> outcome.reasons().forEach(RuleCasesTest::readsInBothLanguages));
    }

    static void readsInBothLanguages(Reason reason) {
        for (var locale : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
            String text = Messages.get(locale, "rating.reason." + reason.code(), reason.args().toArray());
            assertFalse(text.startsWith("???") || text.contains("{"), locale + ": " + text);
        }
    }
}
