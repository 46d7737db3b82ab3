-- The events page's sums and the agreement page's tallies at a million events (issue 12).
--
-- (1) event_counts_sums: 0013's key plus n, so the sums a date-ranged events page reads are an
-- index walk alone (the primary key's index lacks n: one table lookup per counted row, ~70k rows
-- over a year and a half at 1M events).
CREATE INDEX event_counts_sums ON event_counts (
    period, country, admin1, event_type, sub_event_type, hedged, n
);

-- (2) verdict_totals: stored verdicts per agreement and verdict kind (the agreement page's and
-- list's counts: ``SELECT verdict, COUNT(*) FROM verdicts WHERE agreement_id = ?`` walked every
-- verdict of the agreement). Kept by triggers on verdicts alone, as the live count reads them.
CREATE TABLE verdict_totals (
    agreement_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, verdict)
);
INSERT INTO verdict_totals (agreement_id, verdict, n)
SELECT agreement_id, verdict, COUNT(*) FROM verdicts GROUP BY agreement_id, verdict;

-- (3) breach_counts: an agreement's verdicts joined to their events, per verdict kind and per
-- the event's first actor (side 'actor': actor1_name, actor1_id) or place (side 'place':
-- place_name, admin2), events without that name left out: the agreement page's "violations by
-- party / by place" read a few hundred rows here instead of joining every verdict of the
-- agreement to its event (1-1.5 s at 1M events). A NULL key (actor1_id, admin2) is '' here.
-- Kept by triggers on both tables: a verdict written or deleted moves its event's rows, an
-- event written, deleted or changed (in those four columns) moves its verdicts' rows. Verdicts
-- have no foreign key to events: a verdict whose event is gone is not counted (the join's
-- answer), and counts again when an event of that id is written.
CREATE TABLE breach_counts (
    agreement_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    side TEXT NOT NULL,  -- 'actor' or 'place'
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, verdict, side, name, key)
);
INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
SELECT v.agreement_id, v.verdict, 'actor', e.actor1_name, COALESCE(e.actor1_id, ''), COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.actor1_name IS NOT NULL
GROUP BY v.agreement_id, v.verdict, e.actor1_name, COALESCE(e.actor1_id, '');
INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
SELECT v.agreement_id, v.verdict, 'place', e.place_name, COALESCE(e.admin2, ''), COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.place_name IS NOT NULL
GROUP BY v.agreement_id, v.verdict, e.place_name, COALESCE(e.admin2, '');

CREATE TRIGGER verdict_totals_insert AFTER INSERT ON verdicts
BEGIN
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

CREATE TRIGGER verdict_totals_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE verdict_totals SET n = n - 1
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict;
    DELETE FROM verdict_totals
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict AND n <= 0;
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT OLD.agreement_id, OLD.verdict, 'actor', actor1_name, COALESCE(actor1_id, '')
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL
        UNION ALL
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict AND n <= 0;
END;

-- A verdict's kind or event changed in place (re-assessments delete and insert; this keeps
-- any other write right): out of its old rows, into its new ones.
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
        FROM events WHERE id = OLD.event_id AND actor1_name IS NOT NULL
        UNION ALL
        SELECT OLD.agreement_id, OLD.verdict, 'place', place_name, COALESCE(admin2, '')
        FROM events WHERE id = OLD.event_id AND place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE agreement_id = OLD.agreement_id AND verdict = OLD.verdict AND n <= 0;
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

-- An event written: its verdicts (usually none yet: a new event is judged after it is saved)
-- count with its actor and place. An event has at most one verdict per agreement (the
-- verdicts' key), so each of its verdicts moves a row by one.
CREATE TRIGGER breach_counts_event_insert AFTER INSERT ON events
BEGIN
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'actor', NEW.actor1_name, COALESCE(NEW.actor1_id, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.actor1_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'place', NEW.place_name, COALESCE(NEW.admin2, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.place_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER breach_counts_event_delete AFTER DELETE ON events
BEGIN
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL
        UNION ALL
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL
        UNION ALL
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL)
        AND n <= 0;
END;

CREATE TRIGGER breach_counts_event_update
AFTER UPDATE OF id, actor1_name, actor1_id, place_name, admin2 ON events
BEGIN
    UPDATE breach_counts SET n = n - 1
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL
        UNION ALL
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL);
    DELETE FROM breach_counts
    WHERE (agreement_id, verdict, side, name, key) IN (
        SELECT agreement_id, verdict, 'actor', OLD.actor1_name, COALESCE(OLD.actor1_id, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.actor1_name IS NOT NULL
        UNION ALL
        SELECT agreement_id, verdict, 'place', OLD.place_name, COALESCE(OLD.admin2, '')
        FROM verdicts WHERE event_id = OLD.id AND OLD.place_name IS NOT NULL)
        AND n <= 0;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'actor', NEW.actor1_name, COALESCE(NEW.actor1_id, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.actor1_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
    INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
    SELECT agreement_id, verdict, 'place', NEW.place_name, COALESCE(NEW.admin2, ''), 1
    FROM verdicts WHERE event_id = NEW.id AND NEW.place_name IS NOT NULL
    ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = n + 1;
END;
