-- The version of every stage (and knowledge digest) that made an extraction, as canonical JSON
-- (ceasewatch.batch.versions): `ceasewatch extract` re-runs the articles whose record differs
-- from the current stages. NULL: extracted before versions were recorded (re-run once).
ALTER TABLE extractions ADD COLUMN versions TEXT;
CREATE INDEX extractions_versions ON extractions (versions);
