-- A batch of extractions saved on SQLite keeps the count tables with a few set-based statements
-- instead of the row triggers' three to seven statements per event written or deleted (issue 12;
-- store/sqlite.py, ``save_extractions``). The row triggers of 0011 (map_counts), 0013
-- (event_counts) and 0018 (map_month_counts, change_counts of events) on INSERT and DELETE of
-- events stand aside while ``counts_deferred`` holds a row. The save inserts that row, writes
-- the batch's events, adds each count table's change for the whole batch (one INSERT ... SELECT
-- ... GROUP BY ... ON CONFLICT DO UPDATE per table, from the events it deleted and wrote) and
-- deletes the row again, all in its one transaction: another connection never sees the row
-- (it is never committed), and a killed save rolls back with it. Every other path that writes
-- events (fusion, corrections, a deleted article's cascade, bulk SQL) meets an empty table and
-- keeps the row triggers as before; the UPDATE triggers are unchanged (a save never updates
-- an event's row).
CREATE TABLE counts_deferred (
    one INTEGER PRIMARY KEY CHECK (one = 1)
);

DROP TRIGGER map_counts_insert;
CREATE TRIGGER map_counts_insert AFTER INSERT ON events
WHEN NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL AND NEW.longitude IS NOT NULL
    AND NEW.latitude IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN
    INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
    VALUES (NEW.grid_x, NEW.grid_y, NEW.event_type, COALESCE(NEW.country, ''), 1,
            CAST(ROUND(NEW.longitude * 10000000) AS INTEGER),
            CAST(ROUND(NEW.latitude * 10000000) AS INTEGER))
    ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET
        n = n + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
END;

DROP TRIGGER map_counts_delete;
CREATE TRIGGER map_counts_delete AFTER DELETE ON events
WHEN OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL AND OLD.longitude IS NOT NULL
    AND OLD.latitude IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN
    UPDATE map_counts SET
        n = n - 1,
        sum_x = sum_x - CAST(ROUND(OLD.longitude * 10000000) AS INTEGER),
        sum_y = sum_y - CAST(ROUND(OLD.latitude * 10000000) AS INTEGER)
    WHERE grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '');
    DELETE FROM map_counts
    WHERE grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '') AND n <= 0;
END;

DROP TRIGGER event_counts_insert;
CREATE TRIGGER event_counts_insert AFTER INSERT ON events
WHEN NOT EXISTS (SELECT 1 FROM counts_deferred)
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
WHEN NOT EXISTS (SELECT 1 FROM counts_deferred)
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
WHEN NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;

DROP TRIGGER change_counts_events_delete;
CREATE TRIGGER change_counts_events_delete AFTER DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;

DROP TRIGGER map_month_counts_insert;
CREATE TRIGGER map_month_counts_insert AFTER INSERT ON events
WHEN NEW.event_date IS NOT NULL AND NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL
    AND NEW.longitude IS NOT NULL AND NEW.latitude IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN
    INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
    SELECT substr(NEW.event_date, 1, 7), NEW.grid_x, NEW.grid_y, NEW.event_type,
           COALESCE(NEW.country, ''), 1,
           CAST(ROUND(NEW.longitude * 10000000) AS INTEGER),
           CAST(ROUND(NEW.latitude * 10000000) AS INTEGER)
    WHERE NEW.event_date IS NOT NULL AND NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL
        AND NEW.longitude IS NOT NULL AND NEW.latitude IS NOT NULL
    ON CONFLICT (period, grid_x, grid_y, event_type, country) DO UPDATE SET
        n = n + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
    INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
    SELECT 'Y' || substr(NEW.event_date, 1, 4), NEW.grid_x, NEW.grid_y, NEW.event_type,
           COALESCE(NEW.country, ''), 1,
           CAST(ROUND(NEW.longitude * 10000000) AS INTEGER),
           CAST(ROUND(NEW.latitude * 10000000) AS INTEGER)
    WHERE NEW.event_date IS NOT NULL AND NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL
        AND NEW.longitude IS NOT NULL AND NEW.latitude IS NOT NULL
    ON CONFLICT (period, grid_x, grid_y, event_type, country) DO UPDATE SET
        n = n + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
END;

DROP TRIGGER map_month_counts_delete;
CREATE TRIGGER map_month_counts_delete AFTER DELETE ON events
WHEN OLD.event_date IS NOT NULL AND OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL
    AND OLD.longitude IS NOT NULL AND OLD.latitude IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM counts_deferred)
BEGIN
    UPDATE map_month_counts SET
        n = n - 1,
        sum_x = sum_x - CAST(ROUND(OLD.longitude * 10000000) AS INTEGER),
        sum_y = sum_y - CAST(ROUND(OLD.latitude * 10000000) AS INTEGER)
    WHERE OLD.event_date IS NOT NULL AND OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL
        AND OLD.longitude IS NOT NULL AND OLD.latitude IS NOT NULL
        AND period IN (substr(OLD.event_date, 1, 7), 'Y' || substr(OLD.event_date, 1, 4))
        AND grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '');
    DELETE FROM map_month_counts
    WHERE period IN (substr(OLD.event_date, 1, 7), 'Y' || substr(OLD.event_date, 1, 4))
        AND grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '') AND n <= 0;
END;
