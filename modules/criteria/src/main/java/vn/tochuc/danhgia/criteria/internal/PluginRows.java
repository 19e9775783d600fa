package vn.tochuc.danhgia.criteria.internal;

import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * The plugin and the version a change names, or the refusal: not found, or a plugin changed since the caller read
 * it (its revision counts every change of the plugin or one of its versions).
 */
final class PluginRows {

    private PluginRows() {}

    /** @param revision the revision the caller read, or null to change whatever is current */
    static PluginRecord plugin(PluginRepository repository, String pluginId, Long revision) {
        PluginRecord plugin = repository.plugin(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
        if (revision != null && revision != plugin.revision()) {
            throw AppException.conflict("error.conflict.version", plugin.revision(), revision);
        }
        return plugin;
    }

    static PluginVersion version(PluginRepository repository, String pluginId, String version) {
        return repository.version(pluginId, version)
                .orElseThrow(() -> AppException.notFound("criteria.error.version-not-found", pluginId, version));
    }
}
