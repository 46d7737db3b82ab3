-- Which extractions the stored assessments were computed from. Every saved extraction bumps
-- extraction_generation; a full re-assessment records the generation it read. Assessments
-- behind the newest extraction are stale and re-run, even after a run killed between the two.
CREATE TABLE archive_state (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
-- An archive from before this migration may hold extractions its assessments never saw:
-- mark it stale once so the next run re-assesses.
INSERT INTO archive_state (name, value)
    SELECT 'extraction_generation', CASE WHEN EXISTS (SELECT 1 FROM extractions) THEN 1 ELSE 0 END;
INSERT INTO archive_state (name, value) VALUES ('assessed_generation', 0);
