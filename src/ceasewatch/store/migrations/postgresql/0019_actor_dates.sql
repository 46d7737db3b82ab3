-- Twin of ../0019_actor_dates.sql: event_actors gains each event's date (an actor filter with
-- a date range, and an actor's newest events, become ranges of (actor_key, event_date)). The
-- table is rebuilt in one write, its text columns in byte order (COLLATE "C", as events.id)
-- so a page read from this index sorts as one read from events whatever the database's locale.
-- Kept in step by the writer and, for any other writer, by triggers: a row inserted without
-- a date takes its event's (a row trigger that runs only then), and an UPDATE of events
-- moves the rows of the events whose date changed (statement-level, over transition tables,
-- as 0011/0013/0018's triggers).
CREATE TABLE event_actors_dated (
    event_id TEXT COLLATE "C" NOT NULL,
    actor_key TEXT COLLATE "C" NOT NULL,
    event_date TEXT COLLATE "C"  -- the event's, ISO; NULL when undated
);
INSERT INTO event_actors_dated (event_id, actor_key, event_date)
SELECT a.event_id, a.actor_key, e.event_date
FROM event_actors a JOIN events e ON e.id = a.event_id;
DROP TABLE event_actors;
ALTER TABLE event_actors_dated RENAME TO event_actors;
ALTER TABLE event_actors ADD CONSTRAINT event_actors_pkey PRIMARY KEY (event_id, actor_key);
ALTER TABLE event_actors ADD CONSTRAINT event_actors_event_id_fkey
    FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
-- Replaces 0006's (actor_key, event_id): a key's events, by date, each with its id.
CREATE INDEX event_actors_key_date ON event_actors (actor_key, event_date, event_id);

CREATE FUNCTION event_actors_date_fill() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.event_date := (SELECT event_date FROM events WHERE id = NEW.event_id);
    RETURN NEW;
END $$;
CREATE TRIGGER event_actors_date_fill BEFORE INSERT ON event_actors
    FOR EACH ROW WHEN (NEW.event_date IS NULL) EXECUTE FUNCTION event_actors_date_fill();

CREATE FUNCTION event_actors_date_follow() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_actors a SET event_date = n.event_date
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE a.event_id = n.id AND o.event_date IS DISTINCT FROM n.event_date;
    RETURN NULL;
END $$;
CREATE TRIGGER event_actors_date_follow AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_actors_date_follow();
