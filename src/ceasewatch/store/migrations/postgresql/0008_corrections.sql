-- Analyst corrections of events (issue 11). Kept apart from the events they correct: a
-- re-extraction replaces an article's events, and the corrections are applied again to the new
-- ones, found by event id or, when extraction renumbered them, by the fallback key (article,
-- sentence span, the type extraction gave).
CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,  -- the order they were made in (several may share a second)
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    original_type TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX corrections_event ON corrections (event_id);
CREATE INDEX corrections_article ON corrections (article_id);
