package vn.tochuc.danhgia.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.audit.domain.AuditEntry;
import vn.tochuc.danhgia.audit.domain.AuditRepository;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Page;

@ApplicationScoped
public class DefaultAuditLog implements AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditRepository repository;

    @Inject
    Caller caller;

    @Override
    @Transactional(TxType.MANDATORY)
    public void record(AuditEvent event) {
        Instant now = Instant.now();
        String before = json(event.before());
        String after = json(event.after());
        repository.add(event.localized() == null
                ? new AuditEntry(now, caller.username(), caller.address(), event.action(), event.entityType(),
                        event.entityId(), event.summary(), before, after)
                : new AuditEntry(now, caller.username(), caller.address(), event.action(), event.entityType(),
                        event.entityId(), event.localized(), before, after));
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void recordLogin(String username, boolean success, String reason) {
        repository.add(new AuditEntry(Instant.now(), username == null ? "" : username, caller.address(),
                success ? "LOGIN_SUCCESS" : "LOGIN_FAILURE", "session", username, reason, null, null));
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void recordLogin(String username, boolean success, AuditSummary reason) {
        repository.add(new AuditEntry(Instant.now(), username == null ? "" : username, caller.address(),
                success ? "LOGIN_SUCCESS" : "LOGIN_FAILURE", "session", username, reason, null, null));
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void recordLogout(String username) {
        repository.add(new AuditEntry(Instant.now(), username, caller.address(), "LOGOUT", "session", username, "",
                null, null));
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Page<AuditRecord> search(AuditQuery query) {
        return repository.search(query);
    }

    private static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
