-- Query side (processing group customer-activity, a streaming processor: it fills from the whole event store when
-- first deployed): the paged lists of a customer's communications, follow-ups and complaints, and the reps' daily
-- follow-up work list. Free texts are blanked when the customer's personal data is erased.
CREATE TABLE customer_communication (
    communication_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(36)  NOT NULL,
    owner_rep_id     VARCHAR(36),
    type             VARCHAR(20)  NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    summary          TEXT,
    outcome          TEXT,
    next_step        TEXT,
    logged_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_communication_customer_idx ON customer_communication (customer_id, occurred_at DESC);

CREATE TABLE customer_follow_up (
    follow_up_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(36)  NOT NULL,
    owner_rep_id       VARCHAR(36),
    due_at             TIMESTAMPTZ  NOT NULL,
    purpose            TEXT,
    status             VARCHAR(10)  NOT NULL,
    overdue            BOOLEAN      NOT NULL DEFAULT FALSE,
    completed_at       TIMESTAMPTZ,
    outcome            TEXT,
    on_time            BOOLEAN,
    satisfaction_score INTEGER,
    scheduled_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_follow_up_customer_idx ON customer_follow_up (customer_id, due_at);
CREATE INDEX customer_follow_up_open_idx ON customer_follow_up (owner_rep_id, due_at) WHERE status = 'OPEN';

CREATE TABLE customer_complaint (
    complaint_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(36)  NOT NULL,
    owner_rep_id       VARCHAR(36),
    subject            TEXT,
    description        TEXT,
    status             VARCHAR(10)  NOT NULL,
    opened_at          TIMESTAMPTZ  NOT NULL,
    resolved_at        TIMESTAMPTZ,
    resolution         TEXT,
    resolution_seconds BIGINT
);
CREATE INDEX customer_complaint_customer_idx ON customer_complaint (customer_id, opened_at DESC);
