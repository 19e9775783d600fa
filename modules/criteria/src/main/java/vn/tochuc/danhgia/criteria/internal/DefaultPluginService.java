package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.tochuc.danhgia.criteria.DropInRefusal;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.InstallResult;
import vn.tochuc.danhgia.criteria.PluginRefused;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.SemVer;
import vn.tochuc.danhgia.criteria.domain.SnapshotRepository;
import vn.tochuc.danhgia.criteria.internal.PluginInstaller.Installed;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * The plugin operations. Each runs under the registry's lock (one plugin change at a time), checks before it writes,
 * and changes the loaded plugins only after its transaction has succeeded.
 */
@ApplicationScoped
public class DefaultPluginService implements PluginService {

    @Inject
    PluginBoot boot;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginInstaller installer;

    @Inject
    PluginWrites writes;

    @Inject
    PluginRepository repository;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    StoredVersions stored;

    @Inject
    PluginStore store;

    @Inject
    PluginViews views;

    @Inject
    FrameworkCache cache;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PluginView> plugins() {
        boot.ensureStarted();
        return views.all();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PluginView plugin(String pluginId) {
        boot.ensureStarted();
        return view(pluginId);
    }

    @Override
    public InstallResult install(String fileName, byte[] content) {
        boot.ensureStarted();
        return locked(() -> {
            Installed installed = installer.install(fileName, content);
            PluginView plugin = view(installed.version().pluginId());
            return new InstallResult(plugin, plugin.version(installed.version().version()).orElseThrow(),
                    installed.warnings().stream().map(FindingView::of).toList());
        });
    }

    @Override
    public PluginView enable(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            PluginRecord plugin = existing(pluginId, revision);
            String target = version == null || version.isBlank() ? activeOf(plugin) : version.strip();
            PluginVersion v = version(pluginId, target);
            boolean activate = !target.equals(plugin.activeVersion());
            if (loaded(v)) {
                if (activate) {
                    writes.recordActivated(pluginId, target, "ACTIVATE", revision);
                }
                return view(pluginId);
            }
            load(v, activate, activate ? "ACTIVATE" : "ENABLE", revision);
            return view(pluginId);
        });
    }

    @Override
    public PluginView disable(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            PluginRecord plugin = existing(pluginId, revision);
            if (version == null || version.isBlank()) {
                activeOf(plugin);
                writes.recordPluginDisabled(pluginId, revision)
                        .forEach(v -> registry.runtime().unload(new VersionKey(pluginId, v)));
                return view(pluginId);
            }
            String target = version.strip();
            PluginVersion v = version(pluginId, target);
            if (v.state() != PluginState.DISABLED) {
                writes.recordDisabled(pluginId, target, revision);
                registry.runtime().unload(new VersionKey(pluginId, target));
            }
            return view(pluginId);
        });
    }

    @Override
    public PluginView rollback(String pluginId, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            PluginRecord plugin = existing(pluginId, revision);
            PluginVersion target = rollbackTarget(plugin);
            if (loaded(target)) {
                writes.recordActivated(pluginId, target.version(), "ROLLBACK", revision);
            } else {
                load(target, true, "ROLLBACK", revision);
            }
            return view(pluginId);
        });
    }

    @Override
    public PluginView deleteVersion(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            PluginRecord plugin = existing(pluginId, revision);
            PluginVersion v = version(pluginId, version);
            long uses = snapshots.usesByVersion().getOrDefault(pluginId + "@" + version, 0L);
            long frozen = snapshots.snapshotsOf(pluginId, version);
            if (uses + frozen > 0) {
                throw AppException.conflict("criteria.error.version-in-use", pluginId, version,
                        Long.toString(Math.max(uses, frozen)));
            }
            if (version.equals(plugin.activeVersion()) && v.state() == PluginState.ENABLED) {
                throw AppException.conflict("criteria.error.version-active", pluginId, version);
            }
            boolean last = writes.recordDeleted(pluginId, version, revision);
            registry.runtime().unload(new VersionKey(pluginId, version));
            cache.evict(v.id());
            if (repository.countBySha(v.sha256()) == 0) {
                store.delete(v.sha256());
            }
            return last ? null : view(pluginId);
        });
    }

    @Override
    public List<DropInRefusal> scanPluginsDirectory() {
        boot.ensureStarted();
        boot.scanDropIns();
        return boot.refusals();
    }

    @Override
    public List<DropInRefusal> refusedDropIns() {
        return boot.refusals();
    }

    /** Loads a stored version again; on failure it is marked FAILED (or MISSING) and the call is refused. */
    private void load(PluginVersion v, boolean activate, String action, Long revision) {
        Reload reload = stored.load(v);
        if (!reload.ok()) {
            writes.recordFailure(v.pluginId(), v.version(), reload.failure(), reload.findings());
            if (reload.failure() == PluginState.MISSING) {
                throw AppException.conflict("criteria.error.version-missing", v.pluginId(), v.version());
            }
            throw new PluginRefused(ErrorKind.CONFLICT, "criteria.plugin.enable-refused", reload.findings());
        }
        try {
            writes.recordEnabled(v.pluginId(), v.version(), activate, reload.findings(), action, revision);
        } catch (RuntimeException e) {
            registry.runtime().discard(reload.plugin());
            throw e;
        }
        registry.runtime().register(reload.plugin());
    }

    /** The version active before the last switch; else the newest one below the active one. */
    private PluginVersion rollbackTarget(PluginRecord plugin) {
        String active = activeOf(plugin);
        List<PluginVersion> usable = repository.versions(plugin.pluginId()).stream()
                .filter(v -> v.state() != PluginState.MISSING && !v.version().equals(active)).toList();
        return usable.stream().filter(v -> v.version().equals(plugin.previousVersion())).findFirst()
                .or(() -> usable.stream().filter(v -> SemVer.compare(v.version(), active) < 0)
                        .max(Comparator.comparing(PluginVersion::version, SemVer.ORDER)))
                .orElseThrow(() -> AppException.conflict("criteria.error.no-rollback-target", plugin.pluginId()));
    }

    private boolean loaded(PluginVersion v) {
        return v.state() == PluginState.ENABLED
                && registry.runtime().get(new VersionKey(v.pluginId(), v.version())).isPresent();
    }

    private PluginRecord existing(String pluginId, Long revision) {
        PluginRecord plugin = repository.plugin(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
        if (revision != null && !Objects.equals(revision, plugin.revision())) {
            throw AppException.conflict("error.conflict.version", plugin.revision(), revision);
        }
        return plugin;
    }

    private static String activeOf(PluginRecord plugin) {
        if (plugin.activeVersion() == null) {
            throw AppException.conflict("criteria.error.no-active-version", plugin.pluginId());
        }
        return plugin.activeVersion();
    }

    private PluginVersion version(String pluginId, String version) {
        return repository.version(pluginId, version)
                .orElseThrow(() -> AppException.notFound("criteria.error.version-not-found", pluginId, version));
    }

    private PluginView view(String pluginId) {
        return views.one(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
    }

    private <T> T locked(Supplier<T> work) {
        registry.lock().lock();
        try {
            return work.get();
        } finally {
            registry.lock().unlock();
        }
    }
}
