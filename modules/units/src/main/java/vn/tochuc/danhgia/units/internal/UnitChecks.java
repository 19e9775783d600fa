package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.domain.Hierarchy;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitRepository;
import vn.tochuc.danhgia.units.domain.UnitRules;

/**
 * The checks of a unit's creation or change that need the stored units: the group and the parent exist, the
 * hierarchy has no cycle, a unit with active children stays active, and the caller changes the version it read.
 */
@ApplicationScoped
public class UnitChecks {

    @Inject
    UnitRepository repository;

    void checkCommon(Checks checks, String name, String group) {
        UnitRules.checkName(checks, "name", name);
        checks.required("group", group);
        if (group != null && repository.findGroup(group).isEmpty()) {
            checks.add(FieldError.of("group", "units.error.group-unknown", group));
        }
    }

    /** A new unit's parent: not itself and known; a new unit cannot close a cycle. */
    void checkNewParent(Checks checks, String code, String parent) {
        if (parent != null && parent.equals(code)) {
            checks.add(FieldError.of("parentCode", "units.error.parent-self"));
        } else if (parent != null && repository.find(parent).isEmpty()) {
            checks.add(FieldError.of("parentCode", "units.error.parent-unknown", parent));
        }
    }

    /** A changed unit's parent: as for a new one, and the hierarchy must stay free of cycles. */
    void checkParent(Checks checks, String code, String parent) {
        if (parent == null) {
            return;
        }
        if (parent.equals(code)) {
            checks.add(FieldError.of("parentCode", "units.error.parent-self"));
        } else if (repository.find(parent).isEmpty()) {
            checks.add(FieldError.of("parentCode", "units.error.parent-unknown", parent));
        } else {
            Map<String, String> parentOf = new HashMap<>();
            repository.all().forEach(u -> parentOf.put(u.code(), u.parentCode()));
            parentOf.put(code, parent);
            if (new Hierarchy(parentOf).hasCycleThrough(code)) {
                checks.add(FieldError.of("parentCode", "units.error.cycle", code, parent));
            }
        }
    }

    void requireNoActiveChildren(String code) {
        List<Unit> children = repository.activeChildren(code);
        if (!children.isEmpty()) {
            throw AppException.conflict("units.error.has-active-children", code,
                    String.join(", ", children.stream().map(Unit::code).toList()));
        }
    }

    static void checkVersion(Unit unit, Long sent) {
        if (sent == null || sent != unit.version()) {
            throw AppException.conflict("error.conflict.version", unit.version(), sent);
        }
    }

    /** The unit to change, locked for the rest of the transaction. */
    Unit existing(String code) {
        return repository.findForUpdate(UnitRules.normalizeCode(code))
                .orElseThrow(() -> AppException.notFound("units.error.not-found", code));
    }
}
