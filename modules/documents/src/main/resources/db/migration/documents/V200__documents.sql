-- Draft documents uploaded as .docx, their versions ("Dự thảo lần N") and each version's nodes.
-- A version keeps its outline as canonical JSON; document_node repeats the outline's
-- commentable nodes one row each, in document order, for lookups by path (comment validation, grouping).
CREATE TABLE document (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    title       VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    document_id  BIGINT       NOT NULL,
    number       INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    outline_json LONGTEXT     NOT NULL,
    articles     INT          NOT NULL,
    sent         BOOLEAN      NOT NULL DEFAULT FALSE,
    sent_at      DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_document_version (document_id, number),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The .docx bytes apart from the version row, so that listing versions never reads files.
CREATE TABLE document_file (
    version_id BIGINT   NOT NULL,
    content    LONGBLOB NOT NULL,
    PRIMARY KEY (version_id),
    CONSTRAINT fk_document_file_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_node (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version_id  BIGINT       NOT NULL,
    path        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    text        MEDIUMTEXT   NOT NULL,
    ord         INT          NOT NULL,
    parent_path VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_document_node_path (version_id, path),
    INDEX ix_document_node_order (version_id, ord),
    CONSTRAINT fk_document_node_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
