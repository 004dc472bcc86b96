-- Data keys are stored wrapped with a key-encryption key (KEK) from outside the database; kek_id names it.
-- Rows of V1 (plain keys) have no kek_id: the service wraps them at startup (read as they are until then)
-- (docs/customer-service.md "Personal data"), and re-wraps keys of a retired KEK the same way.
ALTER TABLE customer_key ADD COLUMN kek_id VARCHAR(64);

-- Fingerprints are HMAC-SHA-256 with a key from outside the database; key_id names it. Rows of V1 (plain SHA-256)
-- have none: the service makes them again from the event store at startup, as after a fingerprint key change.
ALTER TABLE customer_directory_contact ADD COLUMN key_id VARCHAR(64);
