-- The risk register's read model (SalesRisk events) and the target adjustments each risk caused.
CREATE TABLE risk_summary (
    risk_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    category         VARCHAR(20) NOT NULL,
    description      TEXT        NOT NULL,
    owner_rep_id     VARCHAR(36),
    likelihood       SMALLINT,
    impact           SMALLINT,
    score            SMALLINT,
    mitigation_plan  TEXT,
    contingency_plan TEXT,
    status           VARCHAR(12) NOT NULL,
    occurrence       TEXT,
    resolution       TEXT,
    identified_at    TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX risk_summary_score_idx ON risk_summary (score DESC NULLS LAST);
CREATE TABLE risk_link (
    risk_id   VARCHAR(36) NOT NULL,
    kind      VARCHAR(10) NOT NULL,
    linked_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (risk_id, kind, linked_id)
);
CREATE TABLE risk_target_adjustment (
    event_id        VARCHAR(36)    NOT NULL PRIMARY KEY,
    risk_id         VARCHAR(36)    NOT NULL,
    target_id       VARCHAR(36)    NOT NULL,
    previous_amount NUMERIC(17, 2) NOT NULL,
    amount          NUMERIC(17, 2) NOT NULL,
    reason          TEXT           NOT NULL,
    adjusted_at     TIMESTAMPTZ    NOT NULL
);
CREATE INDEX risk_target_adjustment_risk_idx ON risk_target_adjustment (risk_id, adjusted_at);
