-- The read models of one generation, all projected from the services' topics (see docs/reporting-service.md).
-- Reports are computed from these facts at query time, so a report for a past instant (?asOf=) filters the same
-- facts by their times.

-- Every target of sales.targets.events; actuals come from the order, customer and activity facts.
CREATE TABLE target_attainment (
    target_id        VARCHAR(36)    NOT NULL PRIMARY KEY,
    scope            VARCHAR(10)    NOT NULL,
    owner_id         VARCHAR(36),
    period           VARCHAR(8)     NOT NULL,
    metric           VARCHAR(20)    NOT NULL,
    target_amount    NUMERIC(17, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    time_bound       TIMESTAMPTZ    NOT NULL,
    set_at           TIMESTAMPTZ    NOT NULL,
    parent_target_id VARCHAR(36),
    period_start     TIMESTAMPTZ    NOT NULL,
    activated_at     TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ
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

-- Every amount a target had, from when: the attainment as of an instant uses the amount then in force.
CREATE TABLE target_amount_history (
    target_id    VARCHAR(36)    NOT NULL,
    effective_at TIMESTAMPTZ    NOT NULL,
    amount       NUMERIC(17, 2) NOT NULL,
    reason       TEXT,
    PRIMARY KEY (target_id, effective_at)
);

CREATE TABLE order_fact (
    order_id      VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(36)    NOT NULL,
    rep_id        VARCHAR(36),
    team_id       VARCHAR(36),
    total         NUMERIC(17, 2) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    placed_at     TIMESTAMPTZ    NOT NULL,
    confirmed_at  TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    paid_at       TIMESTAMPTZ,
    paid_total    NUMERIC(17, 2) NOT NULL DEFAULT 0,
    overdue_since TIMESTAMPTZ,
    payment_due_at TIMESTAMPTZ
);
CREATE INDEX order_fact_confirmed_idx ON order_fact (confirmed_at);
CREATE INDEX order_fact_rep_idx ON order_fact (rep_id);
CREATE INDEX order_fact_customer_idx ON order_fact (customer_id);

CREATE TABLE order_line_fact (
    order_id   VARCHAR(36)    NOT NULL,
    line_no    INTEGER        NOT NULL,
    sku        VARCHAR(64)    NOT NULL,
    quantity   INTEGER        NOT NULL,
    line_total NUMERIC(17, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_line_fact_sku_idx ON order_line_fact (sku);

CREATE TABLE payment_fact (
    payment_id  VARCHAR(36)    NOT NULL PRIMARY KEY,
    order_id    VARCHAR(36)    NOT NULL,
    amount      NUMERIC(17, 2) NOT NULL,
    received_at TIMESTAMPTZ    NOT NULL
);

CREATE TABLE customer_fact (
    customer_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(300),
    region          VARCHAR(100),
    industry        VARCHAR(100),
    channel         VARCHAR(20),
    owner_rep_id    VARCHAR(36),
    status          VARCHAR(20)  NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    converted_at    TIMESTAMPTZ,
    last_contact_at TIMESTAMPTZ
);
CREATE INDEX customer_fact_owner_idx ON customer_fact (owner_rep_id);

CREATE TABLE communication_fact (
    communication_id VARCHAR(36) NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(36) NOT NULL,
    rep_id           VARCHAR(36),
    type             VARCHAR(20) NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX communication_fact_rep_idx ON communication_fact (rep_id, occurred_at);

CREATE TABLE follow_up_fact (
    follow_up_id VARCHAR(36) NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(36) NOT NULL,
    rep_id       VARCHAR(36),
    due_at       TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    on_time      BOOLEAN,
    overdue_at   TIMESTAMPTZ
);
CREATE INDEX follow_up_fact_rep_idx ON follow_up_fact (rep_id, due_at);

CREATE TABLE complaint_fact (
    complaint_id VARCHAR(36) NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(36) NOT NULL,
    rep_id       VARCHAR(36),
    opened_at    TIMESTAMPTZ NOT NULL,
    resolved_at  TIMESTAMPTZ
);

CREATE TABLE prospecting_plan (
    rep_id            VARCHAR(36) NOT NULL,
    month             CHAR(7)     NOT NULL,
    minimum_new_leads INTEGER     NOT NULL,
    PRIMARY KEY (rep_id, month)
);

CREATE TABLE risk_fact (
    risk_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    category     VARCHAR(30)  NOT NULL,
    description  TEXT         NOT NULL,
    owner_rep_id VARCHAR(36),
    score        INTEGER,
    status       VARCHAR(20)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);

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
