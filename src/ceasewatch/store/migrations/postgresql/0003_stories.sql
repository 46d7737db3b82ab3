-- Twin of ../0003_stories.sql: every article belongs to a story (the first archived copy's id).
ALTER TABLE articles ADD COLUMN story_id TEXT COLLATE "C";
UPDATE articles SET story_id = id;
CREATE INDEX articles_story ON articles (story_id);
CREATE TABLE story_bands (
    band TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX story_bands_band ON story_bands (band);
