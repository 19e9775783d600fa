package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tochuc.danhgia.rating.RuleSet;

class DefaultRuleSetsTest {

    private final DefaultRuleSets ruleSets = new DefaultRuleSets();

    @ParameterizedTest(name = "{0} opens with {1}")
    @CsvSource({"2023, QD124", "2024, QD124", "2025, QD366", "2026, QD366", "2040, QD366"})
    void aYearOpensWithTheRegulationInForce(int year, String id) {
        RuleSet rules = ruleSets.forYear(year).orElseThrow();

        assertEquals(id, rules.id());
        assertEquals(1, rules.version());
    }

    @Test
    void yearsBefore124HaveNoRuleSet() {
        assertEquals(Optional.empty(), ruleSets.forYear(2022).map(RuleSet::id));
    }

    @Test
    void aCycleFindsItsRecordedRuleSetByIdAndVersion() {
        assertEquals("QD124", ruleSets.byId("QD124", 1).orElseThrow().id());
        assertEquals("QD366", ruleSets.byId("QD366", 1).orElseThrow().id());
        assertTrue(ruleSets.byId("QD366", 2).isEmpty());
        assertTrue(ruleSets.byId("QD132", 1).isEmpty());
    }

    @Test
    void bothRuleSetsScoreInQuartersWithATwentyPercentQuota() {
        for (String id : new String[] {"QD124", "QD366"}) {
            RuleSet rules = ruleSets.byId(id, 1).orElseThrow();
            assertEquals(0, new BigDecimal("0.25").compareTo(rules.pointStep()), id);
            assertEquals(20, rules.quotaPercent(), id);
        }
    }

    @Test
    void theChiefIsCappedUnder124AndByTheProvincesRuleUnder366() {
        assertTrue(ruleSets.byId("QD124", 1).orElseThrow().chiefCappedByCollective());
        assertTrue(ruleSets.byId("QD366", 1).orElseThrow().chiefCappedByCollective());
    }

    @Test
    void regulation366AllowsTwentyFivePercentByARecordedException() {
        var rules = (Regulation366RuleSet) ruleSets.byId("QD366", 1).orElseThrow();

        assertEquals(25, rules.exceptionalQuotaPercent());
    }
}
