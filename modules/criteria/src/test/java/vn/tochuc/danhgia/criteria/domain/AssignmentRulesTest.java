package vn.tochuc.danhgia.criteria.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    static final List<Assignment> YEAR = List.of(
            Assignment.ofUnit(2026, "so-tai-chinh", "STC", "admin", NOW),
            Assignment.ofGroup(2026, "tham-muu-tu", "THAM_MUU_TU", "admin", NOW));

    @Test
    void refusesAUnitThatAlreadyHasAnotherPluginThatYear() {
        AssignmentPlan plan = AssignmentPlan.of("so-giao-duc", Set.of("STC", "SGDDT"), Set.of(), YEAR);

        assertTrue(plan.conflicting());
        assertEquals("STC", plan.conflicts().get(0).unitCode());
    }

    @Test
    void refusesAGroupThatAlreadyHasAnotherPluginThatYear() {
        assertTrue(AssignmentPlan.of("khac", Set.of(), Set.of("THAM_MUU_TU"), YEAR).conflicting());
    }

    @Test
    void assigningTheSamePluginAgainChangesNothing() {
        AssignmentPlan plan = AssignmentPlan.of("so-tai-chinh", Set.of("STC", "SYT"), Set.of(), YEAR);

        assertFalse(plan.conflicting());
        assertEquals(List.of("SYT"), plan.newUnits());
    }

    @Test
    void aUnitsOwnAssignmentWinsOverItsGroups() {
        Coverage coverage = new Coverage(List.of(
                Assignment.ofGroup(2026, "so-nganh", "SO_NGANH", "admin", NOW),
                Assignment.ofUnit(2026, "so-tai-chinh", "STC", "admin", NOW)));

        assertEquals("so-tai-chinh", coverage.of("STC", "SO_NGANH").orElseThrow().pluginId());
        assertEquals("so-nganh", coverage.of("SYT", "SO_NGANH").orElseThrow().pluginId());
        assertTrue(coverage.of("VPTU", "THAM_MUU_TU").isEmpty());
    }
}
