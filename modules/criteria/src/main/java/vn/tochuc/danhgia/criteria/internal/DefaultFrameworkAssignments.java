package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.criteria.AssignmentDraft;
import vn.tochuc.danhgia.criteria.AssignmentView;
import vn.tochuc.danhgia.criteria.FrameworkAssigned;
import vn.tochuc.danhgia.criteria.FrameworkAssignments;
import vn.tochuc.danhgia.criteria.FrameworkUnassigned;
import vn.tochuc.danhgia.criteria.domain.Assignment;
import vn.tochuc.danhgia.criteria.domain.AssignmentPlan;
import vn.tochuc.danhgia.criteria.domain.AssignmentRepository;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Assignments, all or nothing: every code, the plugin's declared units and years, and conflicts with the year's
 * other assignments are checked before anything is written. The unique keys of the table back the conflict check up
 * against concurrent requests.
 */
@ApplicationScoped
public class DefaultFrameworkAssignments implements FrameworkAssignments {

    static final String ENTITY = "criteria-assignment";

    @Inject
    AssignmentRepository repository;

    @Inject
    PluginRepository plugins;

    @Inject
    UnitDirectory units;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<FrameworkAssigned> assigned;

    @Inject
    Event<FrameworkUnassigned> unassigned;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentView> list(int year) {
        Map<String, String> names = targetNames();
        return repository.ofYear(year).stream().map(a -> view(a, names)).toList();
    }

    @Override
    @Transactional
    public List<AssignmentView> assign(AssignmentDraft draft) {
        Set<String> unitCodes = codes(draft.unitCodes());
        Set<String> groupCodes = codes(draft.groupCodes());
        Integer year = draft.year();
        Checks checks = Checks.start().required("year", year).required("pluginId", draft.pluginId());
        checks.when(year != null && (year < 2000 || year > 2100), "year", "criteria.error.year");
        checks.when(unitCodes.isEmpty() && groupCodes.isEmpty(), "unitCodes", "criteria.error.no-target");
        checks.throwIfAny();
        PluginVersion version = activeVersion(draft.pluginId().strip());
        checkTargets(version, year, unitCodes, groupCodes);
        AssignmentPlan plan = AssignmentPlan.of(version.pluginId(), unitCodes, groupCodes, repository.ofYear(year));
        if (plan.conflicting()) {
            throw AppException.conflict("criteria.error.assign-conflict", Integer.toString(year),
                    String.join(", ", plan.conflicts().stream().map(a -> (a.forUnit() ? a.unitCode() : a.groupCode())
                            + " → " + a.pluginId()).toList()));
        }
        Instant now = Instant.now();
        List<Assignment> created = new ArrayList<>();
        plan.newGroups().forEach(g -> created.add(Assignment.ofGroup(year, version.pluginId(), g, caller.username(),
                now)));
        plan.newUnits().forEach(u -> created.add(Assignment.ofUnit(year, version.pluginId(), u, caller.username(),
                now)));
        created.forEach(repository::add);
        repository.flush();
        Map<String, String> names = targetNames();
        for (Assignment a : created) {
            audit.record(AuditEvent.created(ENTITY, Long.toString(a.id()), snapshot(a)));
            assigned.fire(new FrameworkAssigned(a.year(), a.pluginId(), a.unitCode(), a.groupCode()));
        }
        return created.stream().map(a -> view(a, names)).toList();
    }

    @Override
    @Transactional
    public void remove(long assignmentId) {
        Assignment a = repository.find(assignmentId)
                .orElseThrow(() -> AppException.notFound("criteria.error.assignment-not-found", Long.toString(assignmentId)));
        Map<String, Object> before = snapshot(a);
        repository.remove(a);
        repository.flush();
        audit.record(AuditEvent.deleted(ENTITY, Long.toString(assignmentId), before));
        unassigned.fire(new FrameworkUnassigned(a.year(), a.pluginId(), a.unitCode(), a.groupCode()));
    }

    private PluginVersion activeVersion(String pluginId) {
        PluginRecord plugin = plugins.plugin(pluginId)
                .orElseThrow(() -> AppException.invalid(List.of(FieldError.of("pluginId",
                        "criteria.error.plugin-not-found", pluginId))));
        if (plugin.activeVersion() == null) {
            throw AppException.invalid(List.of(FieldError.of("pluginId", "criteria.error.no-active-version",
                    pluginId)));
        }
        return plugins.version(pluginId, plugin.activeVersion()).orElseThrow();
    }

    /** Every code exists, the plugin declares it and applies to the year; all problems reported at once. */
    private void checkTargets(PluginVersion v, int year, Set<String> unitCodes, Set<String> groupCodes) {
        Checks checks = Checks.start();
        if (!v.appliesTo(year)) {
            checks.add(FieldError.of("year", "criteria.error.assign-years", v.pluginId(),
                    Integer.toString(v.yearFrom()), Integer.toString(v.yearTo()), Integer.toString(year)));
        }
        for (String code : unitCodes) {
            UnitView unit = units.find(code).filter(UnitView::active).orElse(null);
            if (unit == null) {
                checks.add(FieldError.of("unitCodes", "criteria.error.assign-unit-unknown", code));
            } else if (!v.serves(unit.code(), unit.group())) {
                checks.add(FieldError.of("unitCodes", "criteria.error.assign-not-served", v.pluginId(), code));
            }
        }
        Set<String> groups = new LinkedHashSet<>(units.groups().stream().map(UnitGroupView::code).toList());
        for (String code : groupCodes) {
            if (!groups.contains(code)) {
                checks.add(FieldError.of("groupCodes", "criteria.error.assign-group-unknown", code));
            } else if (!v.serves(null, code)) {
                checks.add(FieldError.of("groupCodes", "criteria.error.assign-not-served", v.pluginId(), code));
            }
        }
        checks.throwIfAny();
    }

    private static Set<String> codes(List<String> raw) {
        Set<String> codes = new LinkedHashSet<>();
        raw.stream().filter(c -> c != null && !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .forEach(codes::add);
        return codes;
    }

    private Map<String, String> targetNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.groups().forEach(g -> names.put("G:" + g.code(), g.name()));
        units.active().forEach(u -> names.put("U:" + u.code(), u.name()));
        return names;
    }

    private static AssignmentView view(Assignment a, Map<String, String> names) {
        String name = a.forUnit() ? names.getOrDefault("U:" + a.unitCode(), a.unitCode())
                : names.getOrDefault("G:" + a.groupCode(), a.groupCode());
        return new AssignmentView(a.id(), a.year(), a.pluginId(), a.unitCode(), a.groupCode(), name, a.createdBy(),
                a.createdAt());
    }

    private static Map<String, Object> snapshot(Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", a.year());
        m.put("pluginId", a.pluginId());
        m.put(a.forUnit() ? "unitCode" : "groupCode", a.forUnit() ? a.unitCode() : a.groupCode());
        return m;
    }
}
