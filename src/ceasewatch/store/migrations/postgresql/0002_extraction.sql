-- Twin of ../0002_extraction.sql: results of stages 3-6, replaced per article.
CREATE TABLE extractions (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    stage TEXT COLLATE "C" NOT NULL,
    skipped TEXT,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE events (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_date TEXT COLLATE "C",
    event_type TEXT COLLATE "C" NOT NULL,
    sub_event_type TEXT COLLATE "C" NOT NULL,
    actors TEXT COLLATE "C" NOT NULL,
    place TEXT COLLATE "C" NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (event_date);
CREATE TABLE relations (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    data TEXT NOT NULL
);
CREATE INDEX relations_article ON relations (article_id);
CREATE TABLE agreement_mentions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE assessments (
    agreement_id TEXT COLLATE "C" PRIMARY KEY,
    data TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);
