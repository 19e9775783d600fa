-- Revisions of a draft after a consultation (consolidation, issue "Dự thảo lần 2"):
-- where each version came from, the lineage of each node (its path in the version it was revised from), a change
-- log per version with the comments each change answers, and the issue (ban hành) of the final version.
ALTER TABLE document_version
    ADD COLUMN revised_from  BIGINT       NULL AFTER number,
    ADD COLUMN issued_number VARCHAR(100) NULL,
    ADD COLUMN issued_on     DATE         NULL,
    ADD COLUMN issued_at     DATETIME(6)  NULL,
    ADD COLUMN issued_by     VARCHAR(100) NULL;

ALTER TABLE document_node
    ADD COLUMN origin_path VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

CREATE TABLE document_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id  BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    path        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    origin_path VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    label       VARCHAR(100) NOT NULL,
    old_text    MEDIUMTEXT   NULL,
    new_text    MEDIUMTEXT   NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_document_change_seq (version_id, seq),
    CONSTRAINT fk_document_change_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The comments (consolidation's stable comment ids) a change answers; not a foreign key: another module's ids.
CREATE TABLE document_change_link (
    change_id  BIGINT NOT NULL,
    comment_id BIGINT NOT NULL,
    PRIMARY KEY (change_id, comment_id),
    INDEX ix_document_change_link_comment (comment_id),
    CONSTRAINT fk_document_change_link_change FOREIGN KEY (change_id) REFERENCES document_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
