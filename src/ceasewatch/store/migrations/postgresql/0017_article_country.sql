-- The country each report is about, kept on the article itself and read when its extraction is
-- saved (store/articlecountry.py: knowledge.countries.article_country of its text), no longer
-- by a background thread of the desk (0016's article_countries, issue 13). ISO alpha-2; ''
-- when no country leads the text; NULL for a report not read yet (one saved before this
-- migration whose country 0016 had not read: the quality queue reads those a few at a time).
-- An article's id is its cleaned text's hash, so the answer never goes stale.
ALTER TABLE articles ADD COLUMN country TEXT;
UPDATE articles SET country = COALESCE(
    (SELECT a.country FROM article_countries a WHERE a.article_id = articles.id), ''
) WHERE id IN (SELECT article_id FROM article_countries);
DROP TABLE article_countries;
