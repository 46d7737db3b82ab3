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

- An extraction's events go in one multi-row INSERT (``save_extraction``).

All of it runs inside the caller's transaction, so a batch or a save stays all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ceasewatch.model import Article
from ceasewatch.store.articles import ArticleWritesMixin, _candidates_sql
from ceasewatch.store.queries import EVENT_INSERT

# Events per INSERT: 24 parameters each, far below PostgreSQL's 65,535 per statement.
_EVENTS_PER_STATEMENT = 500


def _flat(rows: list[tuple[object, ...]]) -> list[object]:
    return [value for row in rows for value in row]


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

    def _insert_events(self, db: Any, rows: list[tuple[object, ...]]) -> None:
        """An extraction's events in one multi-row INSERT (``executemany`` sends one statement
        per row): the statement trigger that keeps ``map_counts`` (migration 0011) then runs
        once per extraction instead of once per event."""
        head = EVENT_INSERT[: EVENT_INSERT.index(" VALUES ")]
        row = "(" + ", ".join("?" * EVENT_INSERT.count("?")) + ")"
        for first in range(0, len(rows), _EVENTS_PER_STATEMENT):
            part = rows[first : first + _EVENTS_PER_STATEMENT]
            db.execute(f"{head} VALUES {', '.join([row] * len(part))}", _flat(part))

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
