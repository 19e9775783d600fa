package vn.tochuc.danhgia.audit;

import vn.tochuc.danhgia.kernel.Messages;

/**
 * What changed. {@code before} and {@code after} are snapshots (records or maps) that are stored as JSON; they must
 * never contain secrets such as password hashes.
 *
 * <p>A module that has its summaries in its bundle passes an {@link AuditSummary} ({@link #withSummary(AuditSummary)},
 * {@link #action(String, String, String, AuditSummary)}): the audit screen then shows it in the reader's language,
 * and {@code summary} holds its Vietnamese text. Plain text, as other modules pass it, is stored and shown as given.
 *
 * @param action a verb in capitals, e.g. {@code CREATE}, {@code UPDATE}, {@code DEACTIVATE}, {@code PASSWORD_RESET}
 * @param entityType the kind of thing changed, e.g. {@code unit}, {@code user}
 * @param entityId its id or code
 * @param summary one line for people reading the log; the Vietnamese text of {@code localized} where there is one
 * @param before the values before the change, or null
 * @param after the values after the change, or null
 * @param localized the summary as a bundle key and arguments, or null for a summary in plain text
 */
public record AuditEvent(String action, String entityType, String entityId, String summary, Object before,
        Object after, AuditSummary localized) {

    public AuditEvent {
        if (localized != null) {
            summary = localized.text(Messages.VIETNAMESE);
        }
    }

    /** An event whose summary is plain text. */
    public AuditEvent(String action, String entityType, String entityId, String summary, Object before,
            Object after) {
        this(action, entityType, entityId, summary, before, after, null);
    }

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

    public static AuditEvent action(String action, String entityType, String entityId, AuditSummary summary) {
        return new AuditEvent(action, entityType, entityId, "", null, null, summary);
    }

    public AuditEvent withSummary(String text) {
        return new AuditEvent(action, entityType, entityId, text, before, after, null);
    }

    public AuditEvent withSummary(AuditSummary summary) {
        return new AuditEvent(action, entityType, entityId, "", before, after, summary);
    }

    public AuditEvent withValues(Object newBefore, Object newAfter) {
        return new AuditEvent(action, entityType, entityId, summary, newBefore, newAfter, localized);
    }
}
