-- Twin of ../0013_event_counts.sql: the events table's totals and facets per country, admin1,
-- event type, sub-event type and hedged flag, over all time (period '*') and per month of the
-- event date, kept by statement-level triggers with transition tables (as 0011's map_counts):
-- a statement changing many events updates each counted row once, in key order.
CREATE TABLE event_counts (
    period TEXT COLLATE "C" NOT NULL,  -- '*' all time, else 'YYYY-MM' of event_date
    country TEXT COLLATE "C" NOT NULL,
    admin1 TEXT COLLATE "C" NOT NULL,
    event_type TEXT COLLATE "C" NOT NULL,
    sub_event_type TEXT COLLATE "C" NOT NULL,
    hedged INTEGER NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (period, country, admin1, event_type, sub_event_type, hedged)
);

INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)
SELECT p.period, COALESCE(e.country, ''), COALESCE(e.admin1, ''), e.event_type,
       e.sub_event_type, e.hedged, COUNT(*)
FROM events e
CROSS JOIN LATERAL (VALUES ('*'), (substr(e.event_date, 1, 7))) p (period)
WHERE p.period IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

-- Removes the statement's old rows, drops the rows left empty, then adds its new rows. Static
-- SQL (planned once per session): a branch naming a transition table the trigger lacks is
-- never run, so never planned.
CREATE FUNCTION event_counts_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO event_counts AS c
            (period, country, admin1, event_type, sub_event_type, hedged, n)
        SELECT p.period, COALESCE(o.country, ''), COALESCE(o.admin1, ''), o.event_type,
               o.sub_event_type, o.hedged, -COUNT(*)
        FROM old_rows o
        CROSS JOIN LATERAL (VALUES ('*'), (substr(o.event_date, 1, 7))) p (period)
        WHERE p.period IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (period, country, admin1, event_type, sub_event_type, hedged)
        DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM event_counts c
        USING (SELECT DISTINCT p.period, COALESCE(o.country, '') AS country,
                      COALESCE(o.admin1, '') AS admin1, o.event_type, o.sub_event_type,
                      o.hedged
               FROM old_rows o
               CROSS JOIN LATERAL (VALUES ('*'), (substr(o.event_date, 1, 7))) p (period)
               WHERE p.period IS NOT NULL) d
        WHERE c.period = d.period AND c.country = d.country AND c.admin1 = d.admin1
            AND c.event_type = d.event_type AND c.sub_event_type = d.sub_event_type
            AND c.hedged = d.hedged AND c.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO event_counts AS c
            (period, country, admin1, event_type, sub_event_type, hedged, n)
        SELECT p.period, COALESCE(w.country, ''), COALESCE(w.admin1, ''), w.event_type,
               w.sub_event_type, w.hedged, COUNT(*)
        FROM new_rows w
        CROSS JOIN LATERAL (VALUES ('*'), (substr(w.event_date, 1, 7))) p (period)
        WHERE p.period IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (period, country, admin1, event_type, sub_event_type, hedged)
        DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER event_counts_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_counts_trigger();
CREATE TRIGGER event_counts_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_counts_trigger();
CREATE TRIGGER event_counts_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_counts_trigger();

-- The actor filter finds its events by id (event_actors, by actor key): this index carries the
-- date and every facet column, so the page's sort, the total and the facet sample of those
-- events are index-only lookups instead of one heap page per event.
CREATE INDEX events_id_facets ON events (id) INCLUDE (
    event_date, event_type, sub_event_type, country, admin1, hedged, actor1_name
);

-- The verdict facet counts the verdicts of its sample of events (thousands of event ids): with
-- the agreement and the verdict in the event index those are index-only lookups, where
-- PostgreSQL otherwise read the whole verdicts table (a hash join, 0.5-1 s at 1M events).
CREATE INDEX verdicts_event_kind ON verdicts (event_id, agreement_id, verdict);
