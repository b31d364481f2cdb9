-- An article's search vector is about as large as its text (4 KB on the corpus pages) and, like the text, stored
-- compressed: with lz4, as the text is (V4), rather than pglz, which costs several times the CPU on every write. Servers
-- built without lz4 keep pglz (the command fails there, nothing else).
DO $$
BEGIN
    ALTER TABLE article ALTER COLUMN search SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: search vectors stay compressed with pglz';
END;
$$;
