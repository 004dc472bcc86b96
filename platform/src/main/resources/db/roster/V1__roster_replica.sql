-- The roster replica every consuming service keeps from performance-service's events (sales.performance.events),
-- written only by the platform's roster subscription (platform.roster). Each fact carries the aggregate sequence
-- of the event that set it: an event older than the one a fact came from never overwrites it.
CREATE TABLE roster_replica_team (
    team_id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200),
    created_sequence BIGINT,
    manager_rep_id   VARCHAR(36),
    manager_sequence BIGINT
);
CREATE INDEX roster_replica_team_manager_idx ON roster_replica_team (manager_rep_id);

-- A row may exist before its RepHired arrived (a later event came first): name and hired_on are null until then,
-- and such a rep is not active.
CREATE TABLE roster_replica_rep (
    rep_id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    name               VARCHAR(200),
    hired_on           DATE,
    hired_sequence     BIGINT,
    team_id            VARCHAR(36),
    team_sequence      BIGINT,
    grade              INTEGER,
    grade_sequence     BIGINT,
    departed_on        DATE,
    departure_sequence BIGINT
);
CREATE INDEX roster_replica_rep_team_idx ON roster_replica_rep (team_id);
