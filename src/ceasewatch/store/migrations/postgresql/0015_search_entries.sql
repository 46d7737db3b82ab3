-- The search entry of an article is its English tsvector alone: articles_fts kept a second
-- copy of every title and text only to compute it (the texts are in articles.data), which
-- cost every ingest the storing and compressing of each text twice. The tsvector becomes a
-- plain column (existing entries keep their values), written by the store with
-- to_tsvector('english', title || ' ' || text) as before (store/pgwrites.py).
ALTER TABLE articles_fts ALTER COLUMN tsv DROP EXPRESSION;
ALTER TABLE articles_fts ALTER COLUMN tsv SET NOT NULL;
ALTER TABLE articles_fts DROP COLUMN title, DROP COLUMN text;
-- New values of the large columns are compressed with lz4 where the server has it (PostgreSQL
-- 14+ built with lz4, as Debian's is): a few times cheaper to write than the default pglz,
-- and read as before. A server without it keeps pglz.
DO $$
BEGIN
    ALTER TABLE articles ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE raw_inputs ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE articles_fts ALTER COLUMN tsv SET COMPRESSION lz4;
    ALTER TABLE events ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE event_changes ALTER COLUMN event SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    NULL;
END
$$;
