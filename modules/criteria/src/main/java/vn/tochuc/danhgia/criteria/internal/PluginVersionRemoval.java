package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.SnapshotRepository;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Deletes a plugin version nothing depends on: no framework snapshot was taken from it or is in use, and it is not
 * the running active version. Its JAR file goes too, unless another version is the same file. Runs under the
 * registry's lock, taken by the caller.
 */
@ApplicationScoped
public class PluginVersionRemoval {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginVersionWrites versionWrites;

    @Inject
    PluginRepository repository;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    PluginStore store;

    @Inject
    FrameworkCache cache;

    /** @return whether it was the plugin's last version, so that the plugin is gone too */
    boolean delete(String pluginId, String version, Long revision) {
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        PluginVersion v = PluginRows.version(repository, pluginId, version);
        long uses = snapshots.usesByVersion().getOrDefault(pluginId + "@" + version, 0L);
        long frozen = snapshots.snapshotsOf(pluginId, version);
        if (uses + frozen > 0) {
            throw AppException.conflict("criteria.error.version-in-use", pluginId, version,
                    Long.toString(Math.max(uses, frozen)));
        }
        if (version.equals(plugin.activeVersion()) && v.state() == PluginState.ENABLED) {
            throw AppException.conflict("criteria.error.version-active", pluginId, version);
        }
        boolean last = versionWrites.recordDeleted(pluginId, version, revision);
        registry.runtime().unload(new VersionKey(pluginId, version));
        cache.evict(v.id());
        if (repository.countBySha(v.sha256()) == 0) {
            store.delete(v.sha256());
        }
        return last;
    }
}
