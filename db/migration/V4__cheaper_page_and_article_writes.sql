-- Raw page bodies are large (150 KB is common) and written and read once per import and clean: pglz, PostgreSQL's
-- default TOAST compression, spends more CPU on them than the whole extraction does. lz4 compresses about as well
-- on HTML at a fraction of the cost. Servers built without lz4 keep pglz (the command fails there, nothing else).
DO $$
BEGIN
    ALTER TABLE raw_page ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE article ALTER COLUMN body_text SET COMPRESSION lz4;
    ALTER TABLE article ALTER COLUMN body_html SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: page bodies stay compressed with pglz';
END;
$$;

-- A hash of everything the cleaner derived for the row (see StorableArticle.rowHash): a story read again unchanged
-- (a re-clean, a wire story on many pages) is recognised before it is sent, so its search vector and index entries
-- are not rebuilt for nothing.
ALTER TABLE article ADD COLUMN row_hash TEXT;

-- Copies are looked up by paragraph hash once per written article: with GIN's pending list each lookup also scanned
-- every entry not yet merged into the index. Merged at once instead (a row has a few dozen hashes, cheap to insert).
ALTER INDEX article_paragraph_hashes_idx SET (fastupdate = off);
