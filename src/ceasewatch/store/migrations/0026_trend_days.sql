-- The trends page at a million events (issue 12): its charts read per-day count rows instead
-- of every matching event, its verdicts and its actors (2.5 s at 100k events, 11 s loaded).
--
-- trend_days (chart, country, label, day, n): per day of the event date and country (NULL
-- country is ''; '*' sums every country) the events of each event type (chart 'type'), the
-- distinct events with a verdict of each kind other than outside-scope ('verdict'), the
-- events with a verdict other than outside-scope from each agreement ('zone'), the distinct
-- events naming each actor name ('actor'; day '*' holds the name's total over every dated
-- day) and the sum of the day's actor rows ('actor-all', label ''). Undated events are in no
-- row (the charts draw dated events only).
--
-- Why days are recounted rather than counted up and down: the verdict and actor charts count
-- an event once per label however many agreements or actor slots give it that label, so a
-- trigger adding one per verdict or reference would count it twice. Instead every write
-- marks the days it touches (trend_dirty, kept by the triggers below in the writer's
-- transaction) and the next reader recounts those days from the events, one GROUP BY per
-- chart over the day index (store/trendcounts.py). A day holds ~200 events at 1M.
CREATE TABLE trend_days (
    chart TEXT NOT NULL,
    country TEXT NOT NULL,
    label TEXT NOT NULL,
    day TEXT NOT NULL,  -- 'YYYY-MM-DD', or '*' (chart 'actor' only: the name's total)
    n INTEGER NOT NULL,
    PRIMARY KEY (chart, country, label, day)
) WITHOUT ROWID;

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
             (SELECT group_concat(agreement_id, char(31))
              FROM (SELECT agreement_id FROM verdicts
                    WHERE event_id = e.id AND verdict <> 'outside-scope'
                    ORDER BY agreement_id)) AS label
      FROM events e WHERE e.event_date IS NOT NULL) j
WHERE label IS NOT NULL GROUP BY country, label, day;
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

-- Days whose rows are out of date (none after the backfill): the store recounts them before
-- it answers a trend.
-- (Upserts, not INSERT OR IGNORE: inside a trigger fired by an upsert of verdicts, SQLite
-- applies the outer statement's conflict handling to OR IGNORE.)
CREATE TABLE trend_dirty (day TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE TRIGGER trend_dirty_event_insert AFTER INSERT ON events
WHEN NEW.event_date IS NOT NULL
BEGIN
    INSERT INTO trend_dirty (day) VALUES (NEW.event_date)
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_event_delete AFTER DELETE ON events
WHEN OLD.event_date IS NOT NULL
BEGIN
    INSERT INTO trend_dirty (day) VALUES (OLD.event_date)
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_event_update
AFTER UPDATE OF id, event_date, country, event_type ON events
WHEN OLD.id IS NOT NEW.id OR OLD.event_date IS NOT NEW.event_date
    OR OLD.country IS NOT NEW.country OR OLD.event_type IS NOT NEW.event_type
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT d FROM (SELECT OLD.event_date AS d UNION SELECT NEW.event_date) WHERE d IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_verdict_insert AFTER INSERT ON verdicts
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_verdict_delete AFTER DELETE ON verdicts
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_verdict_update AFTER UPDATE ON verdicts
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events
    WHERE id IN (OLD.event_id, NEW.event_id) AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

-- A reference deleted with its event (the cascade) finds no event: the event's own trigger
-- marked its day.
CREATE TRIGGER trend_dirty_ref_insert AFTER INSERT ON event_actor_refs
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_ref_delete AFTER DELETE ON event_actor_refs
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;

CREATE TRIGGER trend_dirty_ref_update AFTER UPDATE ON event_actor_refs
BEGIN
    INSERT INTO trend_dirty (day)
    SELECT event_date FROM events
    WHERE id IN (OLD.event_id, NEW.event_id) AND event_date IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
END;
