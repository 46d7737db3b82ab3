-- Two things the pages read on every request, kept as the archive changes (issue 12).
--
-- 1. change_counts: how many times each table the pages' caches depend on was written (events,
-- verdicts, assessments). ``data_stamp`` and ``map_stamp`` read these few rows instead of
-- counting the verdicts and the assessments (a walk growing with the archive: 0.1-0.2 s at a
-- million events on PostgreSQL). A counter only ever grows, so any write changes the stamp; a
-- rolled-back write rolls its count back with it. Triggers bump it in the writing transaction,
-- so no code path (saves, fusion, corrections, assessments, bulk SQL) can forget.
CREATE TABLE change_counts (
    name TEXT PRIMARY KEY,  -- the table written
    n INTEGER NOT NULL
);
INSERT INTO change_counts (name, n) VALUES ('events', 0), ('verdicts', 0), ('assessments', 0);

CREATE TRIGGER change_counts_events_insert AFTER INSERT ON events
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER change_counts_events_update AFTER UPDATE ON events
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER change_counts_events_delete AFTER DELETE ON events
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER change_counts_verdicts_insert AFTER INSERT ON verdicts
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'verdicts'; END;
CREATE TRIGGER change_counts_verdicts_update AFTER UPDATE ON verdicts
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'verdicts'; END;
CREATE TRIGGER change_counts_verdicts_delete AFTER DELETE ON verdicts
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'verdicts'; END;
CREATE TRIGGER change_counts_assessments_insert AFTER INSERT ON assessments
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'assessments'; END;
CREATE TRIGGER change_counts_assessments_update AFTER UPDATE ON assessments
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'assessments'; END;
CREATE TRIGGER change_counts_assessments_delete AFTER DELETE ON assessments
BEGIN UPDATE change_counts SET n = n + 1 WHERE name = 'assessments'; END;

-- 2. map_month_counts: 0011's map_counts per period of the event date, so a date-filtered map
-- is framed and counted from the table too (store/mapqueries.py): the whole years and whole
-- months a date range covers are read here, the partial months at its ends counted live (at
-- most ~62 days of events, from events_map_dates). Two kinds of period row, each event in one
-- of each: 'YYYY-MM' (a month) and 'YYYY' prefixed 'Y' ('Y2019': a year), the prefix keeping
-- the years apart from the months in the key's order (digits sort before 'Y'), so a range of
-- years is one key range. Years: a range of several years sums one row per cell and year
-- instead of twelve. Undated events are not here (a date filter never matches them).
-- Coordinates summed in whole 1e-7 degree units, as in 0011, so the answers are the live
-- walk's bit for bit.
CREATE TABLE map_month_counts (
    period TEXT NOT NULL,  -- 'YYYY-MM' or 'YYYY' prefixed 'Y'
    grid_x INTEGER NOT NULL,
    grid_y INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    country TEXT NOT NULL,  -- '' when unknown
    n INTEGER NOT NULL,
    sum_x INTEGER NOT NULL,
    sum_y INTEGER NOT NULL,
    PRIMARY KEY (period, grid_x, grid_y, event_type, country)
);

INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
SELECT substr(event_date, 1, 7), grid_x, grid_y, event_type, COALESCE(country, ''), COUNT(*),
       SUM(CAST(ROUND(longitude * 10000000) AS INTEGER)),
       SUM(CAST(ROUND(latitude * 10000000) AS INTEGER))
FROM events
WHERE event_date IS NOT NULL AND grid_x IS NOT NULL AND grid_y IS NOT NULL
    AND longitude IS NOT NULL AND latitude IS NOT NULL
GROUP BY substr(event_date, 1, 7), grid_x, grid_y, event_type, COALESCE(country, '');

INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
SELECT 'Y' || substr(event_date, 1, 4), grid_x, grid_y, event_type, COALESCE(country, ''),
       COUNT(*),
       SUM(CAST(ROUND(longitude * 10000000) AS INTEGER)),
       SUM(CAST(ROUND(latitude * 10000000) AS INTEGER))
FROM events
WHERE event_date IS NOT NULL AND grid_x IS NOT NULL AND grid_y IS NOT NULL
    AND longitude IS NOT NULL AND latitude IS NOT NULL
GROUP BY 'Y' || substr(event_date, 1, 4), grid_x, grid_y, event_type, COALESCE(country, '');

CREATE TRIGGER map_month_counts_insert AFTER INSERT ON events
WHEN NEW.event_date IS NOT NULL AND NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL
    AND NEW.longitude IS NOT NULL AND NEW.latitude IS NOT NULL
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

CREATE TRIGGER map_month_counts_delete AFTER DELETE ON events
WHEN OLD.event_date IS NOT NULL AND OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL
    AND OLD.longitude IS NOT NULL AND OLD.latitude IS NOT NULL
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

-- An update moves the event out of its old rows and into its new ones (only when a counted
-- column changes).
CREATE TRIGGER map_month_counts_update
AFTER UPDATE OF event_date, grid_x, grid_y, event_type, country, longitude, latitude ON events
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

-- A partial month of a date filter is counted live: this index holds the date first and every
-- column the map's counts and framing read, so those ~62 days of events are one index range
-- with no event row read (the grid index would walk every cell of the view for them).
CREATE INDEX events_map_dates ON events (
    event_date, grid_x, grid_y, event_type, country, longitude, latitude
) WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND event_date IS NOT NULL;
