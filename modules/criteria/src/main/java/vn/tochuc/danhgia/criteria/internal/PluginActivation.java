package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import vn.tochuc.danhgia.criteria.PluginRefused;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.SemVer;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * Which versions of a plugin run: enabling or activating one (loaded again from its stored JAR with every check,
 * unless it is running), disabling one or the whole plugin, and rolling back to the version before. Runs under the
 * registry's lock, taken by the caller; the loaded plugins change only after the database change succeeded.
 */
@ApplicationScoped
public class PluginActivation {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginWrites writes;

    @Inject
    PluginVersionWrites versionWrites;

    @Inject
    PluginRepository repository;

    @Inject
    StoredVersions stored;

    /** Switches back to the version active before the last switch, or else the newest one below it. */
    void rollback(String pluginId, Long revision) {
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        PluginVersion target = rollbackTarget(plugin);
        if (loaded(target)) {
            versionWrites.recordActivated(pluginId, target.version(), "ROLLBACK", revision);
        } else {
            load(target, true, "ROLLBACK", revision);
        }
    }

    /** Enables the version (the active one when none is named); a version other than the active one is activated. */
    void enable(String pluginId, String version, Long revision) {
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        String target = version == null || version.isBlank() ? activeOf(plugin) : version.strip();
        PluginVersion v = PluginRows.version(repository, pluginId, target);
        boolean activate = !target.equals(plugin.activeVersion());
        if (loaded(v)) {
            if (activate) {
                versionWrites.recordActivated(pluginId, target, "ACTIVATE", revision);
            }
            return;
        }
        load(v, activate, activate ? "ACTIVATE" : "ENABLE", revision);
    }

    /** Disables one version, or without one the whole plugin: every version that runs. */
    void disable(String pluginId, String version, Long revision) {
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        if (version == null || version.isBlank()) {
            activeOf(plugin);
            writes.recordPluginDisabled(pluginId, revision)
                    .forEach(v -> registry.runtime().unload(new VersionKey(pluginId, v)));
            return;
        }
        String target = version.strip();
        PluginVersion v = PluginRows.version(repository, pluginId, target);
        if (v.state() != PluginState.DISABLED) {
            writes.recordDisabled(pluginId, target, revision);
            registry.runtime().unload(new VersionKey(pluginId, target));
        }
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

    private static String activeOf(PluginRecord plugin) {
        if (plugin.activeVersion() == null) {
            throw AppException.conflict("criteria.error.no-active-version", plugin.pluginId());
        }
        return plugin.activeVersion();
    }
}
