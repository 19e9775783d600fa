-- The Board's appraisal (thẩm định) of a submitted self-assessment: per-criterion changes, each with its reason, and
-- the proposed level. Quotas are checked against the proposals of the subject's unit group when a proposal is made.
CREATE TABLE rt_appraisal (
    subject_id     BIGINT        NOT NULL,
    changes_json   MEDIUMTEXT    NOT NULL,
    proposed_level VARCHAR(16)   NOT NULL,
    note           VARCHAR(4000) NOT NULL DEFAULT '',
    appraised_by   VARCHAR(100)  NOT NULL,
    appraised_at   DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_id),
    INDEX ix_rt_appraisal_level (proposed_level),
    CONSTRAINT fk_rt_appraisal_subject FOREIGN KEY (subject_id) REFERENCES rt_subject (id),
    CONSTRAINT ck_rt_appraisal_level CHECK (proposed_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
