-- Query side: payments reported by an order's owner and awaiting confirmation, across orders
-- (ReportedPaymentProjection, GET /api/payments?status=REPORTED). Built from the order's events only.
CREATE TABLE reported_payment (
    payment_id  VARCHAR(36)    NOT NULL PRIMARY KEY,
    order_id    VARCHAR(36)    NOT NULL,
    customer_id VARCHAR(36)    NOT NULL,
    rep_id      VARCHAR(36)    NOT NULL,
    team_id     VARCHAR(36),
    amount      NUMERIC(17, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    reported_by VARCHAR(100),
    reported_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX reported_payment_waiting ON reported_payment (reported_at, payment_id);
