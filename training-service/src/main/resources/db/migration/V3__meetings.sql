-- Query side (processing group meeting-view).
CREATE TABLE meeting_view (
    meeting_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    kind                VARCHAR(20) NOT NULL,
    organiser_id        VARCHAR(36) NOT NULL,
    scheduled_at        TIMESTAMPTZ NOT NULL,
    agenda              TEXT        NOT NULL,
    departments         TEXT[]      NOT NULL DEFAULT '{}',
    participant_rep_ids TEXT[]      NOT NULL DEFAULT '{}',
    minutes             TEXT
);

CREATE TABLE action_item_view (
    action_item_id VARCHAR(36)   NOT NULL PRIMARY KEY,
    meeting_id     VARCHAR(36)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    owner_id       VARCHAR(36)   NOT NULL,
    due_at         TIMESTAMPTZ   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    completed_at   TIMESTAMPTZ,
    completed_late BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX action_item_view_meeting_idx ON action_item_view (meeting_id, due_at);
CREATE INDEX action_item_view_owner_idx ON action_item_view (owner_id, status);
