-- Reps' submitted sales reports with their frozen figures (subscribing projection of the SalesReport aggregate).
CREATE TABLE sales_report (
    report_id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    rep_id             VARCHAR(36)    NOT NULL,
    period_type        VARCHAR(10)    NOT NULL,
    period             VARCHAR(8)     NOT NULL,
    highlights         TEXT           NOT NULL,
    lessons            TEXT           NOT NULL,
    next_plan          TEXT           NOT NULL,
    booked_revenue     NUMERIC(17, 2) NOT NULL,
    orders             BIGINT         NOT NULL,
    attainment_percent NUMERIC(9, 2),
    new_leads          BIGINT         NOT NULL,
    visits             BIGINT         NOT NULL,
    submitted_at       TIMESTAMPTZ    NOT NULL,
    reviewer_id        VARCHAR(36),
    review_comments    TEXT,
    reviewed_at        TIMESTAMPTZ,
    CONSTRAINT sales_report_one_per_period UNIQUE (rep_id, period_type, period)
);
