-- Command side: every team with its name folded for comparison (TeamDirectory, processing group team-directory).
-- Written in the transaction that stores TeamCreated; the unique index settles two concurrent creations of the
-- same name (the later command fails as a whole).
CREATE TABLE team_directory (
    team_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    name_key TEXT        NOT NULL,
    CONSTRAINT team_directory_name_key_uq UNIQUE (name_key)
);

-- Query side (processing group roster-view).
CREATE TABLE team_view (
    team_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    manager_rep_id VARCHAR(36),
    created_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX team_view_name_idx ON team_view (name, team_id);

CREATE TABLE rep_view (
    rep_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    team_id    VARCHAR(36)  NOT NULL,
    grade      SMALLINT     NOT NULL,
    hired_on   DATE         NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rep_view_team_idx ON rep_view (team_id, name, rep_id);
CREATE INDEX rep_view_name_idx ON rep_view (name, rep_id);
