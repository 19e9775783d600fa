-- The annual rating (đánh giá, xếp loại): one cycle per year with its step deadlines and the rule set it opened with
-- (never changed), the subjects built at opening from the year's approved frameworks (collective, chief, deputies;
-- BLOCKED with the reason when a subject has no approved framework), each subject's self-assessment, the Board's
-- deadline extensions per unit, and the evidence files. Units, frameworks and snapshots belong to other modules and
-- are referred to by code or id only (no cross-module foreign keys).
CREATE TABLE rt_cycle (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    eval_year           INT           NOT NULL,
    rule_set_id         VARCHAR(40)   NOT NULL,
    rule_set_version    INT           NOT NULL,
    self_assessment_due DATETIME(6)   NOT NULL,
    comments_due        DATETIME(6)   NOT NULL,
    appraisal_due       DATETIME(6)   NOT NULL,
    decision_due        DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rt_cycle_year (eval_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A subject: what it is rated against is frozen here at opening (frame_json: the approved framework's scored criteria
-- and targets), so later changes elsewhere never change a cycle.
CREATE TABLE rt_subject (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id        BIGINT        NOT NULL,
    unit_code       VARCHAR(40)   NOT NULL,
    unit_name       VARCHAR(300)  NOT NULL,
    group_code      VARCHAR(40)   NOT NULL DEFAULT '',
    group_name      VARCHAR(300)  NOT NULL DEFAULT '',
    kind            VARCHAR(16)   NOT NULL,
    person_id       BIGINT        NULL,
    person_name     VARCHAR(200)  NOT NULL DEFAULT '',
    person_title    VARCHAR(200)  NOT NULL DEFAULT '',
    deputy_field    VARCHAR(500)  NOT NULL DEFAULT '',
    framework_id    BIGINT        NULL,
    snapshot_id     BIGINT        NULL,
    approval_sha256 CHAR(64)      NULL,
    blocked_key     VARCHAR(100)  NULL,
    blocked_arg     VARCHAR(100)  NULL,
    frame_json      MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    INDEX ix_rt_subject_unit (cycle_id, unit_code),
    CONSTRAINT fk_rt_subject_cycle FOREIGN KEY (cycle_id) REFERENCES rt_cycle (id),
    CONSTRAINT ck_rt_subject_kind CHECK (kind IN ('COLLECTIVE', 'CHIEF', 'DEPUTY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One per subject that is not blocked, made at opening: the unit's draft (scores_json) until submitted with a signer.
CREATE TABLE rt_self_assessment (
    subject_id     BIGINT        NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    scores_json    MEDIUMTEXT    NOT NULL,
    signer_name    VARCHAR(200)  NULL,
    signer_title   VARCHAR(200)  NULL,
    receipt_number VARCHAR(60)   NULL,
    submitted_by   VARCHAR(100)  NULL,
    submitted_at   DATETIME(6)   NULL,
    updated_by     VARCHAR(100)  NULL,
    updated_at     DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_id),
    UNIQUE KEY uq_rt_self_assessment_receipt (receipt_number),
    CONSTRAINT fk_rt_self_assessment_subject FOREIGN KEY (subject_id) REFERENCES rt_subject (id),
    CONSTRAINT ck_rt_self_assessment_state CHECK (state IN ('DRAFT', 'SUBMITTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Board's extension of the self-assessment deadline for one unit of a cycle.
CREATE TABLE rt_extension (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id   BIGINT        NOT NULL,
    unit_code  VARCHAR(40)   NOT NULL,
    until_at   DATETIME(6)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL DEFAULT '',
    updated_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rt_extension (cycle_id, unit_code),
    CONSTRAINT fk_rt_extension_cycle FOREIGN KEY (cycle_id) REFERENCES rt_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence files of a self-assessment, stored in the database (never in temp), per criterion and optionally target.
CREATE TABLE rt_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    subject_id     BIGINT        NOT NULL,
    criterion_code VARCHAR(40)   NOT NULL,
    target_index   INT           NULL,
    file_name      VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB      NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_rt_evidence_subject (subject_id),
    CONSTRAINT fk_rt_evidence_subject FOREIGN KEY (subject_id) REFERENCES rt_subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
