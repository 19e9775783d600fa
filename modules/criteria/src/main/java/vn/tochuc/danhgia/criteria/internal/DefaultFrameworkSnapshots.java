package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.AssignedFramework;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkStatus;
import vn.tochuc.danhgia.criteria.UnitCoverage;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshotTaken;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.domain.Snapshot;
import vn.tochuc.danhgia.criteria.domain.SnapshotRepository;
import vn.tochuc.danhgia.criteria.domain.SnapshotUse;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * Snapshots are copies of the framework JSON stored with the version at install, wrapped with the plugin id and
 * version: taking one runs no plugin code and works for versions that are not loaded. Rows are only ever inserted.
 */
@ApplicationScoped
public class DefaultFrameworkSnapshots implements FrameworkSnapshots {

    static final String ENTITY = "criteria-snapshot";
    static final int MAX_USED_BY = 190;

    @Inject
    SnapshotRepository repository;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    DefaultFrameworkCatalog coverage;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<FrameworkSnapshotTaken> taken;

    @Override
    @Transactional
    public FrameworkSnapshot useFor(String unitCode, int year, SubjectType subjectType, String usedBy) {
        String user = usedBy(usedBy);
        Optional<Snapshot> existing = repository.usedBy(user, subjectType);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        AssignedFramework framework = catalog.frameworkFor(unitCode, year, subjectType)
                .orElseThrow(() -> noFramework(unitCode, year));
        Snapshot snapshot = findOrTake(framework.pluginId(), framework.pluginVersion(), subjectType);
        addUse(snapshot, user);
        return view(snapshot);
    }

    @Override
    @Transactional
    public FrameworkSnapshot freeze(String pluginId, String version, SubjectType subjectType) {
        return view(findOrTake(pluginId, version, subjectType));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FrameworkSnapshot> find(long snapshotId) {
        return repository.find(snapshotId).map(DefaultFrameworkSnapshots::view);
    }

    @Override
    @Transactional
    public void recordUse(long snapshotId, String usedBy) {
        Snapshot snapshot = repository.find(snapshotId).orElseThrow(() -> AppException.notFound(
                "criteria.error.snapshot-not-found", Long.toString(snapshotId)));
        addUse(snapshot, usedBy(usedBy));
    }

    @Override
    @Transactional
    public void releaseUse(long snapshotId, String usedBy) {
        String user = usedBy(usedBy);
        if (repository.hasUse(snapshotId, user)) {
            repository.removeUse(snapshotId, user);
            audit.record(AuditEvent.action("RELEASE", ENTITY, Long.toString(snapshotId),
                    AuditSummary.of("criteria.audit.snapshot-released", user)));
        }
    }

    /** A disabled or failed plugin is for IT staff to fix, not a missing assignment: say which. */
    private AppException noFramework(String unitCode, int year) {
        UnitCoverage c = coverage.coverageOf(unitCode, year);
        if (c != null && c.status() == FrameworkStatus.PLUGIN_UNAVAILABLE) {
            return AppException.conflict("criteria.error.plugin-unavailable", unitCode, Integer.toString(year),
                    c.pluginId());
        }
        return AppException.conflict("criteria.error.no-framework", unitCode, Integer.toString(year));
    }

    private Snapshot findOrTake(String pluginId, String version, SubjectType subjectType) {
        return repository.find(pluginId, version, subjectType).orElseGet(() -> take(pluginId, version, subjectType));
    }

    private Snapshot take(String pluginId, String version, SubjectType subjectType) {
        AssignedFramework framework = catalog.framework(pluginId, version, subjectType);
        String json = FrameworkJson.snapshot(pluginId, version, framework.framework());
        Snapshot snapshot = new Snapshot(pluginId, version, subjectType, json,
                JarReader.sha256(json.getBytes(StandardCharsets.UTF_8)), caller.username(), Instant.now());
        repository.add(snapshot);
        repository.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("plugin", pluginId + "@" + version);
        after.put("subjectType", subjectType.name());
        after.put("sha256", snapshot.sha256());
        audit.record(AuditEvent.created(ENTITY, Long.toString(snapshot.id()), after));
        taken.fire(new FrameworkSnapshotTaken(snapshot.id(), pluginId, version, subjectType.name()));
        return snapshot;
    }

    private void addUse(Snapshot snapshot, String usedBy) {
        if (repository.hasUse(snapshot.id(), usedBy)) {
            return;
        }
        repository.add(new SnapshotUse(snapshot.id(), usedBy, caller.username(), Instant.now()));
        repository.flush();
        audit.record(AuditEvent.action("USE", ENTITY, Long.toString(snapshot.id()),
                AuditSummary.of("criteria.audit.snapshot-used", usedBy)));
    }

    private static String usedBy(String usedBy) {
        if (usedBy == null || usedBy.isBlank() || usedBy.strip().length() > MAX_USED_BY) {
            throw AppException.invalid(List.of(FieldError.of("usedBy", "criteria.error.used-by")));
        }
        return usedBy.strip();
    }

    static FrameworkSnapshot view(Snapshot s) {
        return new FrameworkSnapshot(s.id(), s.pluginId(), s.pluginVersion(), s.subjectType(), s.json(), s.sha256(),
                FrameworkJson.readSnapshot(s.json()), s.takenBy(), s.takenAt());
    }
}
