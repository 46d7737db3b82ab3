-- Twin of postgresql/0015_search_entries.sql, which changes PostgreSQL's search entries only
-- (SQLite's FTS5 table indexes the text it is given): nothing to do here.
SELECT 1;
