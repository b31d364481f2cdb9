-- The downstream contract (DESIGN.md): other tools read these names. Add columns freely; rename none.

-- Every page as a source produced it, kept so the cleaner can re-run over old pages when it improves.
CREATE TABLE raw_page (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url              TEXT,
    final_url        TEXT,
    origin           TEXT        NOT NULL CHECK (origin IN ('crawl', 'warc', 'file', 'text')),
    origin_ref       TEXT,
    site             TEXT,
    fetched_at       TIMESTAMPTZ NOT NULL,
    http_status      INTEGER,
    content_type     TEXT,
    headers          JSONB       NOT NULL DEFAULT '{}'::jsonb,
    charset          TEXT,
    body             BYTEA       NOT NULL,
    content_hash     TEXT        NOT NULL,
    job_execution_id BIGINT,
    -- where the page came from, for the no-duplicates rule: its URL, else its origin reference
    source_key       TEXT        NOT NULL,
    -- the zone of times the page states without one, from the job definition or --time-zone at import
    time_zone        TEXT,
    -- set when the clean step has turned this page into an article or a rejection
    cleaned_at       TIMESTAMPTZ,
    extractor_version TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The same bytes from the same place are one page: importing a file twice adds no row.
CREATE UNIQUE INDEX raw_page_source_content_uq ON raw_page (source_key, content_hash);
CREATE INDEX raw_page_uncleaned_idx ON raw_page (id) WHERE cleaned_at IS NULL;
CREATE INDEX raw_page_site_idx ON raw_page (site);

-- One row per story, keyed by canonical URL, or by content hash where a page has no URL.
CREATE TABLE article (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_key         TEXT        NOT NULL UNIQUE,
    raw_page_id       BIGINT REFERENCES raw_page (id) ON DELETE SET NULL,
    url               TEXT,
    canonical_url     TEXT,
    site              TEXT,
    title             TEXT,
    authors           TEXT[]      NOT NULL DEFAULT '{}',
    byline            TEXT,
    agency            TEXT,
    dateline_raw      TEXT,
    dateline_location TEXT,
    dateline_agency   TEXT,
    published_at      TIMESTAMPTZ,
    published_at_raw  TEXT,
    -- 'day' where the page gave a date only, so that published_at is not read as midnight
    published_precision TEXT,
    published_zone_assumed BOOLEAN NOT NULL DEFAULT false,
    modified_at       TIMESTAMPTZ,
    language          TEXT,
    description       TEXT,
    section           TEXT,
    site_name         TEXT,
    images            JSONB       NOT NULL DEFAULT '[]'::jsonb,
    body_text         TEXT        NOT NULL,
    body_html         TEXT,
    word_count        INTEGER     NOT NULL,
    content_hash      TEXT        NOT NULL,
    simhash           BIGINT,
    duplicate_of      BIGINT REFERENCES article (id) ON DELETE SET NULL,
    metadata_sources  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    extractor_version TEXT        NOT NULL,
    -- the job execution that last wrote the row, so a run can report what it wrote
    last_job_execution_id BIGINT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    search            TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
            || setweight(to_tsvector('simple', body_text), 'B')) STORED
);
CREATE INDEX article_search_idx ON article USING GIN (search);
CREATE INDEX article_published_idx ON article (published_at);
CREATE INDEX article_site_idx ON article (site);
CREATE INDEX article_content_hash_idx ON article (content_hash);

-- Every page that did not become an article, with a short stable reason. Nothing disappears silently.
CREATE TABLE rejected_page (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_page_id      BIGINT REFERENCES raw_page (id) ON DELETE CASCADE,
    url              TEXT,
    origin_ref       TEXT,
    reason           TEXT        NOT NULL,
    detail           TEXT,
    job_execution_id BIGINT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- one row per page, or per unreadable source where no page could be stored: re-runs update, never add
    rejection_key    TEXT        NOT NULL UNIQUE
);
CREATE INDEX rejected_page_reason_idx ON rejected_page (reason);
