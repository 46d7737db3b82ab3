"""The SQLite archive: one file, WAL journal, FTS5 search, numbered migrations.

Records are stored as their model's JSON beside the few columns queries filter on, so a new
optional model field needs no migration; a new filter column does (see ``migrations/``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from ceasewatch.errors import NotFoundError, StoreError
from ceasewatch.fingerprint import bands, containment
from ceasewatch.model import (
    Agreement,
    AgreementMention,
    Article,
    Assessment,
    Event,
    Extraction,
    IngestFailure,
    RawDocument,
    Relation,
    Verdict,
)
from ceasewatch.settings import setting
from ceasewatch.store.base import ArticleQuery, AssessmentRun, EventQuery
from ceasewatch.store.queries import (
    EVENT_INSERT,
    QueriesMixin,
    event_columns,
    index_event_actors,
)

# A copy with containment 0.8 but 30% extra text has Jaccard ~0.6: it shares 16 * 0.6**4 ~ 2
# of the 16 bands on average, so 2 keeps it while dropping texts that share one band by chance.
MIN_SHARED_BANDS = 2
MAX_CANDIDATES = 20


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every file in migrations/, in order."""
    folder = resources.files("ceasewatch.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def sql_statements(script: str) -> Iterator[str]:
    """The statements of a migration script, one by one (``executescript`` would commit the
    migration's transaction before running it)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                yield buffer
            buffer = ""
    if buffer.strip(" \n\t;"):
        yield buffer


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLiteStore(QueriesMixin):
    """``Store`` on one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        # Another process may hold the write lock (an ingest beside an extract, two ingests):
        # wait for it rather than fail with "database is locked".
        timeout = float(setting("store.busy_timeout_seconds"))
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._use_wal(timeout)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open archive: {exc}") from exc

    def _use_wal(self, timeout: float) -> None:
        """Write-ahead logging, so readers never block the writer. Switching a new archive to it
        needs the file to itself, and SQLite answers "database is locked" at once, without the
        busy timeout, when another process opening the same fresh archive holds a read lock
        (seen as 1 failed open in ~25 rounds of 4 processes): retried until the busy timeout.
        An archive already in WAL (every open after the first) does not switch again."""
        if self.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")  # ":memory:" stays "memory"
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Apply every migration not yet applied, in order, in one exclusive transaction.

        The applied set is read again once the lock is held: two processes opening a fresh
        archive at once both see migrations missing, and only the first to get the lock may
        migrate. Applied migrations are recorded one by one (``schema_migrations``), not only as
        the highest number: a migration merged from another branch with a lower number than one
        already applied still runs. Archives from before the table count every migration up to
        their ``user_version`` as applied.
        """
        if {v for v, _ in migrations()} <= self._applied():
            return
        self.db.execute("BEGIN EXCLUSIVE")
        try:  # schema changes and their records commit together, or not at all
            applied = self._applied()
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)"
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO schema_migrations (version) VALUES (?)",
                [(v,) for v in sorted(applied)],
            )
            current = self._version()
            for version, sql in migrations():
                if version in applied:
                    continue
                for statement in sql_statements(sql):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))
                current = max(current, version)
                self.db.execute(f"PRAGMA user_version = {current}")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _applied(self) -> set[int]:
        has_table = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        recorded = (
            {r[0] for r in self.db.execute("SELECT version FROM schema_migrations")}
            if has_table
            else set()
        )
        return recorded or {v for v, _ in migrations() if v <= self._version()}

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an interrupted write leaves the archive as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # --- articles ----------------------------------------------------------------------------

    def _stored_copy(self, article: Article) -> Article | None:
        row = self.db.execute(
            "SELECT data FROM articles WHERE content_hash = ? OR id = ?",
            (article.content_hash, article.id),
        ).fetchone()
        return None if row is None else Article.model_validate_json(row[0])

    def add_article(self, article: Article, raw: RawDocument) -> tuple[Article, bool]:
        stored = self._stored_copy(article)
        if stored is not None:
            return stored, False
        keys = bands(article.text)
        article = article.model_copy(update={"story_id": self._story_of(article, keys)})
        with self.transaction() as db:
            # Another process may have stored the same text since the check above: the insert
            # then does nothing and the copy it stored is the answer (never a UNIQUE error).
            inserted = db.execute(
                "INSERT INTO articles (id, content_hash, raw_hash, origin, title, published,"
                " source, story_id, data, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (
                    article.id,
                    article.content_hash,
                    article.raw_hash,
                    article.origin,
                    article.title,
                    article.published.isoformat() if article.published else None,
                    article.source,
                    article.story_id,
                    article.model_dump_json(),
                    _now(),
                ),
            ).rowcount
            if not inserted:
                stored = self._stored_copy(article)
                if stored is None:  # unreachable: a conflict means a row with that id or hash
                    raise StoreError(f"article {article.id}: insert refused and nothing stored")
                return stored, False
            db.executemany(
                "INSERT INTO story_bands (band, article_id) VALUES (?, ?)",
                [(key, article.id) for key in keys],
            )
            db.execute(
                "INSERT INTO raw_inputs (article_id, origin, media_type, hints, fetched_at, data)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (
                    article.id,
                    raw.origin,
                    raw.media_type,
                    json.dumps(raw.hints),
                    raw.fetched_at.isoformat(),
                    raw.data,
                ),
            )
            db.execute(
                "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
                (article.id, article.title or "", article.text),
            )
        return article, True

    def _story_of(self, article: Article, keys: list[str]) -> str:
        """The story of the best-matching archived copy, else a new story (the article's id)."""
        if not keys:
            return article.id
        marks = ",".join("?" * len(keys))
        # Only the best candidates by shared bands: template-like texts (short wire alerts) share
        # a band or two with thousands of others, and comparing each would make ingest quadratic.
        rows = self.db.execute(
            f"SELECT a.story_id, a.data FROM articles a JOIN (SELECT article_id, COUNT(*) AS n"
            f" FROM story_bands WHERE band IN ({marks}) GROUP BY article_id"
            f" HAVING n >= {MIN_SHARED_BANDS} ORDER BY n DESC LIMIT {MAX_CANDIDATES}) c"
            f" ON a.id = c.article_id ORDER BY c.n DESC",
            keys,
        ).fetchall()
        threshold = setting("store.syndication_containment")
        best, best_score = article.id, threshold
        for story_id, data in rows:
            score = containment(article.text, Article.model_validate_json(data).text)
            if score >= best_score:
                best, best_score = story_id, score
        return str(best)

    def story(self, article_id: str) -> list[Article]:
        """Every archived copy of the story this article belongs to, oldest first."""
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
            clauses.append("a.source = ?")
            params.append(query.source)
        if query.search:
            clauses.append(
                "a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)"
            )
            params.append(fts_query(query.search))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def articles(self, query: ArticleQuery = ArticleQuery()) -> list[Article]:
        where, params = self._article_where(query)
        rows = self.db.execute(
            f"SELECT a.data FROM articles a{where}"
            " ORDER BY a.published DESC, a.ingested_at DESC LIMIT ? OFFSET ?",
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
            "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source"
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
        aid = extraction.article_id
        self.article(aid)  # NotFoundError before any write
        with self.transaction() as db:
            for table in ("events", "relations", "agreement_mentions", "extractions"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            db.execute(
                "UPDATE archive_state SET value = value + 1 WHERE name = 'extraction_generation'"
            )
            db.execute(
                "INSERT INTO extractions (article_id, stage, skipped, created_at)"
                " VALUES (?, ?, ?, ?)",
                (aid, extraction.stage, extraction.skipped, _now()),
            )
            db.executemany(EVENT_INSERT, [_event_row(e) for e in extraction.events])
            index_event_actors(db, extraction.events)
            db.executemany(
                "INSERT INTO relations (id, article_id, data) VALUES (?, ?, ?)",
                [(r.id, aid, r.model_dump_json()) for r in extraction.relations],
            )
            db.executemany(
                "INSERT INTO agreement_mentions (article_id, idx, data) VALUES (?, ?, ?)",
                [
                    (aid, i, m.model_dump_json())
                    for i, m in enumerate(extraction.agreement_mentions)
                ],
            )

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
                clauses.append(f"instr({column}, ?) > 0")
                params.append(needle.lower())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT data FROM events{where} ORDER BY event_date DESC, id"
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

    # --- assessments -------------------------------------------------------------------------

    def save_assessments(self, assessments: Sequence[Assessment]) -> None:
        """Store each assessment; its verdicts replace the agreement's stored ones."""
        with self.transaction() as db:
            for a in assessments:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (a.id,))
                db.executemany(_VERDICT_INSERT, [_verdict_row(v) for v in a.verdicts])
            db.executemany(
                "INSERT OR REPLACE INTO assessments (agreement_id, data, created_at)"
                " VALUES (?, ?, ?)",
                [(a.id, _without_verdicts(a), _now()) for a in assessments],
            )

    def mark_assessed(self, generation: int) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE archive_state SET value = ? WHERE name = 'assessed_generation'",
                (generation,),
            )

    def _state(self, name: str) -> int:
        row = self.db.execute("SELECT value FROM archive_state WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row else 0

    def extraction_generation(self) -> int:
        """Bumped by every saved extraction."""
        return self._state("extraction_generation")

    def assessments_stale(self) -> bool:
        """True when some extraction was saved after the last whole-archive assessment."""
        return self._state("assessed_generation") < self.extraction_generation()

    def assessments(self) -> list[Assessment]:
        """Every stored assessment, without its verdicts (``verdicts()`` reads those)."""
        rows = self.db.execute("SELECT data FROM assessments ORDER BY agreement_id")
        return [Assessment.model_validate_json(r[0]) for r in rows]

    def verdicts(
        self, agreement_id: str | None = None, event_ids: Sequence[str] | None = None
    ) -> list[Verdict]:
        """Stored verdicts, of one agreement and/or some events."""
        clauses: list[str] = []
        params: list[object] = []
        if agreement_id is not None:
            clauses.append("agreement_id = ?")
            params.append(agreement_id)
        if event_ids is not None:
            clauses.append("event_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(event_ids)))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(f"SELECT data FROM verdicts{where} ORDER BY agreement_id", params)
        return [Verdict.model_validate_json(r[0]) for r in rows]

    def verdict_counts(self) -> dict[str, dict[str, int]]:
        """Agreement id -> verdict kind -> stored verdicts."""
        counts: dict[str, dict[str, int]] = {}
        rows = self.db.execute(
            "SELECT agreement_id, verdict, COUNT(*) FROM verdicts GROUP BY agreement_id, verdict"
        )
        for agreement_id, kind, n in rows:
            counts.setdefault(agreement_id, {})[kind] = int(n)
        return counts

    def assessed_versions(self) -> tuple[dict[str, str], dict[str, str]]:
        """The versions the stored verdicts were computed from: (agreements, events)."""
        agreements = dict(self.db.execute("SELECT agreement_id, version FROM assessed_agreements"))
        events = dict(self.db.execute("SELECT event_id, version FROM assessed_events"))
        return agreements, events

    def save_assessment_run(self, run: AssessmentRun) -> None:
        """One re-assessment, atomically: dropped verdicts out, new verdicts and statuses in."""
        with self.transaction() as db:
            for agreement_id in run.dropped_agreements:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (agreement_id,))
                db.execute("DELETE FROM assessments WHERE agreement_id = ?", (agreement_id,))
                db.execute(
                    "DELETE FROM assessed_agreements WHERE agreement_id = ?", (agreement_id,)
                )
            for agreement_id in run.rejudged_agreements:
                db.execute("DELETE FROM verdicts WHERE agreement_id = ?", (agreement_id,))
            db.executemany(
                "DELETE FROM assessments WHERE agreement_id = ?",
                [(i,) for i in run.cleared_assessments],
            )
            db.executemany(
                "DELETE FROM verdicts WHERE event_id = ?", [(e,) for e in run.rejudged_events]
            )
            db.executemany(
                "DELETE FROM assessed_events WHERE event_id = ?", [(e,) for e in run.gone_events]
            )
            db.executemany(_VERDICT_INSERT, [_verdict_row(v) for v in run.verdicts])
            db.executemany(
                "INSERT OR REPLACE INTO assessed_agreements (agreement_id, version) VALUES (?, ?)",
                list(run.agreement_versions.items()),
            )
            db.executemany(
                "INSERT OR REPLACE INTO assessed_events (event_id, version) VALUES (?, ?)",
                list(run.event_versions.items()),
            )
            db.executemany(
                "INSERT OR REPLACE INTO assessments (agreement_id, data, created_at)"
                " VALUES (?, ?, ?)",
                [(a.id, _without_verdicts(a), _now()) for a in run.assessments],
            )

    def story_ids(self) -> dict[str, str]:
        """Article id -> story id (syndicated copies share one)."""
        rows = self.db.execute("SELECT id, COALESCE(story_id, id) FROM articles")
        return {str(a): str(s) for a, s in rows}

    # --- user agreements ---------------------------------------------------------------------

    def save_user_agreements(self, file: str, agreements: Sequence[Agreement]) -> None:
        """Store (or replace, by id) agreements a user imported, all or none."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO user_agreements (id, file, data, imported_at)"
                " VALUES (?, ?, ?, ?)",
                [(a.id, file, a.model_dump_json(), _now()) for a in agreements],
            )

    def user_agreements(self) -> list[Agreement]:
        rows = self.db.execute("SELECT data FROM user_agreements ORDER BY id")
        return [Agreement.model_validate_json(r[0]) for r in rows]


_VERDICT_INSERT = (
    "INSERT OR REPLACE INTO verdicts (agreement_id, event_id, verdict, data) VALUES (?, ?, ?, ?)"
)


def _verdict_row(v: Verdict) -> tuple[str, str, str, str]:
    return (v.agreement_id, v.event_id, v.verdict, v.model_dump_json())


def _without_verdicts(a: Assessment) -> str:
    return a.model_copy(update={"verdicts": ()}).model_dump_json()


def fts_query(text: str) -> str:
    """Users type words, not FTS5 syntax: quote each word so "al-Sham" or "U.S." never
    raise a syntax error; words are ANDed, a trailing * keeps prefix search."""
    words = []
    for word in text.split():
        star = word.endswith("*")
        core = word.rstrip("*").replace('"', '""')
        if core:
            words.append(f'"{core}"' + ("*" if star else ""))
    return " ".join(words) or '""'


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
