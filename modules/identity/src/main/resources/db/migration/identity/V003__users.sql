-- User accounts. Roles are a comma-separated set of ADMIN, BOARD, UNIT, PLUGIN_ADMIN; unit_code is a unit's code.
CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(255) NOT NULL,
    title                VARCHAR(255) NOT NULL DEFAULT '',
    email                VARCHAR(255) NOT NULL DEFAULT '',
    unit_code            VARCHAR(40)  NULL,
    roles                VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at        DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_user_username (username),
    INDEX ix_user_unit (unit_code, active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
