-- The change feed: every event a saved extraction added, updated (with the fields that changed,
-- old and new) or retracted, in the order written. ``seq`` is the rowid (INTEGER PRIMARY KEY):
-- it only grows, because rows are never deleted. A downstream copy syncs by asking for the
-- rows after the last seq it applied.
CREATE TABLE event_changes (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    fields TEXT NOT NULL,
    event TEXT,
    at TEXT NOT NULL
);
CREATE INDEX event_changes_at ON event_changes (at);
CREATE INDEX event_changes_event ON event_changes (event_id);
-- One event from many reports (``ceasewatch fuse``): a fused group's record, and which archived
-- event belongs to which group. Events alone in their group have no row.
CREATE TABLE fused_events (
    id TEXT PRIMARY KEY,
    event_date TEXT,
    data TEXT NOT NULL
);
CREATE INDEX fused_events_date ON fused_events (event_date);
CREATE TABLE fused_members (
    event_id TEXT PRIMARY KEY,
    fused_id TEXT NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE
);
CREATE INDEX fused_members_fused ON fused_members (fused_id);
-- The change feed position up to which the fused groups are current (incremental fusion).
INSERT INTO archive_state (name, value) VALUES ('fused_change_seq', 0);
