package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportResult;
import vn.tochuc.danhgia.units.UnitChanges;
import vn.tochuc.danhgia.units.UnitCreated;
import vn.tochuc.danhgia.units.UnitDeactivated;
import vn.tochuc.danhgia.units.UnitDraft;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitUpdated;
import vn.tochuc.danhgia.units.UnitView;
import vn.tochuc.danhgia.units.domain.Hierarchy;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitGroup;
import vn.tochuc.danhgia.units.domain.UnitRepository;
import vn.tochuc.danhgia.units.domain.UnitRules;

@ApplicationScoped
public class DefaultUnitService implements UnitService {

    /** Units created by hand sort after imported ones, whose order follows their file. */
    static final int MANUAL_SORT_ORDER = 100_000;

    @Inject
    UnitRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    UnitImporter importer;

    @Inject
    Event<UnitCreated> created;

    @Inject
    Event<UnitUpdated> updated;

    @Inject
    Event<UnitDeactivated> deactivated;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitView> list(UnitQuery query) {
        Map<String, String> groupNames = groupNames();
        Page<Unit> page = repository.search(query);
        return new Page<>(page.items().stream().map(u -> view(u, groupNames)).toList(), page.total(), page.page(),
                page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code) {
        return repository.find(UnitRules.normalizeCode(code)).map(u -> view(u, groupNames()))
                .orElseThrow(() -> AppException.notFound("units.error.not-found", code));
    }

    @Override
    @Transactional
    public UnitView create(UnitDraft draft) {
        String code = UnitRules.normalizeCode(draft.code());
        String name = UnitRules.blankToNull(draft.name());
        String group = UnitRules.normalizeCode(UnitRules.blankToNull(draft.group()));
        String parent = UnitRules.normalizeCode(UnitRules.blankToNull(draft.parentCode()));
        Checks checks = Checks.start();
        UnitRules.checkCode(checks, "code", code);
        checkCommon(checks, name, group);
        if (parent != null && parent.equals(code)) {
            checks.add(FieldError.of("parentCode", "units.error.parent-self"));
        } else if (parent != null && repository.find(parent).isEmpty()) {
            checks.add(FieldError.of("parentCode", "units.error.parent-unknown", parent));
        }
        checks.throwIfAny();
        if (repository.find(code).isPresent()) {
            throw AppException.conflict("units.error.code-taken", code);
        }
        Unit unit = new Unit(code, name, group, parent, MANUAL_SORT_ORDER, Instant.now());
        repository.add(unit);
        repository.flush();
        audit.record(AuditEvent.created("unit", code, UnitSnapshot.of(unit)));
        created.fire(new UnitCreated(code));
        return view(unit, groupNames());
    }

    @Override
    @Transactional
    public UnitView update(String code, UnitChanges changes) {
        Unit unit = existing(code);
        String name = UnitRules.blankToNull(changes.name());
        String group = UnitRules.normalizeCode(UnitRules.blankToNull(changes.group()));
        String parent = UnitRules.normalizeCode(UnitRules.blankToNull(changes.parentCode()));
        Checks checks = Checks.start().required("version", changes.version());
        checkCommon(checks, name, group);
        checkParent(checks, unit.code(), parent);
        checks.throwIfAny();
        checkVersion(unit, changes.version());
        UnitSnapshot before = UnitSnapshot.of(unit);
        Instant now = Instant.now();
        unit.change(name, group, parent, now);
        if (changes.active() != null && changes.active() != unit.active()) {
            if (!changes.active()) {
                requireNoActiveChildren(unit.code());
            }
            unit.setActive(changes.active(), now);
        }
        repository.flush();
        audit.record(AuditEvent.updated("unit", unit.code(), before, UnitSnapshot.of(unit)));
        updated.fire(new UnitUpdated(unit.code()));
        return view(unit, groupNames());
    }

    @Override
    @Transactional
    public UnitView deactivate(String code, Long version) {
        Unit unit = existing(code);
        if (version != null) {
            checkVersion(unit, version);
        }
        if (!unit.active()) {
            return view(unit, groupNames());
        }
        requireNoActiveChildren(unit.code());
        UnitSnapshot before = UnitSnapshot.of(unit);
        unit.setActive(false, Instant.now());
        repository.flush();
        audit.record(new AuditEvent("DEACTIVATE", "unit", unit.code(), "", before, UnitSnapshot.of(unit)));
        deactivated.fire(new UnitDeactivated(unit.code()));
        return view(unit, groupNames());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitTreeNode> tree() {
        return UnitTrees.build(repository.all(), u -> view(u, groupNames()));
    }

    @Override
    @Transactional
    public UnitGroupView saveGroup(UnitGroupDraft draft) {
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
        return new UnitGroupView(group.code(), group.name(), group.sortOrder(),
                repository.activeCountByGroup().getOrDefault(code, 0L), group.version());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview previewImport(String fileName, byte[] content) {
        return importer.preview(fileName, content);
    }

    @Override
    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        return importer.apply(fileName, content);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitView> find(String code) {
        return repository.find(UnitRules.normalizeCode(code)).map(u -> view(u, groupNames()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> activeInGroups(Collection<String> groupCodes) {
        Map<String, String> names = groupNames();
        return repository.activeInGroups(groupCodes).stream().map(u -> view(u, names)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        repository.all().stream().filter(u -> codes.contains(u.code())).forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitGroupView> groups() {
        Map<String, Long> counts = repository.activeCountByGroup();
        return repository.groups().stream().map(g -> new UnitGroupView(g.code(), g.name(), g.sortOrder(),
                counts.getOrDefault(g.code(), 0L), g.version())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> active() {
        Map<String, String> names = groupNames();
        return repository.all().stream().filter(Unit::active).map(u -> view(u, names)).toList();
    }

    private void checkCommon(Checks checks, String name, String group) {
        UnitRules.checkName(checks, "name", name);
        checks.required("group", group);
        if (group != null && repository.findGroup(group).isEmpty()) {
            checks.add(FieldError.of("group", "units.error.group-unknown", group));
        }
    }

    private void checkParent(Checks checks, String code, String parent) {
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

    private void requireNoActiveChildren(String code) {
        List<Unit> children = repository.activeChildren(code);
        if (!children.isEmpty()) {
            throw AppException.conflict("units.error.has-active-children", code,
                    String.join(", ", children.stream().map(Unit::code).toList()));
        }
    }

    private static void checkVersion(Unit unit, Long sent) {
        if (sent == null || sent != unit.version()) {
            throw AppException.conflict("error.conflict.version", unit.version(), sent);
        }
    }

    private Unit existing(String code) {
        return repository.findForUpdate(UnitRules.normalizeCode(code))
                .orElseThrow(() -> AppException.notFound("units.error.not-found", code));
    }

    private Map<String, String> groupNames() {
        Map<String, String> names = new HashMap<>();
        repository.groups().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    static UnitView view(Unit u, Map<String, String> groupNames) {
        return new UnitView(u.code(), u.name(), u.groupCode(), groupNames.getOrDefault(u.groupCode(), u.groupCode()),
                u.parentCode(), u.active(), u.version());
    }
}
