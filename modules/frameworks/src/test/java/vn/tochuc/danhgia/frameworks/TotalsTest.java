package vn.tochuc.danhgia.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void addsEachConcretizedCriterionsTargetsAgainstItsRule() {
        Totals totals = Totals.of(Trees.twoConcretized(), Map.of(
                "1.a", List.of(Trees.target("Quán triệt nghị quyết", "10")),
                "2", List.of(Trees.target("Giải ngân", "17.5"), Trees.target("Thu ngân sách", "17.5"),
                        Trees.target("Quyết toán", "20"))));

        assertEquals(List.of("1.a", "2"), totals.criteria().stream().map(CriterionTotal::code).toList());
        CriterionTotal two = totals.criteria().get(1);
        assertEquals(0, new BigDecimal("55").compareTo(two.points()));
        assertEquals(0, new BigDecimal("15").compareTo(two.remaining()), "15 points still to distribute");
        assertFalse(two.addsUp());
        assertTrue(two.countOk());
        assertTrue(totals.criteria().get(0).addsUp());
        assertEquals(0, new BigDecimal("65").compareTo(totals.points()));
        assertEquals(0, new BigDecimal("80").compareTo(totals.max()));
        assertFalse(totals.complete());
    }

    @Test
    void fourTargetsAddingUpTo70CompleteTheCriterion() {
        Totals totals = Totals.of(Trees.twoConcretized(), Map.of(
                "1.a", List.of(Trees.target("A", "10")),
                "2", List.of(Trees.target("A", "17.5"), Trees.target("B", "17.5"), Trees.target("C", "17.5"),
                        Trees.target("D", "17.5"))));

        assertTrue(totals.complete());
        assertTrue(totals.addsUp());
    }

    @Test
    void countsTargetsWithoutPointsAsZeroAndIgnoresCriteriaTheFrameworkDoesNotConcretize() {
        Totals totals = Totals.of(Trees.twoConcretized(), Map.of(
                "2", List.of(Trees.target("A", null), Trees.target("B", "70")),
                "1.b", List.of(Trees.target("not concretized", "99"))));

        assertEquals(0, BigDecimal.valueOf(70).compareTo(totals.points()));
        assertEquals(2, totals.criteria().get(1).targets());
        assertFalse(totals.criteria().get(1).countOk(), "2 targets where 3 to 10 are needed");
        assertEquals(0, totals.criteria().get(0).targets());
    }
}
