-- Axon's event store, owned by Flyway (Axon's createSchema helpers are not idempotent).
-- Payloads are bytea (never oid/large objects), the global index has its own sequence with increment 1
-- so that tracking processors see no artificial gaps.
CREATE SEQUENCE domain_event_entry_global_index_seq INCREMENT BY 1 START WITH 1 NO CYCLE;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL DEFAULT nextval('domain_event_entry_global_index_seq'),
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_aggregate_sequence_uq UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uq UNIQUE (event_identifier)
);
ALTER SEQUENCE domain_event_entry_global_index_seq OWNED BY domain_event_entry.global_index;

COMMENT ON COLUMN domain_event_entry.time_stamp IS 'ISO-8601 instant in UTC, as written by Axon''s JdbcEventStorageEngine';

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uq UNIQUE (event_identifier)
);
