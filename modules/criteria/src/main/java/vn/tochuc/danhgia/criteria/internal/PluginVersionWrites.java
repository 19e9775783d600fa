package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.PluginActivated;
import vn.tochuc.danhgia.criteria.PluginVersionDeleted;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;

/**
 * The database changes of which version a plugin runs that need no loading: switching the active version to one
 * already enabled, and deleting a version. Each in one transaction with its audit entry and event; the state
 * changes that follow a load are {@link PluginWrites}'.
 */
@ApplicationScoped
public class PluginVersionWrites {

    @Inject
    PluginRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<PluginActivated> activated;

    @Inject
    Event<PluginVersionDeleted> deleted;

    /** Switches the active version to one already enabled (a rollback, or an activation of a loaded version). */
    @Transactional
    public void recordActivated(String pluginId, String version, String action, Long revision) {
        Instant now = Instant.now();
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        PluginVersion v = PluginRows.version(repository, pluginId, version);
        String previous = plugin.activeVersion();
        plugin.activate(version, v.displayName(), now);
        repository.flush();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("activeVersion", previous);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("activeVersion", version);
        after.put("previousVersion", plugin.previousVersion());
        audit.record(new AuditEvent(action, PluginAudit.ENTITY, pluginId, "", before, after,
                AuditSummary.of("criteria.audit.activated", previous, version)));
        activated.fire(new PluginActivated(pluginId, version, previous));
    }

    /** Deletes a version (its frameworks go with it) and, when it was the last, the plugin row. */
    @Transactional
    public boolean recordDeleted(String pluginId, String version, Long revision) {
        Instant now = Instant.now();
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        PluginVersion v = PluginRows.version(repository, pluginId, version);
        Map<String, Object> before = PluginAudit.snapshot(v, version.equals(plugin.activeVersion()));
        repository.remove(v);
        plugin.forget(version, now);
        repository.flush();
        boolean last = repository.versions(pluginId).isEmpty();
        if (last) {
            repository.remove(plugin);
        }
        audit.record(AuditEvent.deleted(PluginAudit.ENTITY, pluginId + "@" + version, before));
        deleted.fire(new PluginVersionDeleted(pluginId, version));
        return last;
    }
}
