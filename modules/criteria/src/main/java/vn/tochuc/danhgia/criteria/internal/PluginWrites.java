package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFacts;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The database changes of plugins that follow a check or a load: a new version, and a version's state (enabled,
 * disabled, failed, missing). Each in one transaction with its audit entry and event. Called only after the checks
 * passed (and the plugin was loaded), so that a refused plugin writes nothing; switching and deleting versions is
 * {@link PluginVersionWrites}'.
 */
@ApplicationScoped
public class PluginWrites {

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
        String key = PluginAudit.key(version);
        audit.record(AuditEvent.created(PluginAudit.ENTITY, key, PluginAudit.snapshot(version, true))
                .withSummary(AuditSummary.of("criteria.audit.installed", key, facts.sha256())));
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
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        PluginVersion v = PluginRows.version(repository, pluginId, version);
        Map<String, Object> before = PluginAudit.snapshot(v, version.equals(plugin.activeVersion()));
        String previous = plugin.activeVersion();
        v.changeState(PluginState.ENABLED, "", FindingsJson.write(warnings), now);
        if (activate) {
            plugin.activate(version, v.displayName(), now);
        } else {
            plugin.touch(now);
        }
        repository.flush();
        audit.record(new AuditEvent(action, PluginAudit.ENTITY, PluginAudit.key(v), "", before,
                PluginAudit.snapshot(v, activate || version.equals(plugin.activeVersion()))));
        enabled.fire(new PluginEnabled(pluginId, version));
        if (activate && !version.equals(previous)) {
            activated.fire(new PluginActivated(pluginId, version, previous));
        }
    }

    @Transactional
    public void recordDisabled(String pluginId, String version, Long revision) {
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
        disable(plugin, PluginRows.version(repository, pluginId, version), Instant.now());
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
        PluginRecord plugin = PluginRows.plugin(repository, pluginId, revision);
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
        Map<String, Object> before = PluginAudit.snapshot(v, active);
        v.changeState(PluginState.DISABLED, "", v.reportJson(), now);
        plugin.touch(now);
        audit.record(new AuditEvent("DISABLE", PluginAudit.ENTITY, PluginAudit.key(v), "", before,
                PluginAudit.snapshot(v, active)));
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
            Map<String, Object> before = PluginAudit.snapshot(v, false);
            String reason = PluginAudit.reason(report, Messages.VIETNAMESE);
            v.changeState(state, reason, FindingsJson.write(report), now);
            repository.plugin(pluginId).ifPresent(p -> p.touch(now));
            repository.flush();
            AuditSummary summary = AuditSummary.of("criteria.audit.failed", reason,
                    PluginAudit.reason(report, Messages.ENGLISH));
            audit.record(new AuditEvent(state == PluginState.MISSING ? "MISSING" : "FAIL", PluginAudit.ENTITY,
                    PluginAudit.key(v), "", before, PluginAudit.snapshot(v, false), summary));
            failed.fire(new PluginFailed(pluginId, version, reason));
        });
    }
}
