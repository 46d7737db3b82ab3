-- Verdicts in their own table, one row per (agreement, event) in the agreement's scope: pages
-- read counts and the rows they show instead of every assessment's JSON. Events outside an
-- agreement's countries, zone or window have no row (outside scope by construction).
CREATE TABLE verdicts (
    agreement_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (agreement_id, event_id)
);
CREATE INDEX verdicts_event ON verdicts (event_id);
-- What the stored verdicts were computed from: an agreement's definition and an event's
-- record, each by a hash. A re-assessment judges only what changed.
CREATE TABLE assessed_agreements (agreement_id TEXT PRIMARY KEY, version TEXT NOT NULL);
CREATE TABLE assessed_events (event_id TEXT PRIMARY KEY, version TEXT NOT NULL);
-- Agreements a user imported (``ceasewatch agreements import FILE``), beside the built-in ones.
CREATE TABLE user_agreements (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    data TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
-- Move the verdicts of stored assessments into the new table (outside-scope ones dropped), and
-- keep the assessments without them; the version tables start empty, so the next
-- re-assessment recomputes everything once.
INSERT OR IGNORE INTO verdicts (agreement_id, event_id, verdict, data)
    SELECT a.agreement_id, json_extract(v.value, '$.event_id'), json_extract(v.value, '$.verdict'),
           v.value
    FROM assessments a, json_each(a.data, '$.verdicts') v
    WHERE json_extract(v.value, '$.verdict') != 'outside-scope';
UPDATE assessments SET data = json_set(data, '$.verdicts', json('[]'));
