"""PostgreSQL's own ways of archiving a batch of articles (``store/articles.py`` holds the
portable ones, which SQLite runs): what a server pays per statement and per parameter, not
per row, is what these avoid.

- The lookups of a batch (stored copies, story candidates, candidate texts) pass their keys
  as arrays (``= ANY(?)``, ``unnest``): one query of two or three parameters per batch, which
  psycopg prepares once, instead of one of up to 1,600 parameters that it parses at every call.
- The articles, their raw inputs and their story bands (16 rows an article) go in by ``COPY``:
  one stream each, no per-row statement (the batch's duplicate check ran under the write lock,
  so no row can conflict).
- The search entry is the English tsvector alone, computed in one statement for the batch;
  the title and text it is made from are in ``articles`` already (migration 0015 dropped the
  copy that ``articles_fts`` kept of them).

- Saving extractions (``save_extractions``, a batch of articles): the batch's stored events
  read once (for their ids, the change feed and the events left in place), the old events
  deleted in one statement and the articles' other results in one more, the new events by
  ``COPY``, and every other row of the batch (countries, actor keys, actor rows, references,
  flags, extractions, relations, mentions) in one statement of arrays: eight statements per
  save however many articles it holds (an event whose row would be written again unchanged
  stays in place). The statement triggers that keep the count tables (migrations 0011, 0013,
  0018) run once per batch instead of once per article.

All of it runs inside the caller's transaction, so a batch or a save stays all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg

from ceasewatch.errors import NotFoundError, StoreError
from ceasewatch.model import Article, Event, Extraction
from ceasewatch.store.articles import (
    ARTICLE_COLUMNS,
    RAW_COLUMNS,
    ArticleWritesMixin,
    _candidates_sql,
)
from ceasewatch.store.db import now
from ceasewatch.store.queries import EVENT_INSERT, actor_keys, actor_refs, event_flags

# Events per INSERT: 24 parameters each, far below PostgreSQL's 65,535 per statement.
_EVENTS_PER_STATEMENT = 500
# The events row as EVENT_INSERT writes it (id first, article_id second, data eighth).
_HEAD = EVENT_INSERT[: EVENT_INSERT.index(" VALUES ")]
_COLUMNS = tuple(c.strip() for c in _HEAD[_HEAD.index("(") + 1 : -1].split(","))
# A save's rows after its events, one statement: each table's rows passed as one array per
# column (``_columns``), in this order.
_REST = (
    "WITH c AS (UPDATE articles a SET country = u.country"
    " FROM unnest(?::text[], ?::text[]) AS u (id, country) WHERE a.id = u.id),"
    " k AS (INSERT INTO actor_keys (actor_key) SELECT unnest(?::text[])"
    " ON CONFLICT (actor_key) DO NOTHING),"
    " ea AS (INSERT INTO event_actors (event_id, actor_key, event_date)"
    " SELECT * FROM unnest(?::text[], ?::text[], ?::text[])),"
    " ar AS (INSERT INTO event_actor_refs (event_id, slot, pos, actor_id, name, label)"
    " SELECT * FROM unnest(?::text[], ?::integer[], ?::integer[], ?::text[], ?::text[],"
    " ?::text[])),"
    " ef AS (INSERT INTO event_flags (event_id, flag, note)"
    " SELECT * FROM unnest(?::text[], ?::text[], ?::text[])),"
    " ex AS (INSERT INTO extractions (article_id, stage, skipped, created_at, versions)"
    " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])),"
    " re AS (INSERT INTO relations (id, article_id, data)"
    " SELECT * FROM unnest(?::text[], ?::text[], ?::text[]))"
    " INSERT INTO agreement_mentions (article_id, idx, data)"
    " SELECT * FROM unnest(?::text[], ?::integer[], ?::text[])"
)


def _columns(rows: Sequence[tuple[object, ...]], width: int) -> list[list[object]]:
    """``rows`` as one list per column (``width`` columns, also when there are no rows)."""
    return [[row[i] for row in rows] for i in range(width)]


def _flat(rows: list[tuple[object, ...]]) -> list[object]:
    return [value for row in rows for value in row]


class PgArticleWritesMixin(ArticleWritesMixin):
    """Mixed into ``PostgresStore`` before ``SQLStore``: overrides the batch's backend hooks."""

    # Articles per lookup query: arrays have no parameter limit; this only bounds one query.
    lookup = 1000

    def _store_articles(self, db: Any, rows: list[tuple[object, ...]]) -> None:
        try:
            db.copy_rows("articles", ARTICLE_COLUMNS, rows)
        except psycopg.errors.UniqueViolation as exc:  # unreachable: checked under the lock
            raise StoreError(f"an article was stored behind the check: {exc}") from exc

    def _store_raw(self, db: Any, rows: list[tuple[object, ...]]) -> None:
        db.copy_rows("raw_inputs", RAW_COLUMNS, rows)

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

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """``save_extraction`` of many articles in one transaction, one statement per table
        for the whole batch (module docstring). A batch naming an article twice is saved one
        extraction after the other, as the portable code does (the later one wins)."""
        ids = [x.article_id for x in extractions]
        if len(set(ids)) != len(ids):
            super().save_extractions(extractions)  # type: ignore[misc]
            return
        if not ids:
            return
        found = {r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE id = ANY(?::text[])", (ids,)
        )}  # fmt: skip
        for aid in ids:  # NotFoundError before anything is written, as the portable code
            if aid not in found:
                raise NotFoundError(f"no article with id {aid!r}")
        host: Any = self
        corrected = [host.with_corrections(x) for x in extractions]  # corrections outlive it
        with self.transaction() as db:
            # the batch's stored events, read once: for their ids and change feed
            # (``_keep_event_ids_many``) and to leave unchanged ones in place
            stored = {
                r[0]: tuple(r)
                for r in db.execute(
                    f"SELECT {', '.join(_COLUMNS)} FROM events WHERE article_id = ANY(?::text[])"
                    " ORDER BY article_id, id",
                    (ids,),
                )
            }
            read: dict[str, list[Event]] = {}
            for row in stored.values():
                read.setdefault(str(row[1]), []).append(Event.model_validate_json(str(row[7])))
            kept: list[Extraction] = host._keep_event_ids_many(corrected, read)
            self._replace_extractions(db, kept, stored)

    def _replace_extractions(
        self, db: Any, kept: list[Extraction], stored: dict[str, tuple[object, ...]]
    ) -> None:
        """The articles' stored results replaced by ``kept`` (distinct articles, ids kept),
        inside the caller's transaction: what ``SQLStore._replace_extraction`` does for one
        article, once for all. ``stored``: their archived event rows (``_COLUMNS``) by id."""
        from ceasewatch.store.sql import _event_row  # sql.py imports this module

        ids = [x.article_id for x in kept]
        columns = _COLUMNS
        rows = [(e, _event_row(e)) for x in kept for e in x.events]
        # an event whose row would be written again unchanged stays in place (its count
        # rows and actor index rows are not paid again)
        same = [str(row[0]) for _, row in rows if stored.get(str(row[0])) == row]
        db.execute(
            "DELETE FROM events WHERE article_id = ANY(?::text[]) AND NOT id = ANY(?::text[])",
            (ids, same),
        )
        # the other results of the articles deleted and the generation bumped: one statement
        db.execute(
            "WITH r AS (DELETE FROM relations WHERE article_id = ANY(?::text[])),"
            " m AS (DELETE FROM agreement_mentions WHERE article_id = ANY(?::text[])),"
            " x AS (DELETE FROM extractions WHERE article_id = ANY(?::text[]))"
            " UPDATE archive_state SET value = value + ? WHERE name = 'extraction_generation'",
            (ids, ids, ids, len(kept)),
        )
        kept_ids = set(same)
        events = [e for e, _ in rows if e.id not in kept_ids]
        db.copy_rows("events", columns, [row for e, row in rows if e.id not in kept_ids])
        countries = [(x.article_id, x.country) for x in kept if x.country is not None]
        actors = [
            (e.id, key, e.event_date.isoformat() if e.event_date else None)
            for e in events
            for key in actor_keys(e)
        ]  # store/queries.py's index_event_actors, the same rows
        stamp = now()
        # everything else of the batch in one statement (one round trip), each table's rows
        # as arrays: the articles' countries (ArticleCountryMixin.keep_article_country), the
        # actor keys' dictionary, the events' actor rows, actor references and flags, the
        # extractions, relations and agreement mentions (no table here has a statement
        # trigger; the events they reference were written by the statement before)
        db.execute(_REST, [
            *_columns(countries, 2),
            sorted({k for _, k, _ in actors}),
            *_columns(actors, 3),
            *_columns([row for e in events for row in actor_refs(e)], 6),
            *_columns([row for e in events for row in event_flags(e)], 3),
            *_columns([(x.article_id, x.stage, x.skipped, stamp, x.versions) for x in kept], 5),
            *_columns(
                [(r.id, x.article_id, r.model_dump_json()) for x in kept for r in x.relations], 3
            ),
            *_columns([
                (x.article_id, i, m.model_dump_json())
                for x in kept
                for i, m in enumerate(x.agreement_mentions)
            ], 3),
        ])  # fmt: skip

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
