-- Command side (processing group course-catalog): what a session copies from its course when scheduled.
CREATE TABLE course_catalog (
    course_id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    category                   VARCHAR(30)   NOT NULL,
    duration_hours             NUMERIC(6, 2) NOT NULL,
    pass_mark                  SMALLINT      NOT NULL,
    certification_valid_months SMALLINT      NOT NULL
);

-- Query side (course-view): the catalogue.
CREATE TABLE course_view (
    course_id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    title                      VARCHAR(200)  NOT NULL,
    category                   VARCHAR(30)   NOT NULL,
    format                     VARCHAR(10)   NOT NULL,
    duration_hours             NUMERIC(6, 2) NOT NULL,
    pass_mark                  SMALLINT      NOT NULL,
    certification_valid_months SMALLINT      NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL
);
CREATE INDEX course_view_title_idx ON course_view (title, course_id);
CREATE INDEX course_view_category_idx ON course_view (category, title);

-- Query side (session-view): sessions and every rep's place in them.
CREATE TABLE session_view (
    session_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    course_id      VARCHAR(36)   NOT NULL,
    category       VARCHAR(30)   NOT NULL,
    starts_at      TIMESTAMPTZ   NOT NULL,
    trainer        VARCHAR(200)  NOT NULL,
    capacity       INT           NOT NULL,
    location       VARCHAR(200),
    duration_hours NUMERIC(6, 2) NOT NULL,
    pass_mark      SMALLINT      NOT NULL
);
CREATE INDEX session_view_course_idx ON session_view (course_id, starts_at);

CREATE TABLE session_participant (
    session_id         VARCHAR(36)   NOT NULL,
    rep_id             VARCHAR(36)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    placed_at_sequence BIGINT        NOT NULL,
    attended           BOOLEAN       NOT NULL DEFAULT FALSE,
    hours              NUMERIC(6, 2),
    score              SMALLINT,
    passed             BOOLEAN,
    completed_on       DATE,
    PRIMARY KEY (session_id, rep_id)
);
CREATE INDEX session_participant_rep_idx ON session_participant (rep_id);

-- Query side (training-record).
CREATE TABLE certification_view (
    certification_id VARCHAR(36) NOT NULL PRIMARY KEY,
    rep_id           VARCHAR(36) NOT NULL,
    course_id        VARCHAR(36) NOT NULL,
    category         VARCHAR(30) NOT NULL,
    score            SMALLINT    NOT NULL,
    granted_on       DATE        NOT NULL,
    expires_on       DATE        NOT NULL
);
CREATE INDEX certification_view_rep_idx ON certification_view (rep_id, expires_on);

CREATE TABLE external_training_view (
    external_training_id VARCHAR(36)   NOT NULL PRIMARY KEY,
    rep_id               VARCHAR(36)   NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    organiser            VARCHAR(200)  NOT NULL,
    attended_on          DATE          NOT NULL,
    hours                NUMERIC(5, 2) NOT NULL
);
CREATE INDEX external_training_view_rep_idx ON external_training_view (rep_id, attended_on);

-- Local replica of performance-service's roster (sales.performance.events), for managers' access to their reps.
CREATE TABLE roster_team (
    team_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    manager_rep_id VARCHAR(36)
);
CREATE TABLE roster_rep (
    rep_id  VARCHAR(36)  NOT NULL PRIMARY KEY,
    team_id VARCHAR(36)  NOT NULL,
    name    VARCHAR(200) NOT NULL
);
CREATE INDEX roster_rep_team_idx ON roster_rep (team_id);
