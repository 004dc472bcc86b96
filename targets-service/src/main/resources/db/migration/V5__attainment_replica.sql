-- The latest attainment reporting-service measured per target (sales.reports.events AttainmentMeasured), shown in
-- GET /api/targets/{id}. sequence is the measurement's number in the target's stream: an older one never wins.
CREATE TABLE target_attainment_measure (
    target_id        VARCHAR(36)    NOT NULL PRIMARY KEY,
    sequence         BIGINT         NOT NULL,
    target           NUMERIC(17, 2) NOT NULL,
    actual           NUMERIC(17, 2) NOT NULL,
    percent          NUMERIC(9, 2)  NOT NULL,
    forecast         NUMERIC(17, 2),
    forecast_percent NUMERIC(9, 2),
    outlook          VARCHAR(12)    NOT NULL,
    measured_at      TIMESTAMPTZ    NOT NULL
);
