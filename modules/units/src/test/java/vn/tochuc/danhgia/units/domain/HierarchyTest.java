package vn.tochuc.danhgia.units.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    @Test
    void findsALongCycle() {
        Map<String, String> parents = new HashMap<>();
        parents.put("A", "B");
        parents.put("B", "C");
        parents.put("C", "A");
        assertTrue(new Hierarchy(parents).hasCycleThrough("A"));
    }

    @Test
    void acceptsATreeAndAUnitWithoutParent() {
        Map<String, String> parents = new HashMap<>();
        parents.put("STC", "BCSD-UBND");
        parents.put("BCSD-UBND", "TU");
        parents.put("TU", null);
        Hierarchy hierarchy = new Hierarchy(parents);
        assertFalse(hierarchy.hasCycleThrough("STC"));
        assertFalse(hierarchy.hasCycleThrough("TU"));
    }
}
