-- Facts projected from every service's topic. Reports are computed from them at query time, so a report for a
-- past instant (?asOf=) filters the same facts by their times.

ALTER TABLE target_attainment ADD COLUMN parent_target_id VARCHAR(36);
ALTER TABLE target_attainment ADD COLUMN period_start TIMESTAMPTZ;
ALTER TABLE target_attainment ADD COLUMN activated_at TIMESTAMPTZ;
ALTER TABLE target_attainment ADD COLUMN closed_at TIMESTAMPTZ;

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
