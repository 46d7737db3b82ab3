-- Twin of ../0001_archive.sql for PostgreSQL. Text columns sort and compare byte by byte
-- (COLLATE "C"), as SQLite's do, whatever the database's locale: pages list the same rows in the
-- same order on both backends, and LIKE 'prefix%' can use the indexes.
-- ``rowid`` keeps the order articles were stored in, which the shared SQL reads under SQLite's
-- name for it.
CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
    raw_hash TEXT COLLATE "C" NOT NULL,
    origin TEXT COLLATE "C" NOT NULL,
    title TEXT COLLATE "C",
    published TEXT COLLATE "C",
    source TEXT COLLATE "C",
    data TEXT NOT NULL,
    ingested_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_raw_hash ON articles (raw_hash);
CREATE TABLE raw_inputs (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    media_type TEXT NOT NULL,
    hints TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    data BYTEA NOT NULL
);
CREATE TABLE failures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
-- SQLite's FTS5 table, as a table with the same columns (the shared SQL inserts into it) and a
-- stored English tsvector under a GIN index; search matches it with to_tsquery('english', ...).
CREATE TABLE articles_fts (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED
);
CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv);
