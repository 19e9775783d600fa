package vn.tochuc.danhgia.audit;

import java.time.Instant;

/** One stored entry; {@code before} and {@code after} are JSON texts. */
public record AuditRecord(long id, Instant at, String actor, String address, String action, String entityType,
        String entityId, String summary, String before, String after) {}
