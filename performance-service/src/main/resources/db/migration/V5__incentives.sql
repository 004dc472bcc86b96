-- Incentive plans as defined (IncentivePlanCatalog, processing group incentive-plan-catalog, subscribing).
CREATE TABLE incentive_plan (
    plan_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    period      VARCHAR(8)   NOT NULL,
    definition  TEXT         NOT NULL,
    defined_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX incentive_plan_period_idx ON incentive_plan (period, defined_at);

-- Every payout line ever calculated (PayoutLedger, processing group payout-ledger, subscribing): what was paid to
-- whom for which period, by which run, so a later run can see what an after-the-fact change should adjust.
CREATE TABLE payout_ledger (
    run_id      VARCHAR(36)    NOT NULL,
    rep_id      VARCHAR(36)    NOT NULL,
    line_no     INT            NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    for_period  VARCHAR(8)     NOT NULL,
    amount      NUMERIC(19, 2) NOT NULL,
    run_cutoff  TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (run_id, rep_id, line_no)
);
CREATE INDEX payout_ledger_rep_idx ON payout_ledger (rep_id, for_period);

-- Query side of payouts (processing group payout-view, subscribing).
CREATE TABLE payout_view (
    run_id      VARCHAR(36)    NOT NULL,
    rep_id      VARCHAR(36)    NOT NULL,
    team_id     VARCHAR(36)    NOT NULL,
    period      VARCHAR(8)     NOT NULL,
    total       NUMERIC(19, 2) NOT NULL,
    payout      TEXT           NOT NULL,
    PRIMARY KEY (run_id, rep_id)
);
CREATE INDEX payout_view_period_idx ON payout_view (period, rep_id);
