-- customer-service's ProspectingPlanSet (a rep's minimum of new leads per month), each as recorded: the activity
-- KPI of a rep without a VISITS target scores new leads against it. New leads are NEW_LEAD rows of
-- fact_customer_activity (LeadRegistered).
CREATE TABLE fact_prospecting_plan (
    event_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    rep_id            VARCHAR(36) NOT NULL,
    month             VARCHAR(7)  NOT NULL,
    minimum_new_leads INTEGER     NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_prospecting_plan_rep_idx ON fact_prospecting_plan (rep_id, month);
