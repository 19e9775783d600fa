package vn.tochuc.danhgia.units.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitView;
import vn.tochuc.danhgia.units.domain.Unit;

/** Builds the hierarchy from the flat list; a unit whose parent is unknown is shown at the top. */
final class UnitTrees {

    private UnitTrees() {}

    static List<UnitTreeNode> build(List<Unit> units, Function<Unit, UnitView> view) {
        Map<String, List<Unit>> children = new HashMap<>();
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            if (u.parentCode() == null || !byCode.containsKey(u.parentCode())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        return roots.stream().map(r -> node(r, children, view)).toList();
    }

    private static UnitTreeNode node(Unit unit, Map<String, List<Unit>> children, Function<Unit, UnitView> view) {
        List<UnitTreeNode> below = children.getOrDefault(unit.code(), List.of()).stream()
                .map(c -> node(c, children, view)).toList();
        return new UnitTreeNode(view.apply(unit), below);
    }
}
