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
-- The outlet shown and filtered on (ceasewatch.outlet.outlet): the given name, else the host
-- of the report's web address (its url, else its origin), lower case, without "www.", as the
-- desk shows it; written by add_article from now on, read off the address here for the rest.
ALTER TABLE articles ADD COLUMN outlet TEXT;
UPDATE articles SET outlet = source WHERE source IS NOT NULL;
UPDATE articles SET outlet = lower(CASE
    WHEN lower(json_extract(data, '$.url')) LIKE 'http://%'
        OR lower(json_extract(data, '$.url')) LIKE 'https://%' THEN json_extract(data, '$.url')
    ELSE origin END)
WHERE source IS NULL;
UPDATE articles SET outlet = NULL
WHERE source IS NULL AND outlet NOT LIKE 'http://%' AND outlet NOT LIKE 'https://%';
UPDATE articles SET outlet = substr(outlet, instr(outlet, '://') + 3) WHERE source IS NULL AND outlet IS NOT NULL;
UPDATE articles SET outlet = substr(outlet, 1, instr(outlet, '/') - 1) WHERE source IS NULL AND instr(outlet, '/') > 0;
UPDATE articles SET outlet = substr(outlet, 1, instr(outlet, '?') - 1) WHERE source IS NULL AND instr(outlet, '?') > 0;
UPDATE articles SET outlet = substr(outlet, 1, instr(outlet, '#') - 1) WHERE source IS NULL AND instr(outlet, '#') > 0;
UPDATE articles SET outlet = substr(outlet, instr(outlet, '@') + 1) WHERE source IS NULL AND instr(outlet, '@') > 0;
UPDATE articles SET outlet = substr(outlet, 1, instr(outlet, ':') - 1) WHERE source IS NULL AND instr(outlet, ':') > 0;
UPDATE articles SET outlet = substr(outlet, 5) WHERE source IS NULL AND outlet LIKE 'www.%';
UPDATE articles SET outlet = NULL WHERE outlet = '';
CREATE INDEX articles_outlet ON articles (outlet);
