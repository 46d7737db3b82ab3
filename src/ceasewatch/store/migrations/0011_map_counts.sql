-- The map's low-zoom counts, kept as the events change: per quarter-degree cell of the fixed
-- grid (events.grid_x, grid_y), event type and country, how many placed events and the sums of
-- their coordinates. A low-zoom view then reads a few thousand rows instead of walking every
-- matching event (store/mapqueries.py; filters the table cannot answer use the live walk).
-- Coordinates are summed as whole 1e-7 degree units (ROUND(x * 10000000)): integer sums are
-- exact, so subtracting a deleted event leaves no rounding residue and the table's answer is
-- the live walk's, bit for bit (it sums the same rounded units).
-- Triggers keep it: every path that writes events (saving an extraction, re-extracting,
-- fusion, corrections, a deleted article's cascade, bulk copies) updates it in the same
-- transaction, with no code of its own to forget.
CREATE TABLE map_counts (
    grid_x INTEGER NOT NULL,
    grid_y INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    country TEXT NOT NULL,  -- '' when unknown
    n INTEGER NOT NULL,
    sum_x INTEGER NOT NULL,  -- sum of ROUND(longitude * 1e7)
    sum_y INTEGER NOT NULL,  -- sum of ROUND(latitude * 1e7)
    PRIMARY KEY (grid_x, grid_y, event_type, country)
);

INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
SELECT grid_x, grid_y, event_type, COALESCE(country, ''), COUNT(*),
       SUM(CAST(ROUND(longitude * 10000000) AS INTEGER)),
       SUM(CAST(ROUND(latitude * 10000000) AS INTEGER))
FROM events
WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL
    AND latitude IS NOT NULL
GROUP BY grid_x, grid_y, event_type, COALESCE(country, '');

CREATE TRIGGER map_counts_insert AFTER INSERT ON events
WHEN NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL AND NEW.longitude IS NOT NULL
    AND NEW.latitude IS NOT NULL
BEGIN
    INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
    VALUES (NEW.grid_x, NEW.grid_y, NEW.event_type, COALESCE(NEW.country, ''), 1,
            CAST(ROUND(NEW.longitude * 10000000) AS INTEGER),
            CAST(ROUND(NEW.latitude * 10000000) AS INTEGER))
    ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET
        n = n + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
END;

CREATE TRIGGER map_counts_delete AFTER DELETE ON events
WHEN OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL AND OLD.longitude IS NOT NULL
    AND OLD.latitude IS NOT NULL
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

-- An update moves the event out of its old row and into its new one (only when a counted
-- column changes).
CREATE TRIGGER map_counts_update
AFTER UPDATE OF grid_x, grid_y, event_type, country, longitude, latitude ON events
BEGIN
    UPDATE map_counts SET
        n = n - 1,
        sum_x = sum_x - CAST(ROUND(OLD.longitude * 10000000) AS INTEGER),
        sum_y = sum_y - CAST(ROUND(OLD.latitude * 10000000) AS INTEGER)
    WHERE OLD.grid_x IS NOT NULL AND OLD.grid_y IS NOT NULL AND OLD.longitude IS NOT NULL
        AND OLD.latitude IS NOT NULL
        AND grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '');
    DELETE FROM map_counts
    WHERE grid_x = OLD.grid_x AND grid_y = OLD.grid_y AND event_type = OLD.event_type
        AND country = COALESCE(OLD.country, '') AND n <= 0;
    INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
    SELECT NEW.grid_x, NEW.grid_y, NEW.event_type, COALESCE(NEW.country, ''), 1,
           CAST(ROUND(NEW.longitude * 10000000) AS INTEGER),
           CAST(ROUND(NEW.latitude * 10000000) AS INTEGER)
    WHERE NEW.grid_x IS NOT NULL AND NEW.grid_y IS NOT NULL AND NEW.longitude IS NOT NULL
        AND NEW.latitude IS NOT NULL
    ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET
        n = n + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
END;
