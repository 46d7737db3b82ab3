-- Syndicated copies: every article belongs to a story (the first archived copy's id).
ALTER TABLE articles ADD COLUMN story_id TEXT;
UPDATE articles SET story_id = id;
CREATE INDEX articles_story ON articles (story_id);
CREATE TABLE story_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX story_bands_band ON story_bands (band);
