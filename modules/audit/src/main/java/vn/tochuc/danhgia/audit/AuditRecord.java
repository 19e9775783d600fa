package vn.tochuc.danhgia.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * One stored entry; {@code before} and {@code after} are JSON texts. {@code summary} is the text as written (in
 * Vietnamese where the summary has a key); {@code summaryKey} and {@code summaryArgs} (a JSON array) are null for an
 * entry written as plain text.
 */
public record AuditRecord(long id, Instant at, String actor, String address, String action, String entityType,
        String entityId, String summary, String before, String after, String summaryKey, String summaryArgs) {

    /** The summary in the reader's language where it has a key, otherwise the text as written. */
    public String summaryIn(Locale locale) {
        AuditSummary localized = AuditSummary.read(summaryKey, summaryArgs);
        return localized == null ? summary : localized.text(locale);
    }
}
