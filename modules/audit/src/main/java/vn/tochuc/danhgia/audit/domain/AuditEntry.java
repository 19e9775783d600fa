package vn.tochuc.danhgia.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.Messages;

/** One audit row. Immutable once written: it has setters for nothing. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String address;
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    @Column(name = "before_json")
    private String beforeJson;

    @Column(name = "after_json")
    private String afterJson;

    /** The summary's bundle key, or null for a summary written as plain text. */
    @Column(name = "summary_key")
    private String summaryKey;

    /** The key's arguments as a JSON array; null without a key. */
    @Column(name = "summary_args")
    private String summaryArgs;

    protected AuditEntry() {}

    public AuditEntry(Instant at, String actor, String address, String action, String entityType, String entityId,
            String summary, String beforeJson, String afterJson) {
        this.at = at;
        this.actor = cut(actor, 100);
        this.address = cut(address, 64);
        this.action = cut(action, 40);
        this.entityType = cut(entityType, 60);
        this.entityId = cut(entityId, 190);
        this.summary = cut(summary, 500);
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    /** An entry whose summary has a key: {@code summary} is its Vietnamese text, kept for readers of the raw log. */
    public AuditEntry(Instant at, String actor, String address, String action, String entityType, String entityId,
            AuditSummary summary, String beforeJson, String afterJson) {
        this(at, actor, address, action, entityType, entityId, summary.text(Messages.VIETNAMESE), beforeJson,
                afterJson);
        this.summaryKey = summary.key();
        this.summaryArgs = summary.argsJson();
    }

    /** The log must never make a change fail, so over-long values are cut rather than refused. */
    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, at, actor, address, action, entityType, entityId, summary, beforeJson, afterJson,
                summaryKey, summaryArgs);
    }
}
