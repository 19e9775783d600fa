package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.criteria.PluginSigner;
import vn.tochuc.danhgia.criteria.PluginVersionView;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.domain.AssignmentRepository;
import vn.tochuc.danhgia.criteria.domain.Coverage;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.SemVer;
import vn.tochuc.danhgia.criteria.domain.SnapshotRepository;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/** Builds {@link PluginView}s: versions newest first, record uses, and the units using each plugin this year. */
@ApplicationScoped
public class PluginViews {

    @Inject
    PluginRepository plugins;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    AssignmentRepository assignments;

    @Inject
    UnitDirectory units;

    @Inject
    PluginSignatures signatures;

    public List<PluginView> all() {
        Map<String, List<PluginVersion>> versions = plugins.allVersions().stream()
                .collect(Collectors.groupingBy(PluginVersion::pluginId));
        Map<String, Long> uses = snapshots.usesByVersion();
        Map<String, List<String>> using = unitsUsing(currentYear());
        return plugins.plugins().stream()
                .map(p -> view(p, versions.getOrDefault(p.pluginId(), List.of()), uses, using)).toList();
    }

    public Optional<PluginView> one(String pluginId) {
        return plugins.plugin(pluginId).map(p -> view(p, plugins.versions(pluginId), snapshots.usesByVersion(),
                unitsUsing(currentYear())));
    }

    static int currentYear() {
        return LocalDate.now(Zones.VIETNAM).getYear();
    }

    private PluginView view(PluginRecord p, List<PluginVersion> versions, Map<String, Long> uses,
            Map<String, List<String>> using) {
        List<PluginVersionView> views = versions.stream()
                .sorted(Comparator.comparing(PluginVersion::version, SemVer.ORDER).reversed())
                .map(v -> version(v, v.version().equals(p.activeVersion()),
                        uses.getOrDefault(v.pluginId() + "@" + v.version(), 0L)))
                .toList();
        return new PluginView(p.pluginId(), p.displayName(), p.activeVersion(), p.previousVersion(), p.revision(),
                using.getOrDefault(p.pluginId(), List.of()), views);
    }

    PluginVersionView version(PluginVersion v, boolean active, long uses) {
        PluginSigner signer = signatures.of(v.sha256()).orElse(null);
        return new PluginVersionView(v.pluginId(), v.version(), v.displayName(), v.state(), active, v.spiVersion(),
                v.sha256(), v.fileName(), v.sizeBytes(), v.regulation(), v.yearFrom(), v.yearTo(), v.unitCodes(),
                v.groupCodes(), v.installedBy(), v.installedAt(), v.stateChangedAt(), v.stateReason(),
                FindingsJson.read(v.reportJson()), uses, signer != null, signer);
    }

    /** Plugin id to the active units whose framework it provides in a year. */
    Map<String, List<String>> unitsUsing(int year) {
        Coverage coverage = new Coverage(assignments.ofYear(year));
        Map<String, List<String>> using = new HashMap<>();
        for (UnitView unit : units.active()) {
            coverage.of(unit.code(), unit.group()).ifPresent(a ->
                    using.computeIfAbsent(a.pluginId(), k -> new ArrayList<>()).add(unit.code()));
        }
        return using;
    }
}
