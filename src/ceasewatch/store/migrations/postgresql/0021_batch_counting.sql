-- Twin of ../0021_batch_counting.sql, which lets SQLite's save count a batch's events once
-- instead of in 0013's and 0018's row triggers. PostgreSQL's triggers are statement-level
-- already, and its store saves a batch with one statement per table (store/pgwrites.py), so
-- they run once per batch: nothing to do here.
SELECT 1;
