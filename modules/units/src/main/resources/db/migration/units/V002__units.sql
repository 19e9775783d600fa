-- Recipient groups (the letter's four groups plus the provincial committee) and units with their hierarchy.
CREATE TABLE unit_group (
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    group_code  VARCHAR(40)  NOT NULL,
    parent_code VARCHAR(40)  NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_unit_code (code),
    INDEX ix_unit_group (group_code, active),
    INDEX ix_unit_parent (parent_code),
    CONSTRAINT fk_unit_group FOREIGN KEY (group_code) REFERENCES unit_group (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_code) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
