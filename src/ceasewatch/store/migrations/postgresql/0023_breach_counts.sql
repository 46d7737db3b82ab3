-- Twin of ../0023_breach_counts.sql (issue 12): the covering index of event_counts' sums, the
-- verdict totals per agreement and kind, and the breach counts per agreement, kind and the
-- event's first actor or place, kept by statement-level triggers with transition tables (as
-- 0013's event_counts): a statement writing many verdicts or events moves each counted row
-- once, in key order.
CREATE INDEX event_counts_sums ON event_counts (
    period, country, admin1, event_type, sub_event_type, hedged
) INCLUDE (n);

CREATE TABLE verdict_totals (
    agreement_id TEXT COLLATE "C" NOT NULL,
    verdict TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, verdict)
);
INSERT INTO verdict_totals (agreement_id, verdict, n)
SELECT agreement_id, verdict, COUNT(*) FROM verdicts GROUP BY agreement_id, verdict;

-- side 'actor': the event's actor1_name and actor1_id; side 'place': place_name and admin2.
-- A NULL key is ''; events without the name are not counted on that side.
CREATE TABLE breach_counts (
    agreement_id TEXT COLLATE "C" NOT NULL,
    verdict TEXT COLLATE "C" NOT NULL,
    side TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    key TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, verdict, side, name, key)
);
INSERT INTO breach_counts (agreement_id, verdict, side, name, key, n)
SELECT v.agreement_id, v.verdict, s.side, s.name, s.key, COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
CROSS JOIN LATERAL (VALUES ('actor', e.actor1_name, COALESCE(e.actor1_id, '')),
                           ('place', e.place_name, COALESCE(e.admin2, ''))) s (side, name, key)
WHERE s.name IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

-- Verdicts written or deleted: their totals, and their events' rows (a verdict whose event is
-- gone is not counted, as the join of the live count leaves it out).
CREATE FUNCTION verdict_totals_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO verdict_totals AS c (agreement_id, verdict, n)
        SELECT agreement_id, verdict, -COUNT(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (agreement_id, verdict) DO UPDATE SET n = c.n + EXCLUDED.n;
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT o.agreement_id, o.verdict, s.side, s.name, s.key, -COUNT(*)
        FROM old_rows o JOIN events e ON e.id = o.event_id
        CROSS JOIN LATERAL (VALUES ('actor', e.actor1_name, COALESCE(e.actor1_id, '')),
                                   ('place', e.place_name, COALESCE(e.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_totals c
        USING (SELECT DISTINCT agreement_id, verdict FROM old_rows) d
        WHERE c.agreement_id = d.agreement_id AND c.verdict = d.verdict AND c.n <= 0;
        DELETE FROM breach_counts c
        USING (SELECT DISTINCT agreement_id, verdict FROM old_rows) d
        WHERE c.agreement_id = d.agreement_id AND c.verdict = d.verdict AND c.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO verdict_totals AS c (agreement_id, verdict, n)
        SELECT agreement_id, verdict, COUNT(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (agreement_id, verdict) DO UPDATE SET n = c.n + EXCLUDED.n;
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT w.agreement_id, w.verdict, s.side, s.name, s.key, COUNT(*)
        FROM new_rows w JOIN events e ON e.id = w.event_id
        CROSS JOIN LATERAL (VALUES ('actor', e.actor1_name, COALESCE(e.actor1_id, '')),
                                   ('place', e.place_name, COALESCE(e.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER verdict_totals_insert AFTER INSERT ON verdicts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_totals_trigger();
CREATE TRIGGER verdict_totals_delete AFTER DELETE ON verdicts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_totals_trigger();
CREATE TRIGGER verdict_totals_update AFTER UPDATE ON verdicts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_totals_trigger();

-- Events written, deleted or changed: their verdicts' rows. An update moves only the events
-- whose id, first actor or place changed (``moved``); the verdicts are found by event id
-- (index verdicts_event).
CREATE FUNCTION breach_counts_event_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT v.agreement_id, v.verdict, s.side, s.name, s.key, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        CROSS JOIN LATERAL (VALUES ('actor', r.actor1_name, COALESCE(r.actor1_id, '')),
                                   ('place', r.place_name, COALESCE(r.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM breach_counts c
        USING (SELECT DISTINCT v.agreement_id, v.verdict
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.agreement_id = d.agreement_id AND c.verdict = d.verdict AND c.n <= 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT v.agreement_id, v.verdict, s.side, s.name, s.key, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        CROSS JOIN LATERAL (VALUES ('actor', r.actor1_name, COALESCE(r.actor1_id, '')),
                                   ('place', r.place_name, COALESCE(r.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM new_rows w WHERE w.id = r.id
                AND w.actor1_name IS NOT DISTINCT FROM r.actor1_name
                AND w.actor1_id IS NOT DISTINCT FROM r.actor1_id
                AND w.place_name IS NOT DISTINCT FROM r.place_name
                AND w.admin2 IS NOT DISTINCT FROM r.admin2)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT v.agreement_id, v.verdict, s.side, s.name, s.key, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        CROSS JOIN LATERAL (VALUES ('actor', r.actor1_name, COALESCE(r.actor1_id, '')),
                                   ('place', r.place_name, COALESCE(r.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = r.id
                AND o.actor1_name IS NOT DISTINCT FROM r.actor1_name
                AND o.actor1_id IS NOT DISTINCT FROM r.actor1_id
                AND o.place_name IS NOT DISTINCT FROM r.place_name
                AND o.admin2 IS NOT DISTINCT FROM r.admin2)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM breach_counts c
        USING (SELECT DISTINCT v.agreement_id, v.verdict
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.agreement_id = d.agreement_id AND c.verdict = d.verdict AND c.n <= 0;
    ELSE
        INSERT INTO breach_counts AS c (agreement_id, verdict, side, name, key, n)
        SELECT v.agreement_id, v.verdict, s.side, s.name, s.key, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        CROSS JOIN LATERAL (VALUES ('actor', r.actor1_name, COALESCE(r.actor1_id, '')),
                                   ('place', r.place_name, COALESCE(r.admin2, '')))
            s (side, name, key)
        WHERE s.name IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (agreement_id, verdict, side, name, key) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER breach_counts_event_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION breach_counts_event_trigger();
CREATE TRIGGER breach_counts_event_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION breach_counts_event_trigger();
CREATE TRIGGER breach_counts_event_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION breach_counts_event_trigger();
