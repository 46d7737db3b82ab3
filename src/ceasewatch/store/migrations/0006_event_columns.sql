-- Queries in the database (issue 12): the columns the events table, the API and the map filter
-- and sort on, copied out of each event's JSON, with indexes, so a page reads one page of rows
-- and its counts instead of every event. ``_event_row`` fills them for new rows; the UPDATE
-- below backfills archives written before this migration. Text sort keys (actor1_key,
-- place_key) are lower-cased; display names stay as coded.
ALTER TABLE events ADD COLUMN country TEXT;
ALTER TABLE events ADD COLUMN admin1 TEXT;
ALTER TABLE events ADD COLUMN admin2 TEXT;
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_key TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN latitude REAL;
ALTER TABLE events ADD COLUMN longitude REAL;
ALTER TABLE events ADD COLUMN geo_precision INTEGER;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0.5;
ALTER TABLE events ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0;
-- The map's fixed grid: quarter-degree cells counted from 180 W / 90 S (NULL when unplaced).
-- Low zoom counts events per cell of this grid in one ordered walk of events_grid.
ALTER TABLE events ADD COLUMN grid_x INTEGER;
ALTER TABLE events ADD COLUMN grid_y INTEGER;
ALTER TABLE events ADD COLUMN actor1_id TEXT;
ALTER TABLE events ADD COLUMN actor1_name TEXT;
ALTER TABLE events ADD COLUMN actor1_key TEXT NOT NULL DEFAULT '';
-- json_extract here only: the backfill of rows stored before these columns existed.
UPDATE events SET
    country = json_extract(data, '$.location.country'),
    admin1 = json_extract(data, '$.location.admin1'),
    admin2 = json_extract(data, '$.location.admin2'),
    place_name = json_extract(data, '$.location.name'),
    place_key = lower(COALESCE(json_extract(data, '$.location.name'), '')),
    latitude = json_extract(data, '$.location.latitude'),
    longitude = json_extract(data, '$.location.longitude'),
    geo_precision = json_extract(data, '$.location.geo_precision'),
    fatalities = json_extract(data, '$.fatalities'),
    confidence = COALESCE(json_extract(data, '$.confidence'), 0.5),
    hedged = COALESCE(json_extract(data, '$.hedged'), 0),
    actor1_id = json_extract(data, '$.actor1.id'),
    actor1_name = json_extract(data, '$.actor1.name'),
    actor1_key = lower(COALESCE(json_extract(data, '$.actor1.name'), '')),
    grid_x = CAST((json_extract(data, '$.location.longitude') + 180) * 4 AS INTEGER),
    grid_y = CAST((json_extract(data, '$.location.latitude') + 90) * 4 AS INTEGER);
UPDATE events SET grid_x = NULL, grid_y = NULL WHERE latitude IS NULL OR longitude IS NULL;
-- One index per sort key, each ending in the id (the tie-break), so a page in either direction
-- is a walk along an index; filters lead where they are selective.
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
-- Backfill from the stored JSON (json_each/json_extract here only).
INSERT INTO event_actors (event_id, actor_key)
    SELECT DISTINCT e.id, lower(COALESCE(json_extract(r.value, '$.id'), '') || '|'
                                || json_extract(r.value, '$.name'))
    FROM events e, json_each(json_array(json_extract(e.data, '$.actor1'),
                                        json_extract(e.data, '$.actor2'))) r
    WHERE r.type = 'object'
    UNION
    SELECT e.id, lower(COALESCE(json_extract(r.value, '$.id'), '') || '|'
                       || json_extract(r.value, '$.name'))
    FROM events e, json_each(e.data, '$.assoc_actors1') r
    UNION
    SELECT e.id, lower(COALESCE(json_extract(r.value, '$.id'), '') || '|'
                       || json_extract(r.value, '$.name'))
    FROM events e, json_each(e.data, '$.assoc_actors2') r;
INSERT INTO actor_keys (actor_key) SELECT DISTINCT actor_key FROM event_actors;
-- Saved views of the events table: a name and the query string that reopens it.
CREATE TABLE saved_views (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    page TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX saved_views_page ON saved_views (page, created_at);
