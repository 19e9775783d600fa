package vn.tochuc.danhgia.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditRecord;

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

    /** The log must never make a change fail, so over-long values are cut rather than refused. */
    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, at, actor, address, action, entityType, entityId, summary, beforeJson, afterJson);
    }
}
