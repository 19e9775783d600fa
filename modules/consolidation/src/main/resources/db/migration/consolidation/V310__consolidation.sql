-- Consolidation of a consultation's comments: one row per consultation (the revised draft, the issue of the final
-- version, a lock that serialises the Board's writes), a decision per submitted comment keyed by its stable comment
-- id, and groups of comments the Board judged identical (one decision for all members).
-- Consultations, comments and document versions are referred to by id only (no cross-module foreign keys).
CREATE TABLE consolidation (
    consultation_id    BIGINT       NOT NULL,
    document_id        BIGINT       NOT NULL,
    source_version_id  BIGINT       NOT NULL,
    revised_version_id BIGINT       NULL,
    issued_version_id  BIGINT       NULL,
    issued_number      VARCHAR(100) NULL,
    issued_on          DATE         NULL,
    issued_at          DATETIME(6)  NULL,
    issued_by          VARCHAR(100) NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (consultation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disposition_group (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_disposition_group_consultation (consultation_id),
    CONSTRAINT fk_disposition_group_consolidation FOREIGN KEY (consultation_id)
        REFERENCES consolidation (consultation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disposition (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    comment_id      BIGINT       NOT NULL,
    group_id        BIGINT       NULL,
    decision        VARCHAR(20)  NOT NULL,
    response        TEXT         NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    proposed_by     VARCHAR(100) NOT NULL,
    proposed_at     DATETIME(6)  NOT NULL,
    approved_by     VARCHAR(100) NULL,
    approved_at     DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_disposition_comment (consultation_id, comment_id),
    INDEX ix_disposition_group (group_id),
    CONSTRAINT fk_disposition_consolidation FOREIGN KEY (consultation_id) REFERENCES consolidation (consultation_id),
    CONSTRAINT fk_disposition_group FOREIGN KEY (group_id) REFERENCES disposition_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
