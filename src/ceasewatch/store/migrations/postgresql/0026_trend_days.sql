-- Twin of ../0026_trend_days.sql (issue 12): the trends page's per-day count rows, recounted
-- by the next reader for the days the writes marked (trend_dirty), marked here by statement
-- triggers with transition tables (one statement per write statement). A day already marked
-- is updated, not skipped: the row lock makes a reader's recount of that day (which deletes
-- the mark first) wait for this writer's commit, or this writer wait for the recount's, so a
-- write is never recounted from before it and then unmarked.
CREATE TABLE trend_days (
    chart TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C" NOT NULL,
    label TEXT COLLATE "C" NOT NULL,
    day TEXT COLLATE "C" NOT NULL,  -- 'YYYY-MM-DD', or '*' (chart 'actor': the name's total)
    n BIGINT NOT NULL,
    PRIMARY KEY (chart, country, label, day)
);

-- The recount's reads and deletes of a list of days.
CREATE INDEX trend_days_day ON trend_days (day, chart);

-- The backfill: every dated day counted now (store/trendcounts.py's recount without a day list).
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'type', COALESCE(country, ''), event_type, event_date, COUNT(*) FROM events
WHERE event_date IS NOT NULL GROUP BY COALESCE(country, ''), event_type, event_date;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'verdict', COALESCE(e.country, ''), v.verdict, e.event_date, COUNT(DISTINCT e.id)
FROM events e JOIN verdicts v ON v.event_id = e.id
WHERE e.event_date IS NOT NULL AND v.verdict <> 'outside-scope'
GROUP BY COALESCE(e.country, ''), v.verdict, e.event_date;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'zone', COALESCE(e.country, ''), v.agreement_id, e.event_date, COUNT(DISTINCT e.id)
FROM events e JOIN verdicts v ON v.event_id = e.id
WHERE e.event_date IS NOT NULL AND v.verdict <> 'outside-scope'
GROUP BY COALESCE(e.country, ''), v.agreement_id, e.event_date;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'actor', COALESCE(e.country, ''), r.name, e.event_date, COUNT(DISTINCT e.id)
FROM events e JOIN event_actor_refs r ON r.event_id = e.id
WHERE e.event_date IS NOT NULL GROUP BY COALESCE(e.country, ''), r.name, e.event_date;
-- 'zset' (label: the sorted ids, joined by the unit separator, of exactly the agreements
-- judging the event other than outside-scope): the quality queue's count of the events
-- outside every scope reads which judged events some scope of a judging agreement holds.
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'zset', country, label, day, COUNT(*)
FROM (SELECT COALESCE(e.country, '') AS country, e.event_date AS day,
             string_agg(v.agreement_id, chr(31) ORDER BY v.agreement_id) AS label
      FROM events e JOIN verdicts v ON v.event_id = e.id
      WHERE e.event_date IS NOT NULL AND v.verdict <> 'outside-scope'
      GROUP BY e.id, e.country, e.event_date) j
GROUP BY country, label, day;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT chart, '*', label, day, SUM(n) FROM trend_days GROUP BY chart, label, day;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'actor-all', country, '', day, SUM(n) FROM trend_days WHERE chart = 'actor'
GROUP BY country, day;
INSERT INTO trend_days (chart, country, label, day, n)
SELECT 'actor', country, label, '*', SUM(n) FROM trend_days WHERE chart = 'actor'
GROUP BY country, label;
-- The charts also kept by month (chart ':month' suffix, day 'YYYY-MM'): a long span is drawn
-- month by month, from ~30x fewer rows.
INSERT INTO trend_days (chart, country, label, day, n)
SELECT chart || ':month', country, label, substr(day, 1, 7), SUM(n) FROM trend_days
WHERE chart IN ('type', 'verdict', 'zone', 'actor', 'actor-all') AND day <> '*'
GROUP BY chart, country, label, substr(day, 1, 7);

CREATE TABLE trend_dirty (day TEXT COLLATE "C" PRIMARY KEY);

CREATE FUNCTION trend_dirty_event_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO trend_dirty (day)
        SELECT DISTINCT event_date FROM old_rows WHERE event_date IS NOT NULL ORDER BY 1
        ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO trend_dirty (day)
        SELECT DISTINCT event_date FROM new_rows WHERE event_date IS NOT NULL ORDER BY 1
        ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER trend_dirty_event_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_event_trigger();
CREATE TRIGGER trend_dirty_event_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_event_trigger();
CREATE TRIGGER trend_dirty_event_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_event_trigger();

-- Verdicts and actor references: their events' days (an event already deleted, as in a
-- cascade, was marked by its own trigger).
CREATE FUNCTION trend_dirty_link_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO trend_dirty (day)
        SELECT DISTINCT e.event_date FROM events e
        WHERE e.id IN (SELECT event_id FROM old_rows) AND e.event_date IS NOT NULL ORDER BY 1
        ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO trend_dirty (day)
        SELECT DISTINCT e.event_date FROM events e
        WHERE e.id IN (SELECT event_id FROM new_rows) AND e.event_date IS NOT NULL ORDER BY 1
        ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER trend_dirty_verdict_insert AFTER INSERT ON verdicts
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
CREATE TRIGGER trend_dirty_verdict_delete AFTER DELETE ON verdicts
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
CREATE TRIGGER trend_dirty_verdict_update AFTER UPDATE ON verdicts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
CREATE TRIGGER trend_dirty_ref_insert AFTER INSERT ON event_actor_refs
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
CREATE TRIGGER trend_dirty_ref_delete AFTER DELETE ON event_actor_refs
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
CREATE TRIGGER trend_dirty_ref_update AFTER UPDATE ON event_actor_refs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION trend_dirty_link_trigger();
