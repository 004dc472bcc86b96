-- The current allocation of each target (sales.targets TargetAllocated replaces it as a whole).
CREATE TABLE target_allocation (
    target_id VARCHAR(36)    NOT NULL,
    position  INTEGER        NOT NULL,
    scope     VARCHAR(10)    NOT NULL,
    owner_id  VARCHAR(36)    NOT NULL,
    amount    NUMERIC(17, 2) NOT NULL,
    PRIMARY KEY (target_id, position)
);
