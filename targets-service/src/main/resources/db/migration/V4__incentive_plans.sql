-- Local replica of performance-service's incentive plans (sales.performance.events IncentivePlanDefined):
-- a target may name the plan that rewards it, checked against this copy.
CREATE TABLE incentive_plan (
    plan_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    period  VARCHAR(8)   NOT NULL
);

ALTER TABLE target_summary ADD COLUMN incentive_plan_id VARCHAR(36);
