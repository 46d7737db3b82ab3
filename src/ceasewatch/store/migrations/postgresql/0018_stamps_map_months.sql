-- Twin of ../0018_stamps_map_months.sql: (1) change_counts, how many times the events, the
-- verdicts and the assessments were written, read by data_stamp and map_stamp instead of
-- counting rows; (2) map_month_counts, 0011's map counts per month and per year of the event
-- date ('YYYY-MM' and 'Y' || 'YYYY'), for date-filtered maps. Statement-level triggers with
-- transition tables, as 0011 and 0013: a statement changing many events updates each counted
-- row once, in key order.
CREATE TABLE change_counts (
    name TEXT COLLATE "C" PRIMARY KEY,
    n BIGINT NOT NULL,
    xact BIGINT  -- the transaction that last bumped n (PostgreSQL only, see below)
);
INSERT INTO change_counts (name, n) VALUES ('events', 0), ('verdicts', 0), ('assessments', 0);

-- One bump per writing transaction (the row named by the trigger's table): a stamp need only
-- differ between committed states. Once per statement would update the same row once per
-- row of an executemany (a re-assessment's verdicts), and every update of a row in one
-- transaction lengthens the chain of versions the next one walks: quadratic. Fires on
-- statements that change no row too (harmless: a cache recomputed).
CREATE FUNCTION change_counts_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE change_counts SET n = n + 1, xact = txid_current()
    WHERE name = TG_TABLE_NAME AND xact IS DISTINCT FROM txid_current();
    RETURN NULL;
END $$;

CREATE TRIGGER change_counts_events AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION change_counts_trigger();
CREATE TRIGGER change_counts_verdicts AFTER INSERT OR UPDATE OR DELETE ON verdicts
    FOR EACH STATEMENT EXECUTE FUNCTION change_counts_trigger();
CREATE TRIGGER change_counts_assessments AFTER INSERT OR UPDATE OR DELETE ON assessments
    FOR EACH STATEMENT EXECUTE FUNCTION change_counts_trigger();

CREATE TABLE map_month_counts (
    period TEXT COLLATE "C" NOT NULL,  -- 'YYYY-MM' or 'YYYY' prefixed 'Y'
    grid_x INTEGER NOT NULL,
    grid_y INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    country TEXT NOT NULL,  -- '' when unknown
    n BIGINT NOT NULL,
    sum_x BIGINT NOT NULL,  -- sum of ROUND(longitude * 1e7)
    sum_y BIGINT NOT NULL,  -- sum of ROUND(latitude * 1e7)
    PRIMARY KEY (period, grid_x, grid_y, event_type, country)
);

INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
SELECT p.period, e.grid_x, e.grid_y, e.event_type, COALESCE(e.country, ''), COUNT(*),
       SUM(ROUND(e.longitude * 10000000)::BIGINT), SUM(ROUND(e.latitude * 10000000)::BIGINT)
FROM events e
CROSS JOIN LATERAL (VALUES (substr(e.event_date, 1, 7)), ('Y' || substr(e.event_date, 1, 4)))
    p (period)
WHERE e.event_date IS NOT NULL AND e.grid_x IS NOT NULL AND e.grid_y IS NOT NULL
    AND e.longitude IS NOT NULL AND e.latitude IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

-- Removes the placed, dated rows of the statement's old rows, drops the rows left empty, then
-- adds its new rows. Static SQL (planned once per session): a branch naming a transition
-- table the trigger lacks is never run, so never planned.
CREATE FUNCTION map_month_counts_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO map_month_counts AS m
            (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
        SELECT p.period, o.grid_x, o.grid_y, o.event_type, COALESCE(o.country, ''), -COUNT(*),
               -SUM(ROUND(o.longitude * 10000000)::BIGINT),
               -SUM(ROUND(o.latitude * 10000000)::BIGINT)
        FROM old_rows o
        CROSS JOIN LATERAL (VALUES (substr(o.event_date, 1, 7)),
                                   ('Y' || substr(o.event_date, 1, 4))) p (period)
        WHERE o.event_date IS NOT NULL AND o.grid_x IS NOT NULL AND o.grid_y IS NOT NULL
            AND o.longitude IS NOT NULL AND o.latitude IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (period, grid_x, grid_y, event_type, country) DO UPDATE SET
            n = m.n + EXCLUDED.n, sum_x = m.sum_x + EXCLUDED.sum_x,
            sum_y = m.sum_y + EXCLUDED.sum_y;
        DELETE FROM map_month_counts m
        USING (SELECT DISTINCT p.period, o.grid_x, o.grid_y, o.event_type,
                      COALESCE(o.country, '') AS country
               FROM old_rows o
               CROSS JOIN LATERAL (VALUES (substr(o.event_date, 1, 7)),
                                          ('Y' || substr(o.event_date, 1, 4))) p (period)
               WHERE o.event_date IS NOT NULL) d
        WHERE m.period = d.period AND m.grid_x = d.grid_x AND m.grid_y = d.grid_y
            AND m.event_type = d.event_type AND m.country = d.country AND m.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO map_month_counts AS m
            (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)
        SELECT p.period, w.grid_x, w.grid_y, w.event_type, COALESCE(w.country, ''), COUNT(*),
               SUM(ROUND(w.longitude * 10000000)::BIGINT),
               SUM(ROUND(w.latitude * 10000000)::BIGINT)
        FROM new_rows w
        CROSS JOIN LATERAL (VALUES (substr(w.event_date, 1, 7)),
                                   ('Y' || substr(w.event_date, 1, 4))) p (period)
        WHERE w.event_date IS NOT NULL AND w.grid_x IS NOT NULL AND w.grid_y IS NOT NULL
            AND w.longitude IS NOT NULL AND w.latitude IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (period, grid_x, grid_y, event_type, country) DO UPDATE SET
            n = m.n + EXCLUDED.n, sum_x = m.sum_x + EXCLUDED.sum_x,
            sum_y = m.sum_y + EXCLUDED.sum_y;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER map_month_counts_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_month_counts_trigger();
CREATE TRIGGER map_month_counts_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_month_counts_trigger();
CREATE TRIGGER map_month_counts_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION map_month_counts_trigger();

-- A partial month of a date filter is counted live from this index alone (the date first,
-- then every column the map's counts and framing read).
CREATE INDEX events_map_dates ON events (event_date) INCLUDE (
    grid_x, grid_y, event_type, country, longitude, latitude
) WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL AND event_date IS NOT NULL;
