-- Idempotent consumption: a consumer records each event id here in the same transaction as its effect.
CREATE TABLE inbox_message (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT inbox_message_pk PRIMARY KEY (consumer, event_id)
);
