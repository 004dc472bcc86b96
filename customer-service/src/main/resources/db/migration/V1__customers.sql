-- Personal data keys: one AES-256 key per customer. Deleting a row crypto-shreds the contact names, phones and
-- e-mails sealed with it in the event store (DOMAIN.md §2, ARCHITECTURE.md "Personal data").
CREATE TABLE customer_key (
    customer_id VARCHAR(36) NOT NULL PRIMARY KEY,
    key_bytes   BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Command side (processing group customer-directory): what the duplicate-lead rule compares.
-- Contact phones and e-mails are kept only as SHA-256 fingerprints and are deleted on erasure.
CREATE TABLE customer_directory (
    customer_id VARCHAR(36) NOT NULL PRIMARY KEY,
    name_key    TEXT        NOT NULL
);
CREATE INDEX customer_directory_name_idx ON customer_directory (name_key);
CREATE TABLE customer_directory_contact (
    customer_id VARCHAR(36) NOT NULL,
    fingerprint CHAR(64)    NOT NULL,
    CONSTRAINT customer_directory_contact_pk PRIMARY KEY (customer_id, fingerprint)
);
CREATE INDEX customer_directory_contact_fp_idx ON customer_directory_contact (fingerprint);

-- Query side (processing group customer-summary): lists, search by name, object-level access.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE customer_summary (
    customer_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(3)   NOT NULL,
    industry        VARCHAR(100),
    region          VARCHAR(100),
    channel         VARCHAR(20)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    owner_rep_id    VARCHAR(36)  NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    last_contact_at TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_summary_owner_idx ON customer_summary (owner_rep_id, status);
CREATE INDEX customer_summary_name_trgm_idx ON customer_summary USING gin (name gin_trgm_ops);

-- Local replica of performance-service's roster (sales.performance.events): owners and managers' teams.
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

-- Purchase history from orders-service's events (sales.orders.events), one row per order.
CREATE TABLE purchase_history (
    order_id    VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id VARCHAR(36)    NOT NULL,
    total       NUMERIC(17, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    status      VARCHAR(10)    NOT NULL,
    placed_at   TIMESTAMPTZ    NOT NULL,
    updated_at  TIMESTAMPTZ    NOT NULL
);
CREATE INDEX purchase_history_customer_idx ON purchase_history (customer_id, placed_at);

-- Query side (processing group prospecting-plan-view).
CREATE TABLE prospecting_plan_view (
    rep_id            VARCHAR(36) NOT NULL,
    month             CHAR(7)     NOT NULL,
    minimum_new_leads INTEGER     NOT NULL,
    by_channel        TEXT        NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT prospecting_plan_view_pk PRIMARY KEY (rep_id, month)
);
