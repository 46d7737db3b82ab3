-- Twin of ../0006_event_columns.sql for PostgreSQL: the filter and sort columns of events, their
-- indexes, and saved views. Written for a fresh database (the events table is empty when the
-- migrations run in order), so there is no backfill from the stored JSON.
ALTER TABLE events ADD COLUMN country TEXT;
ALTER TABLE events ADD COLUMN admin1 TEXT;
ALTER TABLE events ADD COLUMN admin2 TEXT;
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_key TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN geo_precision INTEGER;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0.5;
ALTER TABLE events ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0;
-- The map's fixed grid: quarter-degree cells counted from 180 W / 90 S (NULL when unplaced).
-- Low zoom counts events per cell of this grid in one ordered walk of events_grid.
ALTER TABLE events ADD COLUMN grid_x INTEGER;
ALTER TABLE events ADD COLUMN grid_y INTEGER;
ALTER TABLE events ADD COLUMN actor1_id TEXT;
ALTER TABLE events ADD COLUMN actor1_name TEXT;
ALTER TABLE events ADD COLUMN actor1_key TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS events_date;
-- The date index carries every facet column: the default page, and the facet counts over the
-- newest matching events, are walks of this index alone (no table row read).
CREATE INDEX events_date_facets ON events (
    event_date, id, event_type, sub_event_type, country, admin1, hedged, confidence, actor1_name
);
CREATE INDEX events_type ON events (event_type, sub_event_type, id);
CREATE INDEX events_sub_type ON events (sub_event_type, event_date, id);
-- The filter indexes carry the other facet columns: a count under several filters reads one
-- index range, never the table.
CREATE INDEX events_country ON events (
    country, admin1, event_type, sub_event_type, hedged, confidence, event_date, id
);
CREATE INDEX events_type_filter ON events (
    event_type, sub_event_type, country, admin1, hedged, confidence, event_date, id
);
CREATE INDEX events_actor1 ON events (actor1_key, id);
CREATE INDEX events_actor1_id ON events (actor1_id, event_date, id);
CREATE INDEX events_place ON events (place_key, id);
CREATE INDEX events_fatalities ON events (fatalities, id);
CREATE INDEX events_confidence ON events (confidence, id);
CREATE INDEX events_hedged ON events (hedged, event_date, id);
CREATE INDEX events_geo ON events (longitude, latitude, event_date, event_type)
    WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX events_grid ON events (grid_x, grid_y, event_type, longitude, latitude, event_date)
    WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL;
CREATE INDEX events_lat ON events (latitude) WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX events_unplaced ON events (event_date, event_type, country)
    WHERE latitude IS NULL OR longitude IS NULL;
-- An agreement's breach tallies join its verdicts to their events' first actor and place: read
-- from this index, not the events' rows (half the time at a million events).
CREATE INDEX events_tally ON events (id, actor1_name, actor1_id, place_name, admin2);
CREATE INDEX verdicts_agreement_kind ON verdicts (agreement_id, verdict, event_id);
CREATE INDEX verdicts_kind ON verdicts (verdict, event_id);
-- The actor filter ("part of a name, or an id, either side"): each event's actors as lower-case
-- "id|name" keys, and the dictionary of keys. A filter reads the dictionary (thousands of rows)
-- for the keys holding its words, then their events by index, instead of every event's row.
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_key TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_key)
);
CREATE INDEX event_actors_key ON event_actors (actor_key, event_id);
CREATE TABLE actor_keys (actor_key TEXT PRIMARY KEY);
CREATE TABLE saved_views (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    page TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX saved_views_page ON saved_views (page, created_at);
