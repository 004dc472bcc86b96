CREATE TABLE opportunity_fact (
    opportunity_id      VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36),
    rep_id              VARCHAR(36),
    team_id             VARCHAR(36),
    expected_amount     NUMERIC(17, 2) NOT NULL,
    expected_close_date DATE,
    stage               VARCHAR(20)    NOT NULL,
    probability         INTEGER        NOT NULL,
    opened_at           TIMESTAMPTZ    NOT NULL,
    closed_at           TIMESTAMPTZ,
    outcome             VARCHAR(4),
    won_amount          NUMERIC(17, 2),
    loss_reason         TEXT,
    competitor          VARCHAR(200)
);
CREATE INDEX opportunity_fact_rep_idx ON opportunity_fact (rep_id);

-- Every stage an opportunity was in, from when to when (left_at NULL: still there).
CREATE TABLE opportunity_stage_fact (
    opportunity_id VARCHAR(36) NOT NULL,
    stage          VARCHAR(20) NOT NULL,
    entered_at     TIMESTAMPTZ NOT NULL,
    left_at        TIMESTAMPTZ,
    PRIMARY KEY (opportunity_id, stage, entered_at)
);

CREATE TABLE product_fact (
    sku        VARCHAR(64)    NOT NULL PRIMARY KEY,
    name       VARCHAR(300)   NOT NULL,
    category   VARCHAR(100),
    list_price NUMERIC(17, 2) NOT NULL
);

CREATE TABLE course_completion_fact (
    event_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    rep_id       VARCHAR(36)  NOT NULL,
    course_id    VARCHAR(36)  NOT NULL,
    category     VARCHAR(30),
    passed       BOOLEAN      NOT NULL,
    completed_on DATE         NOT NULL
);
CREATE INDEX course_completion_fact_rep_idx ON course_completion_fact (rep_id, completed_on);

-- Targets projected before period_start existed get it from their period's notation (year, quarter, month, ISO week).
UPDATE target_attainment SET period_start = (CASE
    WHEN period ~ '^\d{4}$' THEN make_date(substr(period, 1, 4)::int, 1, 1)
    WHEN period ~ '^\d{4}-Q[1-4]$' THEN make_date(substr(period, 1, 4)::int, (substr(period, 7, 1)::int - 1) * 3 + 1, 1)
    WHEN period ~ '^\d{4}-\d{2}$' THEN make_date(substr(period, 1, 4)::int, substr(period, 6, 2)::int, 1)
    WHEN period ~ '^\d{4}-W\d{2}$' THEN to_date(substr(period, 1, 4) || substr(period, 7, 2), 'IYYYIW')
  END)::timestamp AT TIME ZONE 'UTC'
WHERE period_start IS NULL;
ALTER TABLE target_attainment ALTER COLUMN period_start SET NOT NULL;
