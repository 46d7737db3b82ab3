-- Articles, their raw inputs, failed ingests, full-text search.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    raw_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT,
    published TEXT,
    source TEXT,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_raw_hash ON articles (raw_hash);
CREATE TABLE raw_inputs (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    media_type TEXT NOT NULL,
    hints TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (article_id UNINDEXED, title, text);
