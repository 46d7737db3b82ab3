-- The events page's date range at a million events (issue 12): its actor and verdict facets,
-- counted over the newest 5,000 events of the range until now, become exact sums.
--
-- (1) actor_months: events per first actor's name and country, once over all time (period
-- '*') and once per month of the event date (period 'YYYY-MM'; undated events in the '*' rows
-- only), as 0013's event_counts. A page whose filters are a date range and a country (or
-- none) sums the whole months here and counts the partial months at the range's ends live
-- from the date index, which carries actor1_name (store/facetcounts.py). NULL country and
-- actor1_name are '' (the facet lists neither). Why months and the country: a day per row
-- would hold nearly one row per event; the country is the filter the page is most often given
-- with a date range, and an actor's events lie mostly in one country, so it adds few rows.
-- Kept by row triggers on events (not deferred by 0022's batch path: two upserts per event).
-- WITHOUT ROWID: the sums are a walk of the key's b-tree, which holds n.
CREATE TABLE actor_months (
    period TEXT NOT NULL,
    country TEXT NOT NULL,
    actor1_name TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (period, country, actor1_name)
) WITHOUT ROWID;
INSERT INTO actor_months (period, country, actor1_name, n)
SELECT '*', COALESCE(country, ''), COALESCE(actor1_name, ''), COUNT(*)
FROM events
GROUP BY COALESCE(country, ''), COALESCE(actor1_name, '');
INSERT INTO actor_months (period, country, actor1_name, n)
SELECT substr(event_date, 1, 7), COALESCE(country, ''), COALESCE(actor1_name, ''), COUNT(*)
FROM events
WHERE event_date IS NOT NULL
GROUP BY substr(event_date, 1, 7), COALESCE(country, ''), COALESCE(actor1_name, '');

CREATE TRIGGER actor_months_insert AFTER INSERT ON events
BEGIN
    INSERT INTO actor_months (period, country, actor1_name, n)
    SELECT p, COALESCE(NEW.country, ''), COALESCE(NEW.actor1_name, ''), 1
    FROM (SELECT '*' AS p UNION ALL SELECT substr(NEW.event_date, 1, 7)) WHERE p IS NOT NULL
    ON CONFLICT (period, country, actor1_name) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER actor_months_delete AFTER DELETE ON events
BEGIN
    UPDATE actor_months SET n = n - 1
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND actor1_name = COALESCE(OLD.actor1_name, '');
    DELETE FROM actor_months
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND actor1_name = COALESCE(OLD.actor1_name, '')
        AND n <= 0;
END;

CREATE TRIGGER actor_months_update AFTER UPDATE OF event_date, country, actor1_name ON events
WHEN OLD.event_date IS NOT NEW.event_date OR OLD.country IS NOT NEW.country
    OR OLD.actor1_name IS NOT NEW.actor1_name
BEGIN
    UPDATE actor_months SET n = n - 1
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND actor1_name = COALESCE(OLD.actor1_name, '');
    DELETE FROM actor_months
    WHERE period IN ('*', COALESCE(substr(OLD.event_date, 1, 7), '*'))
        AND country = COALESCE(OLD.country, '') AND actor1_name = COALESCE(OLD.actor1_name, '')
        AND n <= 0;
    INSERT INTO actor_months (period, country, actor1_name, n)
    SELECT p, COALESCE(NEW.country, ''), COALESCE(NEW.actor1_name, ''), 1
    FROM (SELECT '*' AS p UNION ALL SELECT substr(NEW.event_date, 1, 7)) WHERE p IS NOT NULL
    ON CONFLICT (period, country, actor1_name) DO UPDATE SET n = n + 1;
END;

-- (2) verdict_days: verdicts per day of their event's date, agreement and verdict kind, as
-- 0024's verdict_months by month (the same triggers on verdicts and events; undated events and
-- verdicts whose event is gone are not counted, as the live join leaves them out). A date
-- range's verdict facet is one walk of the range's days here: no partial months to join live
-- (a month's verdicts at 1M events are ~7,000 probes). A few agreements x three kinds per day.
CREATE TABLE verdict_days (
    verdict TEXT NOT NULL,
    day TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, agreement_id, verdict)
) WITHOUT ROWID;
INSERT INTO verdict_days (verdict, day, agreement_id, n)
SELECT v.verdict, substr(e.event_date, 1, 10), v.agreement_id, COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.event_date IS NOT NULL
GROUP BY v.verdict, substr(e.event_date, 1, 10), v.agreement_id;

CREATE TRIGGER verdict_days_insert AFTER INSERT ON verdicts
BEGIN
    INSERT INTO verdict_days (verdict, day, agreement_id, n)
    SELECT NEW.verdict, substr(event_date, 1, 10), NEW.agreement_id, 1
    FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER verdict_days_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE verdict_days SET n = n - 1
    WHERE (verdict, day, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 10), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL);
    DELETE FROM verdict_days
    WHERE (verdict, day, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 10), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL) AND n <= 0;
END;

CREATE TRIGGER verdict_days_update AFTER UPDATE OF agreement_id, event_id, verdict ON verdicts
BEGIN
    UPDATE verdict_days SET n = n - 1
    WHERE (verdict, day, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 10), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL);
    DELETE FROM verdict_days
    WHERE (verdict, day, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 10), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL) AND n <= 0;
    INSERT INTO verdict_days (verdict, day, agreement_id, n)
    SELECT NEW.verdict, substr(event_date, 1, 10), NEW.agreement_id, 1
    FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = n + 1;
END;

-- An event has at most one verdict per agreement (the verdicts' key): each of its verdicts
-- moves a row by one. Usually none: a new event is judged after it is saved.
CREATE TRIGGER verdict_days_event_insert AFTER INSERT ON events
WHEN NEW.event_date IS NOT NULL
BEGIN
    INSERT INTO verdict_days (verdict, day, agreement_id, n)
    SELECT verdict, substr(NEW.event_date, 1, 10), agreement_id, 1
    FROM verdicts WHERE event_id = NEW.id
    ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER verdict_days_event_delete AFTER DELETE ON events
WHEN OLD.event_date IS NOT NULL
BEGIN
    UPDATE verdict_days SET n = n - 1
    WHERE (verdict, day, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 10), agreement_id
        FROM verdicts WHERE event_id = OLD.id);
    DELETE FROM verdict_days
    WHERE (verdict, day, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 10), agreement_id
        FROM verdicts WHERE event_id = OLD.id) AND n <= 0;
END;

CREATE TRIGGER verdict_days_event_update AFTER UPDATE OF id, event_date ON events
WHEN OLD.id IS NOT NEW.id OR OLD.event_date IS NOT NEW.event_date
BEGIN
    UPDATE verdict_days SET n = n - 1
    WHERE OLD.event_date IS NOT NULL AND (verdict, day, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 10), agreement_id
        FROM verdicts WHERE event_id = OLD.id);
    DELETE FROM verdict_days
    WHERE (verdict, day, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 10), agreement_id
        FROM verdicts WHERE event_id = OLD.id) AND n <= 0;
    INSERT INTO verdict_days (verdict, day, agreement_id, n)
    SELECT verdict, substr(NEW.event_date, 1, 10), agreement_id, 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.event_date IS NOT NULL
    ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = n + 1;
END;



-- (3) 0023's triggers moving breach_counts, again, for SQLite's plans (PostgreSQL's statement
-- triggers are unchanged). A verdict deleted or changed, or an event deleted or changed in
-- its actor or place, took one away from its rows with ``(key) IN (actor rows UNION ALL
-- place rows)``: SQLite cannot search an index by a compound subquery and read every row of
-- the table instead (18,063 at 1M), once per verdict; and a deleted verdict dropped the
-- emptied rows by a walk of every row of its agreement and kind. A re-assessment (each
-- re-judged event's verdicts deleted, then written again) paid both per verdict: 80
-- re-assessed verdicts per second against 2,700 without 0023-0025's triggers on a
-- 1,500-event archive (bench/bench_triggers.py). Now one statement per side, each a search
-- of the key, and the emptied rows found by the keys the decrement moved.
DROP TRIGGER verdict_totals_delete;
CREATE TRIGGER verdict_totals_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE verdict_totals SET n = n - 1
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict;
    DELETE FROM verdict_totals
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict AND n <= 0;
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'actor', actor1_name, COALESCE(actor1_id, '')
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL);
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'actor', actor1_name, COALESCE(actor1_id, '')
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL) AND n <= 0;
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL) AND n <= 0;
END;

DROP TRIGGER verdict_totals_update;
CREATE TRIGGER verdict_totals_update
AFTER UPDATE OF agreement_id, event_id, verdict ON verdicts
BEGIN
    UPDATE verdict_totals SET n = n - 1
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict;
    DELETE FROM verdict_totals
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict AND n <= 0;
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'actor', actor1_name, COALESCE(actor1_id, '')
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL);
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'actor', actor1_name, COALESCE(actor1_id, '')
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL) AND n <= 0;
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL) AND n <= 0;
    INSERT INTO verdict_totals (agreement_id, verdict, n) VALUES (NEW.agreement_id, NEW.verdict, 1)
    ON CONFLICT (agreement_id, verdict) DO UPDATE SET n = n + 1;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT NEW.agreement_id, NEW.verdict, 'actor', actor1_name, COALESCE(actor1_id, ''), 1
    FROM events WHERE id = NEW.event_id AND actor1_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT NEW.agreement_id, NEW.verdict, 'place', place_name, COALESCE(admin2, ''), 1
    FROM events WHERE id = NEW.event_id AND place_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
END;

DROP TRIGGER breach_counts_event_delete;
CREATE TRIGGER breach_counts_event_delete AFTER DELETE ON events
BEGIN
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL);
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL) AND n <= 0;
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL) AND n <= 0;
END;

DROP TRIGGER breach_counts_event_update;
CREATE TRIGGER breach_counts_event_update
AFTER UPDATE OF id, actor1_name, actor1_id, place_name, admin2 ON events
BEGIN
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL);
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL) AND n <= 0;
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL) AND n <= 0;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'actor', NEW.actor1_name, COALESCE(NEW.actor1_id, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.actor1_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'place', NEW.place_name, COALESCE(NEW.admin2, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.place_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
END;
