-- The audit log: one row per change or login. Append-only; the application never updates or deletes rows.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    address     VARCHAR(64)  NOT NULL DEFAULT '',
    action      VARCHAR(40)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(190) NOT NULL DEFAULT '',
    summary     VARCHAR(500) NOT NULL DEFAULT '',
    before_json MEDIUMTEXT   NULL,
    after_json  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_at (at),
    INDEX ix_audit_actor (actor, at),
    INDEX ix_audit_entity (entity_type, entity_id, at),
    INDEX ix_audit_action (action, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
