-- The desk's first views at a million events (issue 12): the morning view and the quality queue.
--
-- (1) verdict_months: verdicts per verdict kind, month of their event's date ('YYYY-MM', as
-- event_counts' period) and agreement. The morning view's "violations since" joined every
-- violation to its event to test the date (all of them for a morning view of the last years:
-- seconds at 1M); it now sums the whole months here and counts the partial first month live
-- (store/history.py, ``verdict_counts_since``). Kept as 0023's breach_counts: by triggers on
-- verdicts (a verdict written, deleted or changed moves its event's month) and on events (an
-- event written, deleted or re-dated moves its verdicts). Undated events are not counted, and
-- a verdict whose event is gone is not counted, as the live join leaves both out.
CREATE TABLE verdict_months (
    verdict TEXT NOT NULL,
    period TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (verdict, period, agreement_id)
);
INSERT INTO verdict_months (verdict, period, agreement_id, n)
SELECT v.verdict, substr(e.event_date, 1, 7), v.agreement_id, COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.event_date IS NOT NULL
GROUP BY v.verdict, substr(e.event_date, 1, 7), v.agreement_id;

CREATE TRIGGER verdict_months_insert AFTER INSERT ON verdicts
BEGIN
    INSERT INTO verdict_months (verdict, period, agreement_id, n)
    SELECT NEW.verdict, substr(event_date, 1, 7), NEW.agreement_id, 1
    FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER verdict_months_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE verdict_months SET n = n - 1
    WHERE (verdict, period, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 7), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL);
    DELETE FROM verdict_months
    WHERE (verdict, period, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 7), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL) AND n <= 0;
END;

CREATE TRIGGER verdict_months_update AFTER UPDATE OF agreement_id, event_id, verdict ON verdicts
BEGIN
    UPDATE verdict_months SET n = n - 1
    WHERE (verdict, period, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 7), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL);
    DELETE FROM verdict_months
    WHERE (verdict, period, agreement_id) IN (
        SELECT OLD.verdict, substr(event_date, 1, 7), OLD.agreement_id
        FROM events WHERE id = OLD.event_id AND event_date IS NOT NULL) AND n <= 0;
    INSERT INTO verdict_months (verdict, period, agreement_id, n)
    SELECT NEW.verdict, substr(event_date, 1, 7), NEW.agreement_id, 1
    FROM events WHERE id = NEW.event_id AND event_date IS NOT NULL
    ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = n + 1;
END;

-- An event has at most one verdict per agreement (the verdicts' key): each of its verdicts
-- moves a row by one. Usually none: a new event is judged after it is saved.
CREATE TRIGGER verdict_months_event_insert AFTER INSERT ON events
WHEN NEW.event_date IS NOT NULL
BEGIN
    INSERT INTO verdict_months (verdict, period, agreement_id, n)
    SELECT verdict, substr(NEW.event_date, 1, 7), agreement_id, 1
    FROM verdicts WHERE event_id = NEW.id
    ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER verdict_months_event_delete AFTER DELETE ON events
WHEN OLD.event_date IS NOT NULL
BEGIN
    UPDATE verdict_months SET n = n - 1
    WHERE (verdict, period, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 7), agreement_id
        FROM verdicts WHERE event_id = OLD.id);
    DELETE FROM verdict_months
    WHERE (verdict, period, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 7), agreement_id
        FROM verdicts WHERE event_id = OLD.id) AND n <= 0;
END;

CREATE TRIGGER verdict_months_event_update AFTER UPDATE OF id, event_date ON events
WHEN OLD.id IS NOT NEW.id OR OLD.event_date IS NOT NEW.event_date
BEGIN
    UPDATE verdict_months SET n = n - 1
    WHERE OLD.event_date IS NOT NULL AND (verdict, period, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 7), agreement_id
        FROM verdicts WHERE event_id = OLD.id);
    DELETE FROM verdict_months
    WHERE (verdict, period, agreement_id) IN (
        SELECT verdict, substr(OLD.event_date, 1, 7), agreement_id
        FROM verdicts WHERE event_id = OLD.id) AND n <= 0;
    INSERT INTO verdict_months (verdict, period, agreement_id, n)
    SELECT verdict, substr(NEW.event_date, 1, 7), agreement_id, 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.event_date IS NOT NULL
    ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = n + 1;
END;

-- (2) The quality queue's abroad check (store/articlecountry.py) joins every placed
-- precision-1 event to its report: it walked ``events_article`` and read each event's row (the
-- JSON rows: most of the table) to test its point and precision, then each report's row for
-- its country. ``events_precise`` holds exactly those events with the columns the check reads,
-- so the walk is the index alone; ``articles_country`` answers which reports are read (a few
-- hundred on an old archive) and which are not from an index.
CREATE INDEX events_precise ON events (article_id, country)
    WHERE geo_precision = 1 AND latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX articles_country ON articles (country, id);

-- (3) The reports newest first (store/sql.py, ``articles``: the home page's calendar asks for the
-- newest report, the archive page for a page of them): every report was sorted for the first
-- (130 ms for 22k reports on PostgreSQL). SQLite's DESC puts NULLs last, as the query asks.
CREATE INDEX articles_newest ON articles (published DESC, ingested_at DESC, id);
