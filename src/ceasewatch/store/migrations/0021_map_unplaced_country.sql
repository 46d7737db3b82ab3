-- The map's unplaced events counted per country (issue 12). Every map view of one country
-- says how many of its matching events could not be placed (store/mapqueries.py,
-- count_unplaced). 0006's events_unplaced is keyed by the date: a country without a date range
-- was a walk of every unplaced event of every country (a fifth of the archive, 0.2-0.4 s at a
-- million). Keyed by the country here, the count is one range of the country's own unplaced
-- events (with the type and the date too, so a filter of either stays in the index). A
-- partial index: no trigger, and an existing archive is covered when it is built.
CREATE INDEX events_unplaced_country ON events (country, event_type, event_date)
    WHERE latitude IS NULL OR longitude IS NULL;
