package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.domain.UnitGroup;
import vn.tochuc.danhgia.units.domain.UnitRepository;
import vn.tochuc.danhgia.units.domain.UnitRules;

/** Recipient groups: lists them with their count of active units, creates or renames one (audited). */
@ApplicationScoped
public class UnitGroupEdits {

    @Inject
    UnitRepository repository;

    @Inject
    AuditLog audit;

    /** Creates the group when its code is new; otherwise renames it, if the caller read its current version. */
    UnitGroupView save(UnitGroupDraft draft) {
        String code = UnitRules.normalizeCode(UnitRules.blankToNull(draft.code()));
        String name = UnitRules.blankToNull(draft.name());
        Checks checks = Checks.start();
        UnitRules.checkCode(checks, "code", code);
        UnitRules.checkName(checks, "name", name);
        checks.throwIfAny();
        int order = draft.sortOrder() == null ? 0 : draft.sortOrder();
        Optional<UnitGroup> found = repository.findGroup(code);
        UnitGroup group;
        if (found.isPresent()) {
            group = found.get();
            if (draft.version() == null || draft.version() != group.version()) {
                throw AppException.conflict("error.conflict.version", group.version(), draft.version());
            }
            String before = group.name();
            group.rename(name, order);
            repository.flush();
            audit.record(AuditEvent.updated("unit-group", code, Map.of("name", before), Map.of("name", name)));
        } else {
            group = new UnitGroup(code, name, order);
            repository.addGroup(group);
            repository.flush();
            audit.record(AuditEvent.created("unit-group", code, Map.of("name", name, "sortOrder", order)));
        }
        return view(group, repository.activeCountByGroup());
    }

    List<UnitGroupView> groups() {
        Map<String, Long> counts = repository.activeCountByGroup();
        return repository.groups().stream().map(g -> view(g, counts)).toList();
    }

    private static UnitGroupView view(UnitGroup g, Map<String, Long> activeCounts) {
        return new UnitGroupView(g.code(), g.name(), g.sortOrder(), activeCounts.getOrDefault(g.code(), 0L),
                g.version());
    }
}
