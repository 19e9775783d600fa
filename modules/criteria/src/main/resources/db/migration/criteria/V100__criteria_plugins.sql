-- Criteria plugins: one row per plugin id, one per installed version (its JAR is stored under the plugins
-- directory by SHA-256), and each version's frameworks as canonical JSON, written once at install.
CREATE TABLE criteria_plugin (
    plugin_id        VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(255) NOT NULL,
    active_version   VARCHAR(64)  NULL,
    previous_version VARCHAR(64)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (plugin_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criteria_plugin_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    plugin_id        VARCHAR(64)   NOT NULL,
    version          VARCHAR(64)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    display_name     VARCHAR(255)  NOT NULL,
    spi_version      VARCHAR(16)   NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    file_name        VARCHAR(255)  NOT NULL DEFAULT '',
    size_bytes       BIGINT        NOT NULL,
    regulation       VARCHAR(255)  NOT NULL DEFAULT '',
    year_from        INT           NOT NULL,
    year_to          INT           NOT NULL,
    unit_codes       VARCHAR(2000) NOT NULL DEFAULT '',
    group_codes      VARCHAR(2000) NOT NULL DEFAULT '',
    installed_by     VARCHAR(100)  NOT NULL,
    installed_at     DATETIME(6)   NOT NULL,
    state_changed_at DATETIME(6)   NOT NULL,
    state_reason     VARCHAR(1000) NOT NULL DEFAULT '',
    report_json      MEDIUMTEXT    NULL,
    row_version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criteria_version (plugin_id, version),
    INDEX ix_criteria_version_sha (sha256),
    CONSTRAINT fk_criteria_version_plugin FOREIGN KEY (plugin_id) REFERENCES criteria_plugin (plugin_id),
    CONSTRAINT ck_criteria_version_state CHECK (state IN ('ENABLED', 'DISABLED', 'FAILED', 'MISSING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criteria_plugin_framework (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    version_id     BIGINT      NOT NULL,
    subject_type   VARCHAR(16) NOT NULL,
    framework_json MEDIUMTEXT  NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criteria_framework (version_id, subject_type),
    CONSTRAINT fk_criteria_framework_version FOREIGN KEY (version_id) REFERENCES criteria_plugin_version (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which plugin a unit, or every unit of a group, uses in a year. A unit's own row wins over its group's; the unique
-- keys make "one plugin per unit (or group) per year" hold even under concurrent requests.
CREATE TABLE criteria_assignment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    eval_year  INT          NOT NULL,
    plugin_id  VARCHAR(64)  NOT NULL,
    unit_code  VARCHAR(40)  NULL,
    group_code VARCHAR(40)  NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criteria_assignment_unit (eval_year, unit_code),
    UNIQUE KEY uq_criteria_assignment_group (eval_year, group_code),
    INDEX ix_criteria_assignment_plugin (plugin_id),
    CONSTRAINT ck_criteria_assignment_target CHECK ((unit_code IS NULL) <> (group_code IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The exact framework a record used, frozen the first time: never updated, kept when the plugin changes.
CREATE TABLE criteria_snapshot (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    plugin_id      VARCHAR(64)  NOT NULL,
    plugin_version VARCHAR(64)  NOT NULL,
    subject_type   VARCHAR(16)  NOT NULL,
    framework_json MEDIUMTEXT   NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    taken_by       VARCHAR(100) NOT NULL,
    taken_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criteria_snapshot (plugin_id, plugin_version, subject_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which records use a snapshot (e.g. "concretization:42"); a plugin version with uses cannot be deleted.
CREATE TABLE criteria_snapshot_use (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    snapshot_id BIGINT       NOT NULL,
    used_by     VARCHAR(190) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criteria_snapshot_use (used_by, snapshot_id),
    INDEX ix_criteria_snapshot_use_snapshot (snapshot_id),
    CONSTRAINT fk_criteria_snapshot_use FOREIGN KEY (snapshot_id) REFERENCES criteria_snapshot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
