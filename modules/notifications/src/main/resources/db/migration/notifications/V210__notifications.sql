-- In-app notices, one row per user, and the e-mail outbox: a mail is queued in the transaction of what it tells
-- about and sent after that transaction commits, so a rolled-back change sends nothing.
CREATE TABLE notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    username    VARCHAR(100)  NOT NULL,
    unit_code   VARCHAR(40)   NULL,
    kind        VARCHAR(60)   NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    link        VARCHAR(500)  NULL,
    reference   VARCHAR(100)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_notice_user (username, read_at, created_at),
    INDEX ix_notice_reference (reference, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    recipient   VARCHAR(255)  NOT NULL,
    username    VARCHAR(100)  NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    reference   VARCHAR(100)  NULL,
    state       VARCHAR(20)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_mail_outbox_state (state, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
