-- Three indexes for the map's and the events page's slowest reads at a million events (issue 12).
--
-- 1. The map's placed events without a date. A date range covering most of an archive's years
-- is read as the all-time count table (0011's map_counts) minus the years outside the range
-- (0018's map_month_counts) minus the placed events without a date, which no period row holds
-- (store/mapmonths.py): a few rows per cell instead of one per cell and year inside. Those
-- undated events are counted live from this index, which holds every column the map's counts
-- read, so no event row is read. Its first column is the date (always NULL here): the query's
-- "event_date IS NULL" is then an equality on it, and SQLite's planner takes this covering
-- index over the date indexes, which hold every undated event and lack the map's columns.
-- A partial index, not a count table: no trigger, nothing to keep in step but the index
-- itself, and an existing archive is covered when it is built.
CREATE INDEX events_map_undated ON events (
    event_date, grid_x, grid_y, event_type, country, longitude, latitude
) WHERE event_date IS NULL AND grid_x IS NOT NULL AND grid_y IS NOT NULL;

-- 2. The events page filtered by country and event type and sorted by fatalities: one range
-- of this index in the sort's order (the known tolls, then the unknown ones by id), where the
-- planner read every event of the country and type from the table to sort them (~100k at a
-- million). A date sort of the same filter already has 0012's events_country_type_date.
CREATE INDEX events_country_type_fatalities ON events (country, event_type, fatalities, id);

-- 3. The map's count table per period read in key order with its sums: a range of periods
-- (the years of a date filter) was a walk of the primary key, then one lookup of the table's
-- row per key for its counts (~17,000 lookups for six years at a million synthetic events);
-- this index holds the counts too, so the range is one read (half the time, measured). The
-- triggers of 0018 now update it with the table: each saved or deleted event changes two of
-- its entries (its month's and its year's).
CREATE INDEX map_month_counts_sums ON map_month_counts (
    period, grid_x, grid_y, event_type, country, n, sum_x, sum_y
);
