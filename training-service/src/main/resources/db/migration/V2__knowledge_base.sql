-- Knowledge-base search (docs/adr/0010-knowledge-base-search.md): English by stem through a weighted tsvector,
-- any text (Chinese fragments included) by ILIKE, which pg_trgm's GIN indexes serve for 3+ character patterns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Query side (processing group knowledge-view): each article's current version.
CREATE TABLE article_view (
    article_id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    body                TEXT         NOT NULL,
    tags                TEXT[]       NOT NULL DEFAULT '{}',
    status              VARCHAR(10)  NOT NULL,
    version             INT          NOT NULL,
    author_id           VARCHAR(36)  NOT NULL,
    opportunity_id      VARCHAR(36),
    opportunity_outcome VARCHAR(4),
    source_meeting_id   VARCHAR(36),
    updated_at          TIMESTAMPTZ  NOT NULL,
    search_vector       TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
);
CREATE INDEX article_view_search_idx ON article_view USING GIN (search_vector);
CREATE INDEX article_view_title_trgm_idx ON article_view USING GIN (title gin_trgm_ops);
CREATE INDEX article_view_body_trgm_idx ON article_view USING GIN (body gin_trgm_ops);
CREATE INDEX article_view_tags_idx ON article_view USING GIN (tags);
CREATE INDEX article_view_kind_idx ON article_view (kind, updated_at);

-- Every version ever written, kept.
CREATE TABLE article_version (
    article_id          VARCHAR(36)  NOT NULL,
    version             INT          NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    body                TEXT         NOT NULL,
    tags                TEXT[]       NOT NULL DEFAULT '{}',
    opportunity_id      VARCHAR(36),
    opportunity_outcome VARCHAR(4),
    editor_id           VARCHAR(36)  NOT NULL,
    written_at          TIMESTAMPTZ  NOT NULL,
    published_at        TIMESTAMPTZ,
    PRIMARY KEY (article_id, version)
);
