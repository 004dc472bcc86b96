CREATE TABLE target_summary (
    target_id        VARCHAR(36)    NOT NULL PRIMARY KEY,
    scope            VARCHAR(10)    NOT NULL,
    owner_id         VARCHAR(36),
    period           VARCHAR(8)     NOT NULL,
    metric           VARCHAR(20)    NOT NULL,
    amount           NUMERIC(17, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    specific         TEXT           NOT NULL,
    achievable       TEXT           NOT NULL,
    relevant         TEXT           NOT NULL,
    time_bound       TIMESTAMPTZ    NOT NULL,
    parent_target_id VARCHAR(36),
    updated_at       TIMESTAMPTZ    NOT NULL
);
CREATE INDEX target_summary_period_idx ON target_summary (period, scope);
CREATE INDEX target_summary_owner_idx ON target_summary (owner_id);
CREATE INDEX target_summary_parent_idx ON target_summary (parent_target_id);

-- Local replica of performance-service's roster (sales.performance.events), for owner checks and access rules.
CREATE TABLE roster_team (
    team_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    manager_rep_id VARCHAR(36)
);
CREATE TABLE roster_rep (
    rep_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    team_id  VARCHAR(36)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    departed BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX roster_rep_team_idx ON roster_rep (team_id);
