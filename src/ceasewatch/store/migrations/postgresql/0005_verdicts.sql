-- Twin of ../0005_verdicts.sql: verdicts in their own table, the versions they were computed
-- from, and imported agreements. SQLite's move of verdicts out of the assessments' JSON is not
-- needed: a PostgreSQL archive never held them there.
CREATE TABLE verdicts (
    agreement_id TEXT COLLATE "C" NOT NULL,
    event_id TEXT COLLATE "C" NOT NULL,
    verdict TEXT COLLATE "C" NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (agreement_id, event_id)
);
CREATE INDEX verdicts_event ON verdicts (event_id);
CREATE TABLE assessed_agreements (
    agreement_id TEXT COLLATE "C" PRIMARY KEY,
    version TEXT NOT NULL
);
CREATE TABLE assessed_events (event_id TEXT COLLATE "C" PRIMARY KEY, version TEXT NOT NULL);
CREATE TABLE user_agreements (
    id TEXT COLLATE "C" PRIMARY KEY,
    file TEXT NOT NULL,
    data TEXT NOT NULL,
    imported_at TEXT COLLATE "C" NOT NULL
);
