-- The events table's totals and facets, kept as the events change (issue 12): how many events
-- per country, admin1, event type, sub-event type and hedged flag, once over all time (period
-- '*') and once per calendar month of the event date (period 'YYYY-MM'; undated events are in
-- the '*' rows only). A filtered events page whose filters are all among these columns and a
-- date range reads a few hundred rows here instead of walking its matching events
-- (store/facetcounts.py); other filters keep the sampled walk.
-- Why months: a date range is answered by the whole months it covers plus the two partial
-- months at its ends counted live (at most ~62 days of events, by the date indexes). Days or
-- weeks would make the table nearly as long as the events; years would leave edges of up to
-- two years to count live. The '*' rows answer the common case, no date filter, from at most
-- (countries x admin1 x sub-types x 2) rows.
-- NULL country / admin1 are '' here (key columns cannot be NULL): facets list neither.
-- Triggers keep it in the transaction that writes the events (saves, re-extractions, fusion,
-- corrections, a deleted article's cascade, bulk copies), as 0011's map_counts.
CREATE TABLE event_counts (
    period TEXT NOT NULL,  -- '*' all time, else 'YYYY-MM' of event_date
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (period, country, admin1, event_type, sub_event_type, hedged)
);

INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)
SELECT '*', COALESCE(country, ''), COALESCE(admin1, ''), event_type, sub_event_type, hedged,
       COUNT(*)
FROM events
GROUP BY COALESCE(country, ''), COALESCE(admin1, ''), event_type, sub_event_type, hedged;

INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)
SELECT substr(event_date, 1, 7), COALESCE(country, ''), COALESCE(admin1, ''), event_type,
       sub_event_type, hedged, COUNT(*)
FROM events
WHERE event_date IS NOT NULL
GROUP BY substr(event_date, 1, 7), COALESCE(country, ''), COALESCE(admin1, ''), event_type,
         sub_event_type, hedged;

CREATE TRIGGER event_counts_insert AFTER INSERT ON events
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

CREATE TRIGGER event_counts_delete AFTER DELETE ON events
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

-- An update moves the event out of its old rows and into its new ones (only when a counted
-- column changes).
CREATE TRIGGER event_counts_update
AFTER UPDATE OF event_date, country, admin1, event_type, sub_event_type, hedged ON events
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

-- The actor filter finds its events by id (event_actors, by actor key): this index carries the
-- date and every facet column, so the page's sort, the total and the facet sample of those
-- events read no table row (each row holds the event's JSON).
CREATE INDEX events_id_facets ON events (
    id, event_date, event_type, sub_event_type, country, admin1, hedged, actor1_name
);

-- The verdict facet counts the verdicts of its sample of events (thousands of event ids): with
-- the agreement and the verdict in the event index those are index-only lookups, where
-- PostgreSQL otherwise read the whole verdicts table (a hash join, 0.5-1 s at 1M events).
CREATE INDEX verdicts_event_kind ON verdicts (event_id, agreement_id, verdict);
