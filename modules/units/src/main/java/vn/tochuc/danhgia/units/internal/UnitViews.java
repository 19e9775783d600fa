package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.tochuc.danhgia.units.UnitView;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitRepository;

/** Turns units into the API's views, each with its group's name (the code where the group is unknown). */
@ApplicationScoped
public class UnitViews {

    @Inject
    UnitRepository repository;

    /** The names of all groups by code; read once for a list of units rather than once per unit. */
    Map<String, String> groupNames() {
        Map<String, String> names = new HashMap<>();
        repository.groups().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    UnitView view(Unit unit) {
        return view(unit, groupNames());
    }

    static UnitView view(Unit u, Map<String, String> groupNames) {
        return new UnitView(u.code(), u.name(), u.groupCode(), groupNames.getOrDefault(u.groupCode(), u.groupCode()),
                u.parentCode(), u.active(), u.version());
    }
}
