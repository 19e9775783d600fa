-- Consultations (đợt lấy ý kiến), their recipient units, each unit's current answer with its comments, every
-- submission as an immutable snapshot with its comments, and the reminders sent.
-- Document versions, units and users are referred to by id/code only (no cross-module foreign keys).
CREATE TABLE consultation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(500)  NOT NULL,
    reference        VARCHAR(100)  NOT NULL,
    letter           TEXT          NOT NULL,
    document_id      BIGINT        NOT NULL,
    version_id       BIGINT        NOT NULL,
    deadline         DATETIME(6)   NOT NULL,
    late_allowed     BOOLEAN       NOT NULL DEFAULT FALSE,
    state            VARCHAR(20)   NOT NULL,
    recipient_groups VARCHAR(1000) NOT NULL DEFAULT '',
    recipient_units  VARCHAR(4000) NOT NULL DEFAULT '',
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    published_at     DATETIME(6)   NULL,
    closed_at        DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_consultation_state (state, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_recipient (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    consultation_id   BIGINT      NOT NULL,
    unit_code         VARCHAR(40) NOT NULL,
    group_code        VARCHAR(40) NOT NULL,
    deadline_override DATETIME(6) NULL,
    opened_at         DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_consultation_recipient (consultation_id, unit_code),
    INDEX ix_consultation_recipient_unit (unit_code),
    CONSTRAINT fk_recipient_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE consultation_answer (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    stance          VARCHAR(20)  NULL,
    general_text    TEXT         NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    submissions     INT          NOT NULL DEFAULT 0,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_consultation_answer (consultation_id, unit_code),
    CONSTRAINT fk_answer_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE answer_comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    answer_id     BIGINT       NOT NULL,
    path          VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    text          TEXT         NOT NULL,
    proposed_text TEXT         NOT NULL,
    reason        TEXT         NOT NULL,
    position      INT          NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_answer_comment_answer (answer_id, position),
    CONSTRAINT fk_comment_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE answer_submission (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    seq             INT          NOT NULL,
    receipt_number  VARCHAR(80)  NOT NULL,
    version_id      BIGINT       NOT NULL,
    stance          VARCHAR(20)  NOT NULL,
    general_text    TEXT         NOT NULL,
    signer_name     VARCHAR(200) NOT NULL,
    signer_title    VARCHAR(200) NOT NULL,
    comment_count   INT          NOT NULL,
    late            BOOLEAN      NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    submitted_by    VARCHAR(100) NOT NULL,
    withdrawn_at    DATETIME(6)  NULL,
    withdrawn_by    VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_submission_receipt (receipt_number),
    UNIQUE KEY uq_submission_seq (consultation_id, unit_code, seq),
    CONSTRAINT fk_submission_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission_comment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT        NOT NULL,
    consultation_id BIGINT        NOT NULL,
    unit_code       VARCHAR(40)   NOT NULL,
    comment_id      BIGINT        NOT NULL,
    path            VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    node_order      INT           NOT NULL,
    node_label      VARCHAR(200)  NOT NULL,
    quoted_text     MEDIUMTEXT    NOT NULL,
    text            TEXT          NOT NULL,
    proposed_text   TEXT          NOT NULL,
    reason          TEXT          NOT NULL,
    position        INT           NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_submission_comment_submission (submission_id, position),
    INDEX ix_submission_comment_path (consultation_id, path),
    CONSTRAINT fk_submission_comment_submission FOREIGN KEY (submission_id) REFERENCES answer_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- At most one reminder per unit and day (Asia/Ho_Chi_Minh), whether sent by hand or by the timer.
CREATE TABLE consultation_reminder (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    sent_on         DATE         NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    sent_by         VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_reminder_day (consultation_id, unit_code, sent_on),
    CONSTRAINT fk_reminder_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
