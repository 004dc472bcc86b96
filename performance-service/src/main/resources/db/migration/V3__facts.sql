-- Local replicas of the facts performance-service scores (kept from other services' topics through the inbox).
-- recorded_at is when this service learned a fact: a payout run counts only what was recorded before its cutoff,
-- which is what makes a re-run give the same result.
CREATE TABLE fact_target (
    target_id   VARCHAR(36)    NOT NULL PRIMARY KEY,
    scope       VARCHAR(16)    NOT NULL,
    owner_id    VARCHAR(36),
    period      VARCHAR(8)     NOT NULL,
    metric      VARCHAR(16)    NOT NULL,
    amount      NUMERIC(19, 2) NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX fact_target_owner_idx ON fact_target (owner_id, metric, period);

CREATE TABLE fact_booking (
    order_id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    rep_id             VARCHAR(36)    NOT NULL,
    customer_id        VARCHAR(64),
    total              NUMERIC(19, 2) NOT NULL,
    confirmed_at       TIMESTAMPTZ    NOT NULL,
    recorded_at        TIMESTAMPTZ    NOT NULL,
    cancelled_at       TIMESTAMPTZ,
    cancel_recorded_at TIMESTAMPTZ
);
CREATE INDEX fact_booking_rep_idx ON fact_booking (rep_id, confirmed_at);

-- COMMUNICATION, FOLLOW_UP_COMPLETED, FOLLOW_UP_OVERDUE, SATISFACTION; one row per event.
CREATE TABLE fact_customer_activity (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    kind         VARCHAR(24) NOT NULL,
    rep_id       VARCHAR(36) NOT NULL,
    customer_id  VARCHAR(64),
    follow_up_id VARCHAR(64),
    occurred_at  TIMESTAMPTZ NOT NULL,
    score        SMALLINT,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_customer_activity_rep_idx ON fact_customer_activity (rep_id, kind, occurred_at);

-- COURSE (name = course id) or CERTIFICATION (name = the certification, may expire).
CREATE TABLE fact_training (
    event_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    rep_id      VARCHAR(36)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    achieved_at TIMESTAMPTZ  NOT NULL,
    expires_on  DATE,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX fact_training_rep_idx ON fact_training (rep_id, kind);
