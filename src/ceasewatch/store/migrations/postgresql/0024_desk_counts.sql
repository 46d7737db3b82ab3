-- Twin of ../0024_desk_counts.sql (issue 12): verdicts per kind, month of their event's date and
-- agreement (the morning view's "violations since"), kept by statement-level triggers with
-- transition tables (as 0023's breach_counts: undated events and verdicts whose event is gone
-- are not counted, as the live join leaves them out), the quality queue's two indexes and
-- the reports' newest-first order.
CREATE TABLE verdict_months (
    verdict TEXT COLLATE "C" NOT NULL,
    period TEXT COLLATE "C" NOT NULL,
    agreement_id TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (verdict, period, agreement_id)
);
INSERT INTO verdict_months (verdict, period, agreement_id, n)
SELECT v.verdict, substr(e.event_date, 1, 7), v.agreement_id, COUNT(*)
FROM verdicts v JOIN events e ON e.id = v.event_id
WHERE e.event_date IS NOT NULL
GROUP BY 1, 2, 3;

-- Verdicts written or deleted: their events' months.
CREATE FUNCTION verdict_months_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT o.verdict, substr(e.event_date, 1, 7), o.agreement_id, -COUNT(*)
        FROM old_rows o JOIN events e ON e.id = o.event_id
        WHERE e.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_months c
        USING (SELECT DISTINCT verdict, agreement_id FROM old_rows) d
        WHERE c.verdict = d.verdict AND c.agreement_id = d.agreement_id AND c.n <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT w.verdict, substr(e.event_date, 1, 7), w.agreement_id, COUNT(*)
        FROM new_rows w JOIN events e ON e.id = w.event_id
        WHERE e.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER verdict_months_insert AFTER INSERT ON verdicts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_trigger();
CREATE TRIGGER verdict_months_delete AFTER DELETE ON verdicts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_trigger();
CREATE TRIGGER verdict_months_update AFTER UPDATE ON verdicts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_trigger();

-- Events written, deleted or re-dated: their verdicts' months. An update moves only the events
-- whose id or date changed; the verdicts are found by event id (index verdicts_event).
CREATE FUNCTION verdict_months_event_trigger() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 7), v.agreement_id, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_months c
        USING (SELECT DISTINCT v.verdict, substr(r.event_date, 1, 7) AS period, v.agreement_id
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.verdict = d.verdict AND c.period = d.period AND c.agreement_id = d.agreement_id
            AND c.n <= 0;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 7), v.agreement_id, -COUNT(*)
        FROM old_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM new_rows w WHERE w.id = r.id AND w.event_date = r.event_date)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 7), v.agreement_id, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM old_rows o WHERE o.id = r.id AND o.event_date = r.event_date)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        DELETE FROM verdict_months c
        USING (SELECT DISTINCT v.verdict, substr(r.event_date, 1, 7) AS period, v.agreement_id
               FROM old_rows r JOIN verdicts v ON v.event_id = r.id) d
        WHERE c.verdict = d.verdict AND c.period = d.period AND c.agreement_id = d.agreement_id
            AND c.n <= 0;
    ELSE
        INSERT INTO verdict_months AS c (verdict, period, agreement_id, n)
        SELECT v.verdict, substr(r.event_date, 1, 7), v.agreement_id, COUNT(*)
        FROM new_rows r JOIN verdicts v ON v.event_id = r.id
        WHERE r.event_date IS NOT NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (verdict, period, agreement_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER verdict_months_event_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_event_trigger();
CREATE TRIGGER verdict_months_event_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_event_trigger();
CREATE TRIGGER verdict_months_event_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verdict_months_event_trigger();

CREATE INDEX events_precise ON events (article_id, country)
    WHERE geo_precision = 1 AND latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX articles_country ON articles (country, id);
-- PostgreSQL sorted every report for the first of them (NULLS LAST matches no plain index).
CREATE INDEX articles_newest ON articles (published DESC NULLS LAST, ingested_at DESC, id);
