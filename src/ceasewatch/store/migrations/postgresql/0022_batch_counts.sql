-- PostgreSQL's part of 0022 (issue 12). SQLite's 0022 makes its row triggers stand aside while a
-- batch save keeps the count tables set-based; here the count tables' triggers (0011, 0013,
-- 0018) are statement triggers already, run once per batch (store/pgwrites.py).
--
-- What this migration changes instead: the large values an ingest and a save write (an
-- article's JSON, which holds its whole text, and its raw input; an event's JSON and a change
-- row's copy of it, when they pass the ~2 kB at which values are compressed) are compressed
-- with lz4 instead of the default pglz, which costs the server several times the CPU per byte
-- for a similar size on text like this. Values written before stay as they are (both methods
-- are read transparently). A server built without lz4 (or older than PostgreSQL 14) keeps pglz.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE articles ALTER COLUMN data SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE raw_inputs ALTER COLUMN data SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE events ALTER COLUMN data SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE event_changes ALTER COLUMN event SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR syntax_error THEN
    NULL;
END
$$;
