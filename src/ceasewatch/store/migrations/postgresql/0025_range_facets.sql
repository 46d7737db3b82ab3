-- Twin of ../0025_range_facets.sql (issue 12): the date range's actor and verdict facets as
-- sums. actor_months (events per month or '*', country and first actor's name) kept by
-- statement-level triggers with transition tables as 0013's event_counts; verdict_days
-- (verdicts per day of their event's date, agreement and kind) as 0024's verdict_months.
CREATE TABLE actor_months (
    period TEXT COLLATE "C" NOT NULL,  -- '*' all time, else 'YYYY-MM' of event_date
    country TEXT COLLATE "C" NOT NULL,
    actor1_name TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (period, country, actor1_name)
);
INSERT INTO actor_months (period, country, actor1_name, n)
SELECT p.period, COALESCE(e.country, ''), COALESCE(e.actor1_name, ''), COUNT(*)
FROM events e
CROSS JOIN LATERAL (VALUES ('*'), (substr(e.event_date, 1, 7))) p (period)
WHERE p.period IS NOT NULL
GROUP BY 1, 2, 3;

CREATE FUNCTION actor_months_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO actor_months AS c (period, country, actor1_name, n)
        SELECT p.period, COALESCE(o.country, ''), COALESCE(o.actor1_name, ''), -COUNT(*)
        FROM old_rows o
        CROSS JOIN LATERAL (VALUES ('*'), (substr(o.event_date, 1, 7))) p (period)
        WHERE p.period IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (period, country, actor1_name) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM actor_months c
        USING (SELECT DISTINCT p.period, COALESCE(o.country, '') AS country,
                      COALESCE(o.actor1_name, '') AS actor1_name
               FROM old_rows o
               CROSS JOIN LATERAL (VALUES ('*'), (substr(o.event_date, 1, 7))) p (period)
               WHERE p.period IS NOT NULL) d
        WHERE c.period = d.period AND c.country = d.country AND c.actor1_name = d.actor1_name
            AND c.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO actor_months AS c (period, country, actor1_name, n)
        SELECT p.period, COALESCE(w.country, ''), COALESCE(w.actor1_name, ''), COUNT(*)
        FROM new_rows w
        CROSS JOIN LATERAL (VALUES ('*'), (substr(w.event_date, 1, 7))) p (period)
        WHERE p.period IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (period, country, actor1_name) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER actor_months_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION actor_months_trigger();
CREATE TRIGGER actor_months_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION actor_months_trigger();
CREATE TRIGGER actor_months_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION actor_months_trigger();

-- verdict_days: 0024's verdict_months by day (key led by the day: a range is one index walk).
CREATE TABLE verdict_days (
    verdict TEXT COLLATE "C" NOT NULL,
    day TEXT COLLATE "C" NOT NULL,
    agreement_id TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, agreement_id, verdict)
);
INSERT INTO verdict_days (verdict, day, agreement_id, n)
SELECT v.verdict, substr(e.event_date, 1, 10), v.agreement_id, COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.event_date IS NOT NULL
GROUP BY 1, 2, 3;

-- Verdicts written or deleted: their events' months.
CREATE FUNCTION verdict_days_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT o.verdict, substr(e.event_date, 1, 10), o.agreement_id, -COUNT(*)
        FROM old_rows o JOIN events e ON e.id = o.event_id
        WHERE e.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_days c
        USING (SELECT DISTINCT verdict, agreement_id FROM old_rows) d
        WHERE c.verdict = d.verdict AND c.agreement_id = d.agreement_id AND c.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT w.verdict, substr(e.event_date, 1, 10), w.agreement_id, COUNT(*)
        FROM new_rows w JOIN events e ON e.id = w.event_id
        WHERE e.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER verdict_days_insert AFTER INSERT ON verdicts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_trigger();
CREATE TRIGGER verdict_days_delete AFTER DELETE ON verdicts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_trigger();
CREATE TRIGGER verdict_days_update AFTER UPDATE ON verdicts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_trigger();

-- Events written, deleted or re-dated: their verdicts' months. An update moves only the events
-- whose id or date changed; the verdicts are found by event id (index verdicts_event).
CREATE FUNCTION verdict_days_event_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 10), v.agreement_id, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_days c
        USING (SELECT DISTINCT v.verdict, substr(r.event_date, 1, 10) AS day, v.agreement_id
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.verdict = d.verdict AND c.day = d.day AND c.agreement_id = d.agreement_id
            AND c.n <= 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 10), v.agreement_id, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM new_rows w WHERE w.id = r.id AND w.event_date = r.event_date)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 10), v.agreement_id, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM old_rows o WHERE o.id = r.id AND o.event_date = r.event_date)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_days c
        USING (SELECT DISTINCT v.verdict, substr(r.event_date, 1, 10) AS day, v.agreement_id
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.verdict = d.verdict AND c.day = d.day AND c.agreement_id = d.agreement_id
            AND c.n <= 0;
    ELSE
        INSERT INTO verdict_days AS c (verdict, day, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 10), v.agreement_id, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, day, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER verdict_days_event_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_event_trigger();
CREATE TRIGGER verdict_days_event_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_event_trigger();
CREATE TRIGGER verdict_days_event_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_days_event_trigger();

