-- Small application-wide facts, e.g. that demo data has been loaded.
CREATE TABLE app_setting (
    name       VARCHAR(100)  NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
