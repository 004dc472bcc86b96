-- The generations of a service's read models: each is a schema of its own (read_model_g<N>) filled from the topics'
-- beginning by consumer groups of its own. One is ACTIVE (it answers queries); at most one is BUILDING (a rebuild).
CREATE TABLE read_model_generation (
    generation   INTEGER      NOT NULL PRIMARY KEY,
    schema_name  VARCHAR(63)  NOT NULL UNIQUE,
    state        VARCHAR(10)  NOT NULL CHECK (state IN ('ACTIVE', 'BUILDING', 'RETIRED', 'CANCELLED')),
    requested_by VARCHAR(100),
    started_at   TIMESTAMPTZ  NOT NULL,
    activated_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    dropped_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX read_model_generation_one_active ON read_model_generation ((true)) WHERE state = 'ACTIVE';
CREATE UNIQUE INDEX read_model_generation_one_building ON read_model_generation ((true)) WHERE state = 'BUILDING';

-- Where a generation's consumers started and what they must reach before it may replace the active one: the end of
-- every partition when the rebuild began.
CREATE TABLE read_model_rebuild_goal (
    generation     INTEGER      NOT NULL REFERENCES read_model_generation (generation),
    consumer_group VARCHAR(255) NOT NULL,
    topic          VARCHAR(255) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    start_offset   BIGINT       NOT NULL,
    end_offset     BIGINT       NOT NULL,
    PRIMARY KEY (generation, consumer_group, topic, partition_no)
);
