-- Twin of ../0004_generations.sql: which extractions the stored assessments were computed from.
-- Every saved extraction bumps extraction_generation (an UPDATE of one row: atomic, and writers
-- queue on the row lock); a full re-assessment records the generation it read.
CREATE TABLE archive_state (
    name TEXT COLLATE "C" PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO archive_state (name, value)
    SELECT 'extraction_generation', CASE WHEN EXISTS (SELECT 1 FROM extractions) THEN 1 ELSE 0 END;
INSERT INTO archive_state (name, value) VALUES ('assessed_generation', 0);
