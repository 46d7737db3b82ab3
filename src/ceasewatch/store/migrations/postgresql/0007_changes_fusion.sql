-- PostgreSQL twin of ../0007_changes_fusion.sql. The change feed: every event a saved extraction
-- added, updated (with the fields that changed, old and new) or retracted. ``seq`` is an identity
-- column: it only grows, but a transaction that commits late may show a seq lower than one
-- already read, so a syncing reader asks again from a little before its last seq.
CREATE TABLE event_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
