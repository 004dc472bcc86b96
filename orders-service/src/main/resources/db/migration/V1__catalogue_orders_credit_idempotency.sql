-- Command side: the list price of every product, read when an order is priced (ProductCatalogue).
CREATE TABLE catalogue_price (
    sku        VARCHAR(40)    NOT NULL PRIMARY KEY,
    list_price NUMERIC(17, 2) NOT NULL
);

-- Query side: the product catalogue as GET /api/products shows it (ProductProjection).
CREATE TABLE product_view (
    sku        VARCHAR(40)    NOT NULL PRIMARY KEY,
    name       VARCHAR(200)   NOT NULL,
    category   VARCHAR(100)   NOT NULL,
    list_price NUMERIC(17, 2) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    updated_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX product_view_name_idx ON product_view (name, sku);

-- Replica of customer-service (sales.customers.events): owner and credit limit of each customer. One row per
-- customer, locked FOR UPDATE by every order placement for that customer, so two placements are judged one after
-- the other against the same ledger.
CREATE TABLE credit_customer (
    customer_id  VARCHAR(36)    NOT NULL PRIMARY KEY,
    owner_rep_id VARCHAR(36),
    credit_limit NUMERIC(17, 2)
);

-- The unpaid amount of each order that counts against its customer's credit (CreditLedger, credit-ledger group).
CREATE TABLE credit_order (
    order_id    VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id VARCHAR(36)    NOT NULL,
    unpaid      NUMERIC(17, 2) NOT NULL,
    counted     BOOLEAN        NOT NULL,
    overdue     BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX credit_order_customer_idx ON credit_order (customer_id);

-- Replica of performance-service's roster (sales.performance.events): the team of each rep.
CREATE TABLE roster_rep (
    rep_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    team_id VARCHAR(36) NOT NULL
);

-- Query side: orders, their lines and their timeline (OrderProjection).
CREATE TABLE order_view (
    order_id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(36)    NOT NULL,
    rep_id             VARCHAR(36)    NOT NULL,
    team_id            VARCHAR(36),
    status             VARCHAR(20)    NOT NULL,
    total              NUMERIC(17, 2) NOT NULL,
    paid               NUMERIC(17, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    payment_terms_days INTEGER        NOT NULL,
    payment_due_at     TIMESTAMPTZ,
    overdue            BOOLEAN        NOT NULL DEFAULT FALSE,
    lines              TEXT           NOT NULL,
    placed_at          TIMESTAMPTZ    NOT NULL,
    updated_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX order_view_customer_idx ON order_view (customer_id, placed_at);
CREATE INDEX order_view_rep_idx ON order_view (rep_id, placed_at);
CREATE INDEX order_view_team_idx ON order_view (team_id, placed_at);

CREATE TABLE order_timeline (
    order_id        VARCHAR(36)    NOT NULL,
    event_id        VARCHAR(100)   NOT NULL,
    entry_no        BIGINT         NOT NULL,
    event           VARCHAR(30)    NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    occurred_at     TIMESTAMPTZ    NOT NULL,
    actor_id        VARCHAR(100),
    carrier         VARCHAR(100),
    tracking_number VARCHAR(100),
    amount          NUMERIC(17, 2),
    reason          VARCHAR(500),
    CONSTRAINT order_timeline_pk PRIMARY KEY (order_id, entry_no),
    CONSTRAINT order_timeline_event_uq UNIQUE (event_id)
);

-- Idempotency-Key: the first answer to a creating POST, replayed to a retry with the same key and body.
CREATE TABLE idempotency_key (
    caller        VARCHAR(100)  NOT NULL,
    key           VARCHAR(200)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        INTEGER,
    location      VARCHAR(500),
    resource_id   VARCHAR(200),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, key)
);

-- Query side: opportunities, the periods they spent in each stage, their negotiation rounds
-- (OpportunityProjection).
CREATE TABLE opportunity_view (
    opportunity_id      VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(36)    NOT NULL,
    rep_id              VARCHAR(36)    NOT NULL,
    team_id             VARCHAR(36),
    title               VARCHAR(200)   NOT NULL,
    expected_amount     NUMERIC(17, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    expected_close_date DATE           NOT NULL,
    stage               VARCHAR(20)    NOT NULL,
    probability         INTEGER        NOT NULL,
    won_amount          NUMERIC(17, 2),
    close_reason        VARCHAR(500),
    competitor          VARCHAR(200),
    opened_at           TIMESTAMPTZ    NOT NULL,
    updated_at          TIMESTAMPTZ    NOT NULL
);
CREATE INDEX opportunity_view_rep_idx ON opportunity_view (rep_id, updated_at);
CREATE INDEX opportunity_view_team_idx ON opportunity_view (team_id, updated_at);

CREATE TABLE opportunity_stage_period (
    opportunity_id VARCHAR(36) NOT NULL,
    entry_no       BIGINT      NOT NULL,
    stage          VARCHAR(20) NOT NULL,
    entered_at     TIMESTAMPTZ NOT NULL,
    left_at        TIMESTAMPTZ,
    actor_id       VARCHAR(100),
    CONSTRAINT opportunity_stage_period_pk PRIMARY KEY (opportunity_id, entry_no)
);

CREATE TABLE negotiation_round_view (
    opportunity_id VARCHAR(36)    NOT NULL,
    round          INTEGER        NOT NULL,
    our_offer      NUMERIC(17, 2) NOT NULL,
    counter_offer  NUMERIC(17, 2),
    notes          VARCHAR(500),
    recorded_at    TIMESTAMPTZ    NOT NULL,
    actor_id       VARCHAR(100),
    CONSTRAINT negotiation_round_view_pk PRIMARY KEY (opportunity_id, round)
);

-- Command side: the quotes an order may be placed from (QuoteBook); order_id marks the one order a quote became.
CREATE TABLE quote_book (
    quote_id         VARCHAR(36) NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(36) NOT NULL,
    lines            TEXT        NOT NULL,
    valid_until      DATE        NOT NULL,
    approval_pending BOOLEAN     NOT NULL,
    order_id         VARCHAR(36)
);

-- Query side: quotes as GET /api/quotes/{id} shows them (QuoteProjection).
CREATE TABLE quote_view (
    quote_id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(36)    NOT NULL,
    rep_id            VARCHAR(36)    NOT NULL,
    team_id           VARCHAR(36),
    lines             TEXT           NOT NULL,
    total             NUMERIC(17, 2) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    valid_until       DATE           NOT NULL,
    approval_required BOOLEAN        NOT NULL,
    approved_by       VARCHAR(100),
    approved_at       TIMESTAMPTZ,
    order_id          VARCHAR(36),
    issued_at         TIMESTAMPTZ    NOT NULL
);
