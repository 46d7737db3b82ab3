-- The actor filter with a date range, and its page, as one range of an index (issue 12).
--
-- event_actors (0006) gains each event's date, copied from events: an actor filter narrowed to
-- dates is then one range of (actor_key, event_date) per matching key, and the newest events
-- of an actor (the events page sorted by date) are read from this index alone. Before, every
-- event of the actor was looked up in events (thousands of probes at a million events) to test
-- its date. The copy is kept in step by the writer (index_event_actors writes the date) and,
-- for any other writer, by triggers: a row written without a date takes its event's, and an
-- event whose date changes moves its rows. Undated events keep NULL, as in events.
--
-- The table is rebuilt (one write of every row) rather than altered and updated (two).
CREATE TABLE event_actors_dated (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_key TEXT NOT NULL,
    event_date TEXT,  -- the event's, ISO; NULL when undated
    PRIMARY KEY (event_id, actor_key)
);
INSERT INTO event_actors_dated (event_id, actor_key, event_date)
SELECT a.event_id, a.actor_key, e.event_date
FROM event_actors a JOIN events e ON e.id = a.event_id;
DROP TABLE event_actors;
ALTER TABLE event_actors_dated RENAME TO event_actors;
-- Replaces 0006's (actor_key, event_id): a key's events, by date, each with its id.
CREATE INDEX event_actors_key_date ON event_actors (actor_key, event_date, event_id);

CREATE TRIGGER event_actors_date_insert AFTER INSERT ON event_actors
WHEN NEW.event_date IS NULL
BEGIN
    UPDATE event_actors SET event_date = (SELECT event_date FROM events WHERE id = NEW.event_id)
    WHERE event_id = NEW.event_id AND actor_key = NEW.actor_key;
END;

CREATE TRIGGER event_actors_date_update AFTER UPDATE OF event_date ON events
WHEN NEW.event_date IS NOT OLD.event_date
BEGIN
    UPDATE event_actors SET event_date = NEW.event_date WHERE event_id = NEW.id;
END;
