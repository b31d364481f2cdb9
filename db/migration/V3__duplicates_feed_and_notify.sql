-- Copies of a story (issue 6): the hash of the normalized words finds exact copies, a hash per paragraph finds the
-- candidates of near copies fast (a copy shares some paragraphs exactly), and simhash confirms them.
ALTER TABLE article ADD COLUMN body_hash TEXT;
ALTER TABLE article ADD COLUMN paragraph_hashes BIGINT[] NOT NULL DEFAULT '{}';
CREATE INDEX article_body_hash_idx ON article (body_hash);
CREATE INDEX article_paragraph_hashes_idx ON article USING GIN (paragraph_hashes);
CREATE INDEX article_duplicate_of_idx ON article (duplicate_of);

-- Full-text search in the article's own language where PostgreSQL has a configuration for it, else 'simple'.
-- (to_tsvector with a constant configuration is immutable, so the CASE can feed a generated column.)
ALTER TABLE article DROP COLUMN search;
ALTER TABLE article ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    to_tsvector(CASE language
            WHEN 'ar' THEN 'arabic'::regconfig WHEN 'hy' THEN 'armenian'::regconfig WHEN 'eu' THEN 'basque'::regconfig
            WHEN 'ca' THEN 'catalan'::regconfig WHEN 'da' THEN 'danish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
            WHEN 'en' THEN 'english'::regconfig WHEN 'fi' THEN 'finnish'::regconfig WHEN 'fr' THEN 'french'::regconfig
            WHEN 'de' THEN 'german'::regconfig WHEN 'el' THEN 'greek'::regconfig WHEN 'hi' THEN 'hindi'::regconfig
            WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'id' THEN 'indonesian'::regconfig WHEN 'ga' THEN 'irish'::regconfig
            WHEN 'it' THEN 'italian'::regconfig WHEN 'lt' THEN 'lithuanian'::regconfig WHEN 'ne' THEN 'nepali'::regconfig
            WHEN 'no' THEN 'norwegian'::regconfig WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig
            WHEN 'ro' THEN 'romanian'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'sr' THEN 'serbian'::regconfig
            WHEN 'es' THEN 'spanish'::regconfig WHEN 'sv' THEN 'swedish'::regconfig WHEN 'ta' THEN 'tamil'::regconfig
            WHEN 'tr' THEN 'turkish'::regconfig WHEN 'yi' THEN 'yiddish'::regconfig
            ELSE 'simple'::regconfig END,
        coalesce(title, '') || ' ' || body_text)) STORED;
CREATE INDEX article_search_idx ON article USING GIN (search);

-- The stable view for consumers: one row per story (copies left out), the public fields only.
CREATE VIEW article_feed AS
SELECT id, url, canonical_url, site, site_name, section, title, authors, byline, agency,
       dateline_raw, dateline_location, dateline_agency, published_at, published_precision, modified_at,
       language, description, images, body_text, body_html, word_count, created_at, updated_at, search
FROM article
WHERE duplicate_of IS NULL;

-- NOTIFY newsbatch_articles with the article's id whenever a story is inserted or its content changes, so consumers
-- can LISTEN instead of polling. Payload: the id as text.
CREATE FUNCTION newsbatch_notify_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsbatch_articles', NEW.id::text);
    RETURN NEW;
END;
$$;
CREATE TRIGGER article_notify_insert AFTER INSERT ON article
    FOR EACH ROW EXECUTE FUNCTION newsbatch_notify_article();
CREATE TRIGGER article_notify_update AFTER UPDATE ON article
    FOR EACH ROW WHEN (OLD.content_hash IS DISTINCT FROM NEW.content_hash OR OLD.title IS DISTINCT FROM NEW.title
        OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of)
    EXECUTE FUNCTION newsbatch_notify_article();
