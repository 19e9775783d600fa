package vn.tochuc.danhgia.audit;

import java.time.Instant;

/** A filter over the audit log; null fields do not filter. {@code to} is exclusive. */
public record AuditQuery(String actor, String action, String entityType, String entityId, Instant from, Instant to,
        int page, int size) {

    public static AuditQuery all(int page, int size) {
        return new AuditQuery(null, null, null, null, null, null, page, size);
    }
}
