package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.PluginActivated;
import vn.tochuc.danhgia.criteria.PluginDisabled;
import vn.tochuc.danhgia.criteria.PluginEnabled;
import vn.tochuc.danhgia.criteria.PluginFailed;
import vn.tochuc.danhgia.criteria.PluginInstalled;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.PluginVersionDeleted;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFacts;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Every database change of plugins, each in one transaction with its audit entry and event. Called only after the
 * checks passed (and the plugin was loaded), so that a refused plugin writes nothing.
 */
@ApplicationScoped
public class PluginWrites {

    static final String ENTITY = "criteria-plugin";

    @Inject
    PluginRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<PluginInstalled> installed;

    @Inject
    Event<PluginActivated> activated;

    @Inject
    Event<PluginEnabled> enabled;

    @Inject
    Event<PluginDisabled> disabled;

    @Inject
    Event<PluginFailed> failed;

    @Inject
    Event<PluginVersionDeleted> deleted;

    /** Records a new version with its frameworks and makes it the active version. */
    @Transactional
    public PluginVersion recordInstall(VersionFacts facts, Map<SubjectType, String> frameworks, List<Finding> warnings,
            String installedBy) {
        Instant now = Instant.now();
        PluginRecord plugin = repository.plugin(facts.pluginId()).orElse(null);
        if (plugin == null) {
            plugin = new PluginRecord(facts.pluginId(), facts.displayName(), now);
            repository.add(plugin);
        }
        String previous = plugin.activeVersion();
        PluginVersion version = new PluginVersion(facts, installedBy, now, FindingsJson.write(warnings));
        repository.add(version);
        repository.flush();
        frameworks.forEach((subject, json) -> repository.add(
                new VersionFramework(version.id(), subject, json, JarReader.sha256(json.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)))));
        plugin.activate(facts.version(), facts.displayName(), now);
        repository.flush();
        audit.record(AuditEvent.created(ENTITY, key(version), snapshot(version, true))
                .withSummary(AuditSummary.of("criteria.audit.installed", key(version), facts.sha256())));
        installed.fire(new PluginInstalled(facts.pluginId(), facts.version(), facts.sha256()));
        activated.fire(new PluginActivated(facts.pluginId(), facts.version(), previous));
        return version;
    }

    /**
     * Marks a version enabled after it was loaded and checked again; with {@code activate}, it also becomes the
     * active version.
     */
    @Transactional
    public void recordEnabled(String pluginId, String version, boolean activate, List<Finding> warnings,
            String action, Long revision) {
        Instant now = Instant.now();
        PluginRecord plugin = plugin(pluginId, revision);
        PluginVersion v = version(pluginId, version);
        Map<String, Object> before = snapshot(v, version.equals(plugin.activeVersion()));
        String previous = plugin.activeVersion();
        v.changeState(PluginState.ENABLED, "", FindingsJson.write(warnings), now);
        if (activate) {
            plugin.activate(version, v.displayName(), now);
        } else {
            plugin.touch(now);
        }
        repository.flush();
        audit.record(new AuditEvent(action, ENTITY, key(v), "", before, snapshot(v, activate || version.equals(
                plugin.activeVersion()))));
        enabled.fire(new PluginEnabled(pluginId, version));
        if (activate && !version.equals(previous)) {
            activated.fire(new PluginActivated(pluginId, version, previous));
        }
    }

    @Transactional
    public void recordDisabled(String pluginId, String version, Long revision) {
        PluginRecord plugin = plugin(pluginId, revision);
        disable(plugin, version(pluginId, version), Instant.now());
        repository.flush();
    }

    /**
     * Disables the whole plugin in one change (one revision): its active version, and every other version that is
     * enabled, so that no draft started under an older version keeps being checked by it. Failed or missing
     * versions keep their state and reason; nothing of them runs anyway.
     *
     * @return the versions disabled
     */
    @Transactional
    public List<String> recordPluginDisabled(String pluginId, Long revision) {
        PluginRecord plugin = plugin(pluginId, revision);
        Instant now = Instant.now();
        List<String> done = new ArrayList<>();
        for (PluginVersion v : repository.versions(pluginId)) {
            boolean active = v.version().equals(plugin.activeVersion());
            if (v.state() == PluginState.ENABLED || (active && v.state() != PluginState.DISABLED)) {
                disable(plugin, v, now);
                done.add(v.version());
            }
        }
        repository.flush();
        return done;
    }

    private void disable(PluginRecord plugin, PluginVersion v, Instant now) {
        boolean active = v.version().equals(plugin.activeVersion());
        Map<String, Object> before = snapshot(v, active);
        v.changeState(PluginState.DISABLED, "", v.reportJson(), now);
        plugin.touch(now);
        audit.record(new AuditEvent("DISABLE", ENTITY, key(v), "", before, snapshot(v, active)));
        disabled.fire(new PluginDisabled(plugin.pluginId(), v.version()));
    }

    /**
     * Marks a version FAILED or MISSING with the reason, in a transaction of its own: the failure is a fact even
     * when the caller's own work is rolled back.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(String pluginId, String version, PluginState state, List<Finding> report) {
        repository.version(pluginId, version).ifPresent(v -> {
            if (v.state() == state && state == PluginState.MISSING) {
                return;
            }
            Instant now = Instant.now();
            Map<String, Object> before = snapshot(v, false);
            String reason = reason(report, Messages.VIETNAMESE);
            v.changeState(state, reason, FindingsJson.write(report), now);
            repository.plugin(pluginId).ifPresent(p -> p.touch(now));
            repository.flush();
            audit.record(new AuditEvent(state == PluginState.MISSING ? "MISSING" : "FAIL", ENTITY, key(v), "",
                    before, snapshot(v, false), AuditSummary.of("criteria.audit.failed", reason,
                            reason(report, Messages.ENGLISH))));
            failed.fire(new PluginFailed(pluginId, version, reason));
        });
    }

    /** Deletes a version (its frameworks go with it) and, when it was the last, the plugin row. */
    @Transactional
    public boolean recordDeleted(String pluginId, String version, Long revision) {
        Instant now = Instant.now();
        PluginRecord plugin = plugin(pluginId, revision);
        PluginVersion v = version(pluginId, version);
        Map<String, Object> before = snapshot(v, version.equals(plugin.activeVersion()));
        repository.remove(v);
        plugin.forget(version, now);
        repository.flush();
        boolean last = repository.versions(pluginId).isEmpty();
        if (last) {
            repository.remove(plugin);
        }
        audit.record(AuditEvent.deleted(ENTITY, pluginId + "@" + version, before));
        deleted.fire(new PluginVersionDeleted(pluginId, version));
        return last;
    }

    /** Switches the active version to one already enabled (a rollback). */
    @Transactional
    public void recordActivated(String pluginId, String version, String action, Long revision) {
        Instant now = Instant.now();
        PluginRecord plugin = plugin(pluginId, revision);
        PluginVersion v = version(pluginId, version);
        String previous = plugin.activeVersion();
        plugin.activate(version, v.displayName(), now);
        repository.flush();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("activeVersion", previous);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("activeVersion", version);
        after.put("previousVersion", plugin.previousVersion());
        audit.record(new AuditEvent(action, ENTITY, pluginId, "", before, after,
                AuditSummary.of("criteria.audit.activated", previous, version)));
        activated.fire(new PluginActivated(pluginId, version, previous));
    }

    private PluginRecord plugin(String pluginId, Long revision) {
        PluginRecord plugin = repository.plugin(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
        if (revision != null && revision != plugin.revision()) {
            throw AppException.conflict("error.conflict.version", plugin.revision(), revision);
        }
        return plugin;
    }

    private PluginVersion version(String pluginId, String version) {
        return repository.version(pluginId, version)
                .orElseThrow(() -> AppException.notFound("criteria.error.version-not-found", pluginId, version));
    }

    /** The errors of a report, each as "code: message", in one language. */
    private static String reason(List<Finding> report, Locale locale) {
        return report.stream().filter(Finding::isError).map(f -> f.code() + ": " + f.message(locale))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    static String key(PluginVersion v) {
        return v.pluginId() + "@" + v.version();
    }

    /** What the audit log keeps of a version: never the report's texts, which can be long. */
    static Map<String, Object> snapshot(PluginVersion v, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pluginId", v.pluginId());
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("active", active);
        m.put("sha256", v.sha256());
        m.put("spiVersion", v.spiVersion());
        m.put("fileName", v.fileName());
        m.put("years", v.yearFrom() + "-" + v.yearTo());
        return m;
    }
}
