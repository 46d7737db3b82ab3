-- Results of stages 3-6. Each row keeps the producing stage so a changed stage re-runs alone.
CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    skipped TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_date TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actors TEXT NOT NULL,
    place TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (event_date);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    data TEXT NOT NULL
);
CREATE INDEX relations_article ON relations (article_id);
CREATE TABLE agreement_mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE assessments (
    agreement_id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
);
