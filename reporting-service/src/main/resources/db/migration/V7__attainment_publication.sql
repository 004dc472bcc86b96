-- What was last published as AttainmentMeasured per target: a measurement is published again only when the actual
-- or the amount changed. Kept outside the read-model generations: a rebuild does not republish every target.
CREATE TABLE attainment_publication (
    target_id   VARCHAR(36)    NOT NULL PRIMARY KEY,
    amount      NUMERIC(17, 2) NOT NULL,
    actual      NUMERIC(17, 2) NOT NULL,
    sequence    BIGINT         NOT NULL,
    measured_at TIMESTAMPTZ    NOT NULL
);
