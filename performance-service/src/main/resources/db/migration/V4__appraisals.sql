-- Query side of appraisals (processing group appraisal-view, subscribing). The KPIs, weights and rubric are the
-- JSON of the events that set them, shown as they were scored.
CREATE TABLE appraisal_view (
    appraisal_id  VARCHAR(36)   NOT NULL PRIMARY KEY,
    rep_id        VARCHAR(36)   NOT NULL,
    team_id       VARCHAR(36)   NOT NULL,
    period        VARCHAR(8)    NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    weights       TEXT          NOT NULL,
    kpis          TEXT,
    score         NUMERIC(5, 2),
    rating        CHAR(1),
    reviewer_id   VARCHAR(64),
    rubric        TEXT,
    feedback      TEXT,
    appeal_reason TEXT,
    opened_at     TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX appraisal_view_rep_idx ON appraisal_view (rep_id, period);
