-- Concretized frameworks (khung tiêu chí cụ thể hóa): the chief and deputies a unit lists for a year, one framework
-- per unit, year, subject type and (for deputies) person, every submit/return/approve round with its remarks, the
-- frozen approved content, and the consultations that carry the task. Units, plugins, framework snapshots and
-- consultations belong to other modules and are referred to by code or id only (no cross-module foreign keys).
CREATE TABLE fw_person (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_code    VARCHAR(40)   NOT NULL,
    eval_year    INT           NOT NULL,
    role         VARCHAR(16)   NOT NULL,
    full_name    VARCHAR(200)  NOT NULL,
    title        VARCHAR(200)  NOT NULL DEFAULT '',
    field        VARCHAR(500)  NOT NULL DEFAULT '',
    -- 'Y' for the chief, NULL for deputies: the unique key then allows one chief per unit and year
    chief_marker CHAR(1)       NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_fw_person_chief (unit_code, eval_year, chief_marker),
    INDEX ix_fw_person_unit (unit_code, eval_year),
    CONSTRAINT ck_fw_person_role CHECK (role IN ('CHIEF', 'DEPUTY')),
    CONSTRAINT ck_fw_person_marker CHECK ((role = 'CHIEF') = (chief_marker IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One unit framework: NOT_STARTED has no row; the row is made when the unit starts (DRAFT) and the plugin's framework
-- is frozen then (snapshot_id, a criteria_snapshot). draft_json is the unit's working copy of its targets, seen by
-- the unit only; what the Board sees is the content of the rounds.
CREATE TABLE fw_framework (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(40)  NOT NULL,
    eval_year      INT          NOT NULL,
    subject_type   VARCHAR(16)  NOT NULL,
    person_id      BIGINT       NULL,
    -- person_id, or 0 for the collective and the chief: part of the unique key (NULLs would not collide)
    person_key     BIGINT       NOT NULL DEFAULT 0,
    state          VARCHAR(16)  NOT NULL,
    snapshot_id    BIGINT       NOT NULL,
    plugin_id      VARCHAR(64)  NOT NULL,
    plugin_version VARCHAR(64)  NOT NULL,
    draft_json     MEDIUMTEXT   NOT NULL,
    rounds         INT          NOT NULL DEFAULT 0,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_fw_framework (unit_code, eval_year, subject_type, person_key),
    INDEX ix_fw_framework_year (eval_year, state),
    CONSTRAINT fk_fw_framework_person FOREIGN KEY (person_id) REFERENCES fw_person (id),
    CONSTRAINT ck_fw_framework_subject CHECK (subject_type IN ('COLLECTIVE', 'CHIEF', 'DEPUTY')),
    CONSTRAINT ck_fw_framework_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A round: one submission with its content frozen as canonical JSON, and the Board's decision on it. Rows are
-- inserted on submit and completed once by the decision; never deleted.
CREATE TABLE fw_round (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    framework_id     BIGINT        NOT NULL,
    round_no         INT           NOT NULL,
    content_json     MEDIUMTEXT    NOT NULL,
    content_sha256   CHAR(64)      NOT NULL,
    agency_check_ran BOOLEAN       NOT NULL,
    submitted_by     VARCHAR(100)  NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    decision         VARCHAR(16)   NULL,
    decided_by       VARCHAR(100)  NULL,
    decided_at       DATETIME(6)   NULL,
    comment          VARCHAR(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE KEY uq_fw_round (framework_id, round_no),
    CONSTRAINT fk_fw_round_framework FOREIGN KEY (framework_id) REFERENCES fw_framework (id),
    CONSTRAINT ck_fw_round_decision CHECK (decision IS NULL OR decision IN ('RETURN', 'APPROVE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Board's remarks of a round: on one target (criterion code and zero-based index in the round's content), on a
-- criterion (no index) or on the whole framework (neither).
CREATE TABLE fw_remark (
    round_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    criterion_code VARCHAR(32)   NOT NULL DEFAULT '',
    target_index   INT           NULL,
    target_title   VARCHAR(1000) NOT NULL DEFAULT '',
    text           VARCHAR(2000) NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_fw_remark_round FOREIGN KEY (round_id) REFERENCES fw_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The approved framework, frozen: the plugin version and framework snapshot it was made under and the unit's targets,
-- as canonical JSON with its SHA-256. Inserted once on approval, never changed: this is what the year's rating uses.
CREATE TABLE fw_approval (
    framework_id     BIGINT       NOT NULL,
    round_no         INT          NOT NULL,
    snapshot_id      BIGINT       NOT NULL,
    plugin_id        VARCHAR(64)  NOT NULL,
    plugin_version   VARCHAR(64)  NOT NULL,
    framework_sha256 CHAR(64)     NOT NULL,
    approved_json    MEDIUMTEXT   NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    approved_by      VARCHAR(100) NOT NULL,
    approved_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (framework_id),
    CONSTRAINT fk_fw_approval_framework FOREIGN KEY (framework_id) REFERENCES fw_framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consultations that carry the task "concretize your framework for year Y", for the same recipients and deadline.
-- Kept here rather than as a column of consultation, so that the consultations module's tables stay its own.
CREATE TABLE fw_task (
    consultation_id BIGINT       NOT NULL,
    eval_year       INT          NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (consultation_id),
    INDEX ix_fw_task_year (eval_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
