-- Twin of ../0011_map_counts.sql: the map's low-zoom counts per grid cell, event type and
-- country, kept by triggers in the transaction that changes the events. Statement-level
-- triggers with transition tables: a statement changing many events (a bulk copy, a
-- re-extraction) updates each counted row once, in key order.
CREATE TABLE map_counts (
    grid_x INTEGER NOT NULL,
    grid_y INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    country TEXT NOT NULL,  -- '' when unknown
    n BIGINT NOT NULL,
    sum_x BIGINT NOT NULL,  -- sum of ROUND(longitude * 1e7)
    sum_y BIGINT NOT NULL,  -- sum of ROUND(latitude * 1e7)
    PRIMARY KEY (grid_x, grid_y, event_type, country)
);

INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
SELECT grid_x, grid_y, event_type, COALESCE(country, ''), COUNT(*),
       SUM(ROUND(longitude * 10000000)::BIGINT), SUM(ROUND(latitude * 10000000)::BIGINT)
FROM events
WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL
    AND latitude IS NOT NULL
GROUP BY grid_x, grid_y, event_type, COALESCE(country, '');

-- Removes the placed rows of the statement's old rows, drops the rows left empty, then adds
-- its new rows. Static SQL (planned once per session): a branch naming a transition table
-- the trigger lacks is never run, so never planned.
CREATE FUNCTION map_counts_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO map_counts AS m (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
        SELECT grid_x, grid_y, event_type, COALESCE(country, ''), -COUNT(*),
               -SUM(ROUND(longitude * 10000000)::BIGINT),
               -SUM(ROUND(latitude * 10000000)::BIGINT)
        FROM old_rows
        WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL
            AND latitude IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET
            n = m.n + EXCLUDED.n, sum_x = m.sum_x + EXCLUDED.sum_x,
            sum_y = m.sum_y + EXCLUDED.sum_y;
        DELETE FROM map_counts m
        USING (SELECT DISTINCT grid_x, grid_y, event_type, COALESCE(country, '') AS country
               FROM old_rows) d
        WHERE m.grid_x = d.grid_x AND m.grid_y = d.grid_y AND m.event_type = d.event_type
            AND m.country = d.country AND m.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO map_counts AS m (grid_x, grid_y, event_type, country, n, sum_x, sum_y)
        SELECT grid_x, grid_y, event_type, COALESCE(country, ''), COUNT(*),
               SUM(ROUND(longitude * 10000000)::BIGINT),
               SUM(ROUND(latitude * 10000000)::BIGINT)
        FROM new_rows
        WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL
            AND latitude IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET
            n = m.n + EXCLUDED.n, sum_x = m.sum_x + EXCLUDED.sum_x,
            sum_y = m.sum_y + EXCLUDED.sum_y;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER map_counts_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_counts_trigger();
CREATE TRIGGER map_counts_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_counts_trigger();
CREATE TRIGGER map_counts_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_counts_trigger();
