package vn.tochuc.danhgia.criteria.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A year's assignments, indexed: a unit's own assignment wins over its group's. */
public final class Coverage {

    private final Map<String, Assignment> byUnit = new HashMap<>();
    private final Map<String, Assignment> byGroup = new HashMap<>();

    public Coverage(List<Assignment> ofYear) {
        for (Assignment a : ofYear) {
            if (a.forUnit()) {
                byUnit.put(a.unitCode(), a);
            } else {
                byGroup.put(a.groupCode(), a);
            }
        }
    }

    /** The assignment that decides a unit's plugin, if any. */
    public Optional<Assignment> of(String unitCode, String groupCode) {
        Assignment own = byUnit.get(unitCode);
        return Optional.ofNullable(own != null ? own : groupCode == null ? null : byGroup.get(groupCode));
    }
}
