package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.AssignedFramework;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkStatus;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.UnitCoverage;
import vn.tochuc.danhgia.criteria.UnitFrameworks;
import vn.tochuc.danhgia.criteria.domain.Assignment;
import vn.tochuc.danhgia.criteria.domain.AssignmentRepository;
import vn.tochuc.danhgia.criteria.domain.Coverage;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/** Answers from the database and the parsed-framework cache; never calls plugin code. */
@ApplicationScoped
public class DefaultFrameworkCatalog implements FrameworkCatalog {

    @Inject
    PluginRepository plugins;

    @Inject
    AssignmentRepository assignments;

    @Inject
    UnitDirectory units;

    @Inject
    FrameworkCache cache;

    @Inject
    UnitAccess access;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AssignedFramework> frameworkFor(String unitCode, int year, SubjectType subjectType) {
        return units.find(unitCode).flatMap(unit -> serving(unit, year))
                .flatMap(v -> Optional.ofNullable(cache.of(v.id()).get(subjectType))
                        .map(tree -> new AssignedFramework(v.pluginId(), v.version(), v.displayName(), tree)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitFrameworks frameworksOf(String unitCode, int year) {
        UnitView unit = units.find(unitCode)
                .orElseThrow(() -> AppException.notFound("criteria.error.unit-not-found", unitCode));
        access.requireMayRead(unit.code());
        Optional<Assignment> assignment = new Coverage(assignments.ofYear(year)).of(unit.code(), unit.group());
        Optional<PluginVersion> version = assignment.flatMap(a -> active(a.pluginId()));
        UnitCoverage coverage = coverage(unit, year, assignment.orElse(null), version.orElse(null));
        List<FrameworkTree> frameworks = coverage.status() == FrameworkStatus.OK ? ordered(cache.of(version.get().id()))
                : List.of();
        return new UnitFrameworks(coverage, version.map(PluginVersion::displayName).orElse(""), frameworks);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitFrameworks> allFrameworks(int year) {
        Coverage coverage = new Coverage(assignments.ofYear(year));
        Map<String, PluginVersion> active = activeVersions();
        List<UnitFrameworks> all = new ArrayList<>();
        for (UnitView unit : units.active()) {
            Assignment a = coverage.of(unit.code(), unit.group()).orElse(null);
            PluginVersion v = a == null ? null : active.get(a.pluginId());
            UnitCoverage c = coverage(unit, year, a, v);
            all.add(new UnitFrameworks(c, v == null ? "" : v.displayName(),
                    c.status() == FrameworkStatus.OK ? ordered(cache.of(v.id())) : List.of()));
        }
        return all;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitCoverage> coverage(int year) {
        Coverage coverage = new Coverage(assignments.ofYear(year));
        Map<String, PluginVersion> active = activeVersions();
        List<UnitCoverage> rows = new ArrayList<>();
        for (UnitView unit : units.active()) {
            Assignment a = coverage.of(unit.code(), unit.group()).orElse(null);
            rows.add(coverage(unit, year, a, a == null ? null : active.get(a.pluginId())));
        }
        return rows;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignedFramework framework(String pluginId, String version, SubjectType subjectType) {
        PluginRecord plugin = plugins.plugin(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
        String wanted = version == null || version.isBlank() ? plugin.activeVersion() : version;
        PluginVersion v = wanted == null ? null : plugins.version(pluginId, wanted).orElse(null);
        if (v == null) {
            throw AppException.notFound("criteria.error.version-not-found", pluginId, String.valueOf(wanted));
        }
        FrameworkTree tree = cache.of(v.id()).get(subjectType);
        if (tree == null) {
            throw AppException.notFound("criteria.error.version-not-found", pluginId, wanted);
        }
        return new AssignedFramework(pluginId, v.version(), v.displayName(), tree);
    }

    /** Whether, and why not, a unit has frameworks for a year; no access check (callers have made theirs). */
    UnitCoverage coverageOf(String unitCode, int year) {
        UnitView unit = units.find(unitCode).orElse(null);
        if (unit == null) {
            return null;
        }
        Optional<Assignment> a = new Coverage(assignments.ofYear(year)).of(unit.code(), unit.group());
        return coverage(unit, year, a.orElse(null), a.flatMap(x -> active(x.pluginId())).orElse(null));
    }

    /** Collective, chief, deputy. */
    private static List<FrameworkTree> ordered(Map<SubjectType, FrameworkTree> trees) {
        List<FrameworkTree> list = new ArrayList<>();
        for (SubjectType subject : SubjectType.values()) {
            Optional.ofNullable(trees.get(subject)).ifPresent(list::add);
        }
        return list;
    }

    private Optional<PluginVersion> serving(UnitView unit, int year) {
        return new Coverage(assignments.ofYear(year)).of(unit.code(), unit.group())
                .flatMap(a -> active(a.pluginId()))
                .filter(v -> v.state() == PluginState.ENABLED);
    }

    private Optional<PluginVersion> active(String pluginId) {
        return plugins.plugin(pluginId).filter(p -> p.activeVersion() != null)
                .flatMap(p -> plugins.version(pluginId, p.activeVersion()));
    }

    private Map<String, PluginVersion> activeVersions() {
        Map<String, String> activeOf = new HashMap<>();
        plugins.plugins().forEach(p -> activeOf.put(p.pluginId(), p.activeVersion()));
        Map<String, PluginVersion> active = new HashMap<>();
        for (PluginVersion v : plugins.allVersions()) {
            if (v.version().equals(activeOf.get(v.pluginId()))) {
                active.put(v.pluginId(), v);
            }
        }
        return active;
    }

    private static UnitCoverage coverage(UnitView unit, int year, Assignment a, PluginVersion v) {
        if (a == null) {
            return new UnitCoverage(unit.code(), unit.name(), unit.group(), year, FrameworkStatus.NOT_ASSIGNED, null,
                    null, null);
        }
        FrameworkStatus status = v != null && v.state() == PluginState.ENABLED ? FrameworkStatus.OK
                : FrameworkStatus.PLUGIN_UNAVAILABLE;
        return new UnitCoverage(unit.code(), unit.name(), unit.group(), year, status, a.pluginId(),
                v == null ? null : v.version(), a.forUnit() ? UnitCoverage.VIA_UNIT : UnitCoverage.VIA_GROUP);
    }
}
