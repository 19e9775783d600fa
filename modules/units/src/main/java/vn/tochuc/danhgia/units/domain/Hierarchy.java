package vn.tochuc.danhgia.units.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parent relation between units, checked for cycles. Cycles would make the hierarchy view loop and would let
 * a unit be its own ancestor, so no change may create one.
 */
public final class Hierarchy {

    private final Map<String, String> parentOf;

    /** @param parentOf every unit's parent code (or null), by unit code, with the proposed changes applied */
    public Hierarchy(Map<String, String> parentOf) {
        this.parentOf = parentOf;
    }

    /** True if following parents from {@code code} comes back to {@code code}. */
    public boolean hasCycleThrough(String code) {
        Set<String> seen = new HashSet<>();
        String current = parentOf.get(code);
        while (current != null) {
            if (current.equals(code) || !seen.add(current)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }
}
