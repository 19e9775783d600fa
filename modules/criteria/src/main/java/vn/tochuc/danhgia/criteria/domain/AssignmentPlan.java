package vn.tochuc.danhgia.criteria.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What assigning a plugin to units and groups for a year would do, given that year's assignments: which rows to
 * add, which already exist (assigning the same plugin again is a no-op) and which conflict (the unit or group has
 * another plugin that year).
 */
public record AssignmentPlan(List<String> newUnits, List<String> newGroups, List<Assignment> conflicts) {

    public static AssignmentPlan of(String pluginId, Set<String> units, Set<String> groups, List<Assignment> ofYear) {
        Set<String> newUnits = new LinkedHashSet<>(units);
        Set<String> newGroups = new LinkedHashSet<>(groups);
        List<Assignment> conflicts = new ArrayList<>();
        for (Assignment existing : ofYear) {
            boolean unitHit = existing.forUnit() && units.contains(existing.unitCode());
            boolean groupHit = !existing.forUnit() && groups.contains(existing.groupCode());
            if (!unitHit && !groupHit) {
                continue;
            }
            if (existing.pluginId().equals(pluginId)) {
                newUnits.remove(existing.unitCode());
                newGroups.remove(existing.groupCode());
            } else {
                conflicts.add(existing);
            }
        }
        return new AssignmentPlan(List.copyOf(newUnits), List.copyOf(newGroups), List.copyOf(conflicts));
    }

    public boolean conflicting() {
        return !conflicts.isEmpty();
    }
}
