package vn.tochuc.danhgia.audit;

/**
 * What changed. {@code before} and {@code after} are snapshots (records or maps) that are stored as JSON; they must
 * never contain secrets such as password hashes.
 *
 * @param action a verb in capitals, e.g. {@code CREATE}, {@code UPDATE}, {@code DEACTIVATE}, {@code PASSWORD_RESET}
 * @param entityType the kind of thing changed, e.g. {@code unit}, {@code user}
 * @param entityId its id or code
 * @param summary one line for people reading the log
 * @param before the values before the change, or null
 * @param after the values after the change, or null
 */
public record AuditEvent(String action, String entityType, String entityId, String summary, Object before,
        Object after) {

    public static AuditEvent created(String entityType, String entityId, Object after) {
        return new AuditEvent("CREATE", entityType, entityId, "", null, after);
    }

    public static AuditEvent updated(String entityType, String entityId, Object before, Object after) {
        return new AuditEvent("UPDATE", entityType, entityId, "", before, after);
    }

    public static AuditEvent deleted(String entityType, String entityId, Object before) {
        return new AuditEvent("DELETE", entityType, entityId, "", before, null);
    }

    public static AuditEvent action(String action, String entityType, String entityId, String summary) {
        return new AuditEvent(action, entityType, entityId, summary, null, null);
    }

    public AuditEvent withSummary(String text) {
        return new AuditEvent(action, entityType, entityId, text, before, after);
    }

    public AuditEvent withValues(Object newBefore, Object newAfter) {
        return new AuditEvent(action, entityType, entityId, summary, newBefore, newAfter);
    }
}
