-- Saving a batch of extractions counts its events once per batch (issue 12, session 8).
--
-- 0013's row triggers keep event_counts at two upserts per inserted event and two updates and
-- two deletes per deleted one, and 0018's bump change_counts once per row: a re-extraction of
-- an article deletes and writes every event again, so a save paid those for events whose
-- counted columns did not change. While a row of ``counting_deferred`` exists, those triggers
-- stand aside and the writer that put it there counts instead: ``SQLiteStore.save_extractions``
-- reads the counted columns of the batch's stored events before and after replacing them, and
-- applies the difference to event_counts (one upsert per key whose count changed, then the
-- keys left at 0 deleted) and to change_counts (+1 per row deleted or inserted, as the
-- triggers count), then deletes its row, all in the save's transaction: a save killed
-- half-way rolls back the row with everything else, and no other writer can run meanwhile
-- (SQLite has one writer at a time), so every other path (fusion, corrections, a deleted
-- article's cascade, bulk SQL) still meets the triggers. The map tables' triggers (0011,
-- 0018) are not changed here.
-- PostgreSQL's twin does nothing: its statement triggers already count once per statement,
-- and its store saves a batch with one statement per table (store/pgwrites.py).
CREATE TABLE counting_deferred (
    writer TEXT PRIMARY KEY  -- what counts for the triggers (only ever one row, in a save)
);

DROP TRIGGER event_counts_insert;
CREATE TRIGGER event_counts_insert AFTER INSERT ON events
WHEN NOT EXISTS (SELECT 1 FROM counting_deferred)
BEGIN
    INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)
    VALUES ('*', COALESCE(NEW.country, ''), COALESCE(NEW.admin1, ''), NEW.event_type,
            NEW.sub_event_type, NEW.hedged, 1)
    ON CONFLICT (period, country, admin1, event_type, sub_event_type, hedged)
    DO UPDATE SET n = n + 1;
    INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)
    SELECT substr(NEW.event_date, 1, 7), COALESCE(NEW.country, ''), COALESCE(NEW.admin1, ''),
           NEW.event_type, NEW.sub_event_type, NEW.hedged, 1
    WHERE NEW.event_date IS NOT NULL
    ON CONFLICT (period, country, admin1, event_type, sub_event_type, hedged)
    DO UPDATE SET n = n + 1;
END;

DROP TRIGGER event_counts_delete;
CREATE TRIGGER event_counts_delete AFTER DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM counting_deferred)
BEGIN
    UPDATE event_counts SET n = n - 1
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND admin1 = COALESCE(OLD.admin1, '')
        AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type
        AND hedged = OLD.hedged;
    DELETE FROM event_counts
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND admin1 = COALESCE(OLD.admin1, '')
        AND event_type = OLD.event_type AND sub_event_type = OLD.sub_event_type
        AND hedged = OLD.hedged AND n <= 0;
END;

DROP TRIGGER change_counts_events_insert;
CREATE TRIGGER change_counts_events_insert AFTER INSERT ON events
WHEN NOT EXISTS (SELECT 1 FROM counting_deferred)
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;
DROP TRIGGER change_counts_events_delete;
CREATE TRIGGER change_counts_events_delete AFTER DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM counting_deferred)
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;
