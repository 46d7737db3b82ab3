"""The SQL both archive backends run: everything but connecting, migrating and full-text search.

``SQLiteStore`` and ``PostgresStore`` inherit this class and differ only in how they connect,
migrate, open a transaction and match a search; every statement here is written once, with ``?``
placeholders and portable SQL (the PostgreSQL connection translates the placeholders), so both
backends give the same answers. Mixins of further store methods (``store/assessments.py``,
``store/queries.py`` and the like, which use only ``self.db.execute`` and ``self.transaction()``)
belong among this class's bases, so that both backends get them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from importlib import resources

from ceasewatch.errors import NotFoundError, StoreError
from ceasewatch.model import (
    AgreementMention,
    Article,
    Event,
    Extraction,
    IngestFailure,
    RawDocument,
    Relation,
)
from ceasewatch.store.actorevents import ActorEventsMixin
from ceasewatch.store.articlecountry import ArticleCountryMixin
from ceasewatch.store.articles import ArticleWritesMixin
from ceasewatch.store.assessments import AssessmentsMixin
from ceasewatch.store.base import ArticleQuery, EventQuery
from ceasewatch.store.corrections import CorrectionsMixin
from ceasewatch.store.db import Connection, like_pattern, now
from ceasewatch.store.deskqueries import DeskQueriesMixin
from ceasewatch.store.fusion import FusionMixin
from ceasewatch.store.history import HistoryMixin
from ceasewatch.store.identity import IdentityMixin
from ceasewatch.store.mapqueries import MapQueriesMixin
from ceasewatch.store.queries import EVENT_INSERT, QueriesMixin, event_columns, index_event_actors
from ceasewatch.store.savedviews import SavedViewsMixin
from ceasewatch.store.versions import VersionsMixin


def migration_files(folder: str) -> list[tuple[int, str]]:
    """(version, SQL) for every ``NNNN_name.sql`` in ``folder`` (under this package), in order."""
    found = []
    for entry in (resources.files("ceasewatch.store") / folder).iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def refuse_newer(where: str, applied: set[int], known: Iterable[int]) -> None:
    """An archive migrated by a newer ceasewatch has tables and meanings this one does not
    know: writing to it could break it for the version that made it, so it is refused."""
    unknown = sorted(applied - set(known))
    if unknown:
        raise StoreError(
            f"{where}: the archive has schema migration(s) {', '.join(map(str, unknown))}, which "
            "this ceasewatch does not know: it was written by a newer version; upgrade ceasewatch "
            "(or open another archive)"
        )


class SQLStore(
    ArticleWritesMixin,
    QueriesMixin,
    ActorEventsMixin,
    DeskQueriesMixin,
    ArticleCountryMixin,
    MapQueriesMixin,
    SavedViewsMixin,
    AssessmentsMixin,
    VersionsMixin,
    HistoryMixin,
    IdentityMixin,
    FusionMixin,
    CorrectionsMixin,
):
    """``Store`` over any SQL connection that takes the portable SQL below."""

    db: Connection

    def transaction(self) -> AbstractContextManager[Connection]:
        """All or nothing, and one writer at a time: an interrupted write leaves the archive as
        it was."""
        raise NotImplementedError

    def search_clause(self, text: str) -> tuple[str, object]:
        """A condition on ``a.id`` (articles aliased ``a``) matching the full-text query typed
        by a user, and its one parameter."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- articles ----------------------------------------------------------------------------

    def story(self, article_id: str) -> list[Article]:
        """Every archived copy of the story this article belongs to, oldest first (copies of one
        second in the order they were stored: ``rowid``, a column of its own in PostgreSQL)."""
        story_id = self.article(article_id).story_id or article_id
        rows = self.db.execute(
            "SELECT data FROM articles WHERE story_id = ? ORDER BY ingested_at, rowid", (story_id,)
        )
        return [Article.model_validate_json(r[0]) for r in rows]

    def add_failure(self, failure: IngestFailure) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO failures (origin, reason, at) VALUES (?, ?, ?)",
                (failure.origin, failure.reason, failure.at.isoformat()),
            )

    def article(self, article_id: str) -> Article:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        return Article.model_validate_json(row[0])

    def _require_article(self, article_id: str) -> None:
        """``article``'s NotFoundError, without reading the article."""
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")

    def raw(self, article_id: str) -> RawDocument:
        row = self.db.execute(
            "SELECT origin, media_type, hints, fetched_at, data FROM raw_inputs"
            " WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no raw input for article {article_id!r}")
        return RawDocument(
            origin=row[0],
            media_type=row[1],
            hints=json.loads(row[2]),
            fetched_at=dt.datetime.fromisoformat(row[3]),
            data=bytes(row[4]),
        )

    def _article_where(self, query: ArticleQuery) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if query.on is not None:
            clauses.append("a.published = ?")
            params.append(query.on.isoformat())
        if query.start is not None:
            clauses.append("a.published >= ?")
            params.append(query.start.isoformat())
        if query.end is not None:
            clauses.append("a.published <= ?")
            params.append(query.end.isoformat())
        if query.source:
            clauses.append("a.outlet = ?")  # the given name, else the address's host
            params.append(query.source)
        if query.search:
            clause, param = self.search_clause(query.search)
            clauses.append(clause)
            params.append(param)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def articles(self, query: ArticleQuery = ArticleQuery()) -> list[Article]:
        where, params = self._article_where(query)
        rows = self.db.execute(
            f"SELECT a.data FROM articles a{where}"
            " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        )
        return [Article.model_validate_json(r[0]) for r in rows]

    def count_articles(self, query: ArticleQuery = ArticleQuery()) -> int:
        where, params = self._article_where(query)
        row = self.db.execute(f"SELECT COUNT(*) FROM articles a{where}", params).fetchone()
        return int(row[0])

    def article_days(self, year: int, month: int) -> dict[dt.date, int]:
        prefix = f"{year:04d}-{month:02d}-"
        rows = self.db.execute(
            "SELECT published, COUNT(*) FROM articles WHERE published LIKE ? GROUP BY published",
            (prefix + "%",),
        )
        return {dt.date.fromisoformat(day): int(n) for day, n in rows}

    def sources(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )
        return [r[0] for r in rows]

    def failures(self, limit: int = 100) -> list[IngestFailure]:
        rows = self.db.execute(
            "SELECT origin, reason, at FROM failures ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [
            IngestFailure(origin=o, reason=r, at=dt.datetime.fromisoformat(a)) for o, r, a in rows
        ]

    # --- extraction results ------------------------------------------------------------------

    def save_extraction(self, extraction: Extraction) -> None:
        """Replace everything stored for this article by this extraction, atomically."""
        self.save_extractions([extraction])

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """``save_extraction`` for many articles in one transaction (one commit, not one per
        article: the Dask driver writes a partition at once); all saved or none."""
        for extraction in extractions:  # NotFoundError before anything is written
            self._require_article(extraction.article_id)
        corrected = [self.with_corrections(x) for x in extractions]  # corrections outlive it
        with self.transaction() as db, self._batch_counting(db, corrected):
            for extraction in corrected:
                self._replace_extraction(db, extraction)

    def _batch_counting(
        self, db: Connection, extractions: Sequence[Extraction]
    ) -> AbstractContextManager[object]:
        """Held around a batch's replacements, inside its transaction: a backend may keep the
        count tables for the whole batch at its end instead of row by row (SQLite,
        store/sqlite.py; none here: the triggers keep them)."""
        return nullcontext()

    def _replace_extraction(self, db: Connection, extraction: Extraction) -> None:
        """One article's results replaced, inside the caller's transaction."""
        aid = extraction.article_id
        extraction = self._keep_event_ids(extraction)  # stable ids, change feed
        rows = [_event_row(e) for e in extraction.events]
        same = self._clear_events(db, aid, rows)
        for table in ("relations", "agreement_mentions", "extractions"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        db.execute(
            "UPDATE archive_state SET value = value + 1 WHERE name = 'extraction_generation'"
        )
        db.execute(
            "INSERT INTO extractions (article_id, stage, skipped, created_at, versions)"
            " VALUES (?, ?, ?, ?, ?)",
            (aid, extraction.stage, extraction.skipped, now(), extraction.versions),
        )
        self._insert_events(db, [row for row in rows if row[0] not in same])
        self.keep_article_country(db, aid, extraction.country)  # for the quality queue
        index_event_actors(db, [e for e in extraction.events if e.id not in same])
        db.executemany(
            "INSERT INTO relations (id, article_id, data) VALUES (?, ?, ?)",
            [(r.id, aid, r.model_dump_json()) for r in extraction.relations],
        )
        db.executemany(
            "INSERT INTO agreement_mentions (article_id, idx, data) VALUES (?, ?, ?)",
            [(aid, i, m.model_dump_json()) for i, m in enumerate(extraction.agreement_mentions)],
        )

    def _clear_events(
        self, db: Connection, aid: str, rows: list[tuple[object, ...]]
    ) -> set[object]:
        """Delete the article's stored events before ``rows`` (the new ones) are written; the ids
        of events left in place instead, because stored exactly as ``rows`` has them (none
        here; SQLite keeps unchanged ones, store/sqlite.py)."""
        db.execute("DELETE FROM events WHERE article_id = ?", (aid,))
        return set()

    def _insert_events(self, db: Connection, rows: list[tuple[object, ...]]) -> None:
        """An extraction's event rows (PostgreSQL: in one statement, store/pgwrites.py)."""
        db.executemany(EVENT_INSERT, rows)

    def extracted_article_ids(self, stage: str | None = None) -> set[str]:
        if stage is None:
            rows = self.db.execute("SELECT article_id FROM extractions")
        else:
            rows = self.db.execute("SELECT article_id FROM extractions WHERE stage = ?", (stage,))
        return {r[0] for r in rows}

    def events(self, query: EventQuery = EventQuery()) -> list[Event]:
        clauses: list[str] = []
        params: list[object] = []
        for column, value, op in (
            ("article_id", query.article_id, "="),
            ("event_date", query.start.isoformat() if query.start else None, ">="),
            ("event_date", query.end.isoformat() if query.end else None, "<="),
            ("event_type", query.event_type, "="),
            ("sub_event_type", query.sub_event_type, "="),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        for column, needle in (("actors", query.actor), ("place", query.place)):
            if needle:
                clauses.append(f"{column} LIKE ? ESCAPE '\\'")
                params.append(like_pattern(needle.lower()))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT data FROM events{where} ORDER BY event_date DESC NULLS LAST, id"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return [Event.model_validate_json(r[0]) for r in self.db.execute(sql, params)]

    def event(self, event_id: str) -> Event:
        row = self.db.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no event with id {event_id!r}")
        return Event.model_validate_json(row[0])

    def relations(self, article_id: str | None = None) -> list[Relation]:
        sql, params = "SELECT data FROM relations", []
        if article_id is not None:
            sql, params = sql + " WHERE article_id = ?", [article_id]
        return [Relation.model_validate_json(r[0]) for r in self.db.execute(sql, params)]

    def agreement_mentions(self, article_id: str | None = None) -> list[AgreementMention]:
        sql, params = "SELECT data FROM agreement_mentions", []
        if article_id is not None:
            sql, params = sql + " WHERE article_id = ?", [article_id]
        rows = self.db.execute(sql + " ORDER BY article_id, idx", params)
        return [AgreementMention.model_validate_json(r[0]) for r in rows]


def _event_row(event: Event) -> tuple[object, ...]:
    refs = [event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2]
    actors = "|".join(f"{r.id or ''}|{r.name}" for r in refs if r is not None).lower()
    loc = event.location
    place = "|".join(p or "" for p in (loc.name, loc.admin1, loc.admin2) if loc) if loc else ""
    return (
        event.id,
        event.article_id,
        event.event_date.isoformat() if event.event_date else None,
        event.event_type,
        event.sub_event_type,
        actors,
        place.lower(),
        event.model_dump_json(),
        *event_columns(event),
    )
