"""The SQLite archive: one file, WAL journal, FTS5 search, numbered migrations.

Records are stored as their model's JSON beside the few columns queries filter on, so a new
optional model field needs no migration; a new filter column does (see ``migrations/``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ceasewatch.errors import StoreError
from ceasewatch.model import Extraction
from ceasewatch.settings import setting
from ceasewatch.store.db import Connection
from ceasewatch.store.queries import EVENT_INSERT
from ceasewatch.store.sql import SQLStore, migration_files, refuse_newer

# The events row as EVENT_INSERT writes it.
_EVENT_COLUMNS = EVENT_INSERT[EVENT_INSERT.index("(") + 1 : EVENT_INSERT.index(")")]
# The columns the count tables (0011, 0013, 0018) count, and where they are in that row.
_COUNTED = (
    "event_date", "event_type", "sub_event_type", "country", "admin1", "hedged", "grid_x",
    "grid_y", "longitude", "latitude",
)  # fmt: skip
_AT = [[c.strip() for c in _EVENT_COLUMNS.split(",")].index(name) for name in _COUNTED]
# A batch writing fewer events keeps the row triggers: below this, the set-based statements
# cost more than the rows' triggers (measured, docs/PERFORMANCE.md, session 9).
SET_BASED_MIN_EVENTS = 16
# The batch's events written (+1) and deleted (-1), counted columns only: a temporary table of
# this connection, emptied by every batch.
_COUNTED_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS counted_events (sign INTEGER NOT NULL, event_date TEXT,"
    " event_type TEXT, sub_event_type TEXT, country TEXT, admin1 TEXT, hedged INTEGER,"
    " grid_x INTEGER, grid_y INTEGER, longitude REAL, latitude REAL)"
)
_PLACED = (
    "grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL AND latitude IS NOT NULL"
)
_UNITS = (
    "SUM(sign * CAST(ROUND(longitude * 10000000) AS INTEGER)),"
    " SUM(sign * CAST(ROUND(latitude * 10000000) AS INTEGER))"
)
# What the row triggers of 0011, 0013 and 0018 do for each event, for the whole batch at once:
# each key's net change added (a key new to the table is inserted), then the keys the batch
# touched that count no event any more deleted, as the delete triggers delete them.
_BATCH_COUNTS = (
    "INSERT INTO map_counts (grid_x, grid_y, event_type, country, n, sum_x, sum_y)"
    f" SELECT grid_x, grid_y, event_type, COALESCE(country, ''), SUM(sign), {_UNITS}"
    f" FROM temp.counted_events WHERE {_PLACED} GROUP BY 1, 2, 3, 4"
    " ON CONFLICT (grid_x, grid_y, event_type, country) DO UPDATE SET n = n + excluded.n,"
    " sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y",
    "DELETE FROM map_counts WHERE n <= 0 AND (grid_x, grid_y, event_type, country) IN"
    " (SELECT grid_x, grid_y, event_type, COALESCE(country, '') FROM temp.counted_events"
    f" WHERE {_PLACED})",
    "INSERT INTO map_month_counts (period, grid_x, grid_y, event_type, country, n, sum_x, sum_y)"
    f" SELECT period, grid_x, grid_y, event_type, COALESCE(country, ''), SUM(sign), {_UNITS}"
    " FROM (SELECT substr(event_date, 1, 7) AS period, * FROM temp.counted_events"
    " UNION ALL SELECT 'Y' || substr(event_date, 1, 4) AS period, * FROM temp.counted_events)"
    f" WHERE event_date IS NOT NULL AND {_PLACED} GROUP BY 1, 2, 3, 4, 5"
    " ON CONFLICT (period, grid_x, grid_y, event_type, country) DO UPDATE SET"
    " n = n + excluded.n, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y",
    "DELETE FROM map_month_counts WHERE n <= 0 AND (period, grid_x, grid_y, event_type, country)"
    " IN (SELECT substr(event_date, 1, 7), grid_x, grid_y, event_type, COALESCE(country, '')"
    f" FROM temp.counted_events WHERE event_date IS NOT NULL AND {_PLACED} UNION ALL"
    " SELECT 'Y' || substr(event_date, 1, 4), grid_x, grid_y, event_type, COALESCE(country, '')"
    f" FROM temp.counted_events WHERE event_date IS NOT NULL AND {_PLACED})",
    "INSERT INTO event_counts (period, country, admin1, event_type, sub_event_type, hedged, n)"
    " SELECT period, COALESCE(country, ''), COALESCE(admin1, ''), event_type, sub_event_type,"
    " hedged, SUM(sign) FROM (SELECT '*' AS period, * FROM temp.counted_events UNION ALL"
    " SELECT substr(event_date, 1, 7) AS period, * FROM temp.counted_events"
    " WHERE event_date IS NOT NULL) WHERE true GROUP BY 1, 2, 3, 4, 5, 6"
    " ON CONFLICT (period, country, admin1, event_type, sub_event_type, hedged)"
    " DO UPDATE SET n = n + excluded.n",
    "DELETE FROM event_counts WHERE n <= 0 AND (period, country, admin1, event_type,"
    " sub_event_type, hedged) IN (SELECT '*', COALESCE(country, ''), COALESCE(admin1, ''),"
    " event_type, sub_event_type, hedged FROM temp.counted_events UNION ALL"
    " SELECT substr(event_date, 1, 7), COALESCE(country, ''), COALESCE(admin1, ''), event_type,"
    " sub_event_type, hedged FROM temp.counted_events WHERE event_date IS NOT NULL)",
    "UPDATE change_counts SET n = n + (SELECT COUNT(*) FROM temp.counted_events)"
    " WHERE name = 'events'",
    "DELETE FROM temp.counted_events",
)


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every file in migrations/, in order."""
    return migration_files("migrations")


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


class SQLiteStore(SQLStore):
    """``Store`` on one SQLite file (or ``:memory:``)."""

    db: sqlite3.Connection
    # A batch's counted rows while its count tables wait for its end (``_batch_counting``).
    _counted: list[tuple[object, ...]] | None = None
    verdict_walk = True  # a verdict filter's page by date probes the date index (queries.py)

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
            self._close_quietly()
            raise StoreError(f"{self.path}: cannot open archive: {exc}") from exc
        except StoreError:
            self._close_quietly()
            raise

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
        known = {v for v, _ in migrations()}
        applied = self._applied()
        refuse_newer(self.path, applied, known)
        if known <= applied:
            return
        self.db.execute("BEGIN EXCLUSIVE")
        try:  # schema changes and their records commit together, or not at all
            applied = self._applied()
            refuse_newer(self.path, applied, known)
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
        if recorded:
            return recorded
        # Before the table, ``user_version`` was the highest applied; one above every known
        # migration is a newer version's.
        version, known = self._version(), {v for v, _ in migrations()}
        return {v for v in known if v <= version} | ({version} if version > max(known) else set())

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing: an interrupted write leaves the archive as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _clear_events(
        self, db: Connection, aid: str, rows: list[tuple[object, ...]]
    ) -> set[object]:
        """Leave in place every stored event whose row the new extraction would write again
        unchanged (same id, every column equal) and delete the rest: a re-extraction then
        deletes and writes only the events that changed, and the row triggers of the count
        tables (0011, 0013, 0018) and the actor index rows of the others are not paid again.
        The stored rows are what a full replacement would store."""
        stored = {
            r[0]: tuple(r)
            for r in db.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE article_id = ?", (aid,))
        }
        same: set[object] = {row[0] for row in rows if stored.get(str(row[0])) == row}
        gone = [i for i in stored if i not in same]
        if self._counted is not None:
            self._counted += [(-1, *(stored[i][k] for k in _AT)) for i in gone]
        db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in gone])
        return same

    def _insert_events(self, db: Connection, rows: list[tuple[object, ...]]) -> None:
        if self._counted is not None:
            self._counted += [(1, *(row[k] for k in _AT)) for row in rows]
        super()._insert_events(db, rows)

    @contextmanager
    def _batch_counting(
        self, db: Connection, extractions: Sequence[Extraction]
    ) -> Iterator[object]:
        """The count tables kept for the whole batch (migration 0022): the row triggers stand
        aside while ``counts_deferred`` holds its row, the events the batch deletes and writes
        are noted (``_clear_events``, ``_insert_events``), and at the end each count table
        gets the batch's net change in one statement (``_BATCH_COUNTS``), in the same
        transaction; the row is deleted before the commit. A small batch keeps the triggers."""
        if sum(len(x.events) for x in extractions) < SET_BASED_MIN_EVENTS:
            yield None
            return
        db.execute(_COUNTED_TABLE)
        db.execute("INSERT INTO counts_deferred (one) VALUES (1)")
        self._counted = []
        try:
            yield None
            db.executemany(
                "INSERT INTO temp.counted_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._counted,
            )
            for statement in _BATCH_COUNTS:
                db.execute(statement)
            db.execute("DELETE FROM counts_deferred")
        finally:
            self._counted = None

    def close(self) -> None:
        self.db.close()

    def _close_quietly(self) -> None:
        if hasattr(self, "db"):
            self.db.close()

    def search_clause(self, text: str) -> tuple[str, object]:
        return (
            "a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)",
            fts_query(text),
        )


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
