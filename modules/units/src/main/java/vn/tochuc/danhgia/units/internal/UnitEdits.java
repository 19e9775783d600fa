package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.units.UnitChanges;
import vn.tochuc.danhgia.units.UnitCreated;
import vn.tochuc.danhgia.units.UnitDeactivated;
import vn.tochuc.danhgia.units.UnitDraft;
import vn.tochuc.danhgia.units.UnitUpdated;
import vn.tochuc.danhgia.units.UnitView;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitRepository;
import vn.tochuc.danhgia.units.domain.UnitRules;

/** Creates, changes and deactivates single units by hand; each change is audited and announced as an event. */
@ApplicationScoped
public class UnitEdits {

    /** Units created by hand sort after imported ones, whose order follows their file. */
    static final int MANUAL_SORT_ORDER = 100_000;

    @Inject
    UnitRepository repository;

    @Inject
    UnitChecks checks;

    @Inject
    UnitViews views;

    @Inject
    Event<UnitCreated> created;

    @Inject
    Event<UnitUpdated> updated;

    @Inject
    Event<UnitDeactivated> deactivated;

    @Inject
    AuditLog audit;

    UnitView create(UnitDraft draft) {
        String code = UnitRules.normalizeCode(draft.code());
        String name = UnitRules.blankToNull(draft.name());
        String group = UnitRules.normalizeCode(UnitRules.blankToNull(draft.group()));
        String parent = UnitRules.normalizeCode(UnitRules.blankToNull(draft.parentCode()));
        Checks found = Checks.start();
        UnitRules.checkCode(found, "code", code);
        checks.checkCommon(found, name, group);
        checks.checkNewParent(found, code, parent);
        found.throwIfAny();
        if (repository.find(code).isPresent()) {
            throw AppException.conflict("units.error.code-taken", code);
        }
        Unit unit = new Unit(code, name, group, parent, MANUAL_SORT_ORDER, Instant.now());
        repository.add(unit);
        repository.flush();
        audit.record(AuditEvent.created("unit", code, UnitSnapshot.of(unit)));
        created.fire(new UnitCreated(code));
        return views.view(unit);
    }

    UnitView update(String code, UnitChanges changes) {
        Unit unit = checks.existing(code);
        String name = UnitRules.blankToNull(changes.name());
        String group = UnitRules.normalizeCode(UnitRules.blankToNull(changes.group()));
        String parent = UnitRules.normalizeCode(UnitRules.blankToNull(changes.parentCode()));
        Checks found = Checks.start().required("version", changes.version());
        checks.checkCommon(found, name, group);
        checks.checkParent(found, unit.code(), parent);
        found.throwIfAny();
        UnitChecks.checkVersion(unit, changes.version());
        UnitSnapshot before = UnitSnapshot.of(unit);
        Instant now = Instant.now();
        unit.change(name, group, parent, now);
        if (changes.active() != null && changes.active() != unit.active()) {
            if (!changes.active()) {
                checks.requireNoActiveChildren(unit.code());
            }
            unit.setActive(changes.active(), now);
        }
        repository.flush();
        audit.record(AuditEvent.updated("unit", unit.code(), before, UnitSnapshot.of(unit)));
        updated.fire(new UnitUpdated(unit.code()));
        return views.view(unit);
    }

    /** Deactivating an inactive unit changes nothing and is not audited again. */
    UnitView deactivate(String code, Long version) {
        Unit unit = checks.existing(code);
        if (version != null) {
            UnitChecks.checkVersion(unit, version);
        }
        if (!unit.active()) {
            return views.view(unit);
        }
        checks.requireNoActiveChildren(unit.code());
        UnitSnapshot before = UnitSnapshot.of(unit);
        unit.setActive(false, Instant.now());
        repository.flush();
        audit.record(new AuditEvent("DEACTIVATE", "unit", unit.code(), "", before, UnitSnapshot.of(unit)));
        deactivated.fire(new UnitDeactivated(unit.code()));
        return views.view(unit);
    }
}
