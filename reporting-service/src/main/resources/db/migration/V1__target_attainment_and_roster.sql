-- Target attainment read model, projected from sales.targets.events (actuals from orders come with orders-service).
CREATE TABLE target_attainment (
    target_id     VARCHAR(36)    NOT NULL PRIMARY KEY,
    scope         VARCHAR(10)    NOT NULL,
    owner_id      VARCHAR(36),
    period        VARCHAR(8)     NOT NULL,
    metric        VARCHAR(20)    NOT NULL,
    target_amount NUMERIC(17, 2) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    actual        NUMERIC(17, 2) NOT NULL DEFAULT 0,
    status        VARCHAR(10)    NOT NULL,
    time_bound    TIMESTAMPTZ    NOT NULL,
    set_at        TIMESTAMPTZ    NOT NULL
);
CREATE INDEX target_attainment_period_idx ON target_attainment (period, scope, owner_id);

-- Local replica of the roster (sales.performance.events): who may see which figures.
CREATE TABLE roster_team (
    team_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    manager_rep_id VARCHAR(36)
);
CREATE TABLE roster_rep (
    rep_id  VARCHAR(36)  NOT NULL PRIMARY KEY,
    team_id VARCHAR(36)  NOT NULL,
    name    VARCHAR(200) NOT NULL
);
CREATE INDEX roster_rep_team_idx ON roster_rep (team_id);
