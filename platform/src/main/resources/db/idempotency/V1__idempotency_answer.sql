-- The first answer to each creating POST sent with an Idempotency-Key, per caller (JWT sub). A row is written in the
-- same transaction as the request's effect and only when that answer is 2xx, so a committed row always has its
-- status; rows older than sales.platform.idempotency.retention are purged.
CREATE TABLE idempotency_answer (
    caller       TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    status       INTEGER,
    content_type TEXT,
    location     TEXT,
    body         BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_answer_created_at ON idempotency_answer (created_at);
