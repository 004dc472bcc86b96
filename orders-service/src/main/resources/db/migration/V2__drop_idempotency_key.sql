-- Idempotency-Key answers are kept by the platform now (idempotency_answer, migration set db/idempotency) for every
-- service; orders' own table is no longer written or read.
DROP TABLE IF EXISTS idempotency_key;
