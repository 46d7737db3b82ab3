"""PostgreSQL's own ways of archiving a batch of articles (``store/articles.py`` holds the
portable ones, which SQLite runs): what a server pays per statement and per parameter, not
per row, is what these avoid.

- The lookups of a batch (stored copies, story candidates, candidate texts) pass their keys
  as arrays (``= ANY(?)``, ``unnest``): one query of two or three parameters per batch, which
  psycopg prepares once, instead of one of up to 1,600 parameters that it parses at every call.
- The story bands (16 rows an article) go in by ``COPY``: one stream, no per-row statement.
- The search entry is the English tsvector alone, computed in one statement for the batch;
  the title and text it is made from are in ``articles`` already (migration 0015 dropped the
  copy that ``articles_fts`` kept of them).

All of it runs inside the batch's transaction, so a batch stays all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ceasewatch.model import Article
from ceasewatch.store.articles import ArticleWritesMixin, _candidates_sql


class PgArticleWritesMixin(ArticleWritesMixin):
    """Mixed into ``PostgresStore`` before ``SQLStore``: overrides the batch's backend hooks."""

    # Articles per lookup query: arrays have no parameter limit; this only bounds one query.
    lookup = 1000

    def _append_rows(
        self, db: Any, table: str, columns: Sequence[str], rows: list[tuple[object, ...]]
    ) -> None:
        db.copy_rows(table, columns, rows)

    def _index_texts(self, db: Any, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        ids, titles, texts = (list(column) for column in zip(*rows, strict=True))
        db.execute(
            "INSERT INTO articles_fts (article_id, tsv)"
            " SELECT u.id, to_tsvector('english', u.title || ' ' || u.text)"
            " FROM unnest(?::text[], ?::text[], ?::text[]) AS u (id, title, text)",
            (ids, titles, texts),
        )

    def _matching_rows(self, part: Sequence[Article]) -> Any:
        return self.db.execute(
            "SELECT data FROM articles WHERE content_hash = ANY(?::text[]) OR id = ANY(?::text[])",
            ([a.content_hash for a in part], [a.id for a in part]),
        )

    def _candidate_rows(self, pairs: list[tuple[int, str]]) -> Any:
        return self.db.execute(
            _candidates_sql("SELECT * FROM unnest(?::integer[], ?::text[])"),
            ([index for index, _ in pairs], [key for _, key in pairs]),
        )

    def _rows_by_id(self, ids: list[str]) -> Any:
        return self.db.execute(
            "SELECT id, story_id, data FROM articles WHERE id = ANY(?::text[])", (ids,)
        )
