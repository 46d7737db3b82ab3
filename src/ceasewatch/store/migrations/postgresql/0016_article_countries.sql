-- The country each report is about (knowledge.countries.article_country of its text: ISO
-- alpha-2, NULL when none leads), read once per report and kept: the quality queue's
-- "point-abroad" check compares every precision-1 point with it, and reading thousands of
-- reports' texts on a request took seconds (issue 13). An article's id is its cleaned text's
-- hash, so the answer never goes stale; it goes with its article.
CREATE TABLE article_countries (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    country TEXT
);
