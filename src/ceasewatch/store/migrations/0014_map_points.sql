-- The map's points at high zoom and its panned views (issue 12): a view's events read from one
-- index, never their rows or JSON. Keyed by the fixed grid (a view names its columns: one seek
-- each, then a narrow range of rows) and the date (newest first); it carries every column the
-- map draws and its popups list (store/mapqueries.py ``map_points``), and the filters the map
-- offers (event type, country, dates), so a capped count or a point list is an index-only read.
CREATE INDEX events_map_points ON events (
    grid_x, grid_y, event_date, id, event_type, country, sub_event_type, longitude, latitude,
    geo_precision, article_id, place_name
) WHERE grid_x IS NOT NULL AND grid_y IS NOT NULL;
