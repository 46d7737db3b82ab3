"""The PostgreSQL archive: the same SQL as SQLite's (``store/sql.py``), its own migrations
(``migrations/postgresql/``) and full-text search in PostgreSQL's terms (an English tsvector).

The shared SQL is written with ``?`` placeholders; ``PgConnection`` translates them to
psycopg's ``%s`` and hands back psycopg cursors (rows as tuples), so code written against
``sqlite3`` (``self.db.execute``, ``with self.transaction() as db``) runs unchanged. Writes are
serialised through one advisory lock per database, as SQLite serialises its writers: a
delete-then-insert replacement (``save_extraction``) never meets another one half done.
"""

from __future__ import annotations

import contextlib
import functools
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from ceasewatch.errors import StoreError
from ceasewatch.settings import setting
from ceasewatch.store.db import Connection
from ceasewatch.store.pgwrites import PgArticleWritesMixin
from ceasewatch.store.sql import SQLStore, migration_files, refuse_newer

SCHEMES = ("postgresql", "postgres")
# Advisory lock keys (any two 64-bit numbers no other program on the database uses): one for
# migrating, one held by every write transaction.
MIGRATION_LOCK = 0x63656173_6D696772  # "ceasmigr"
WRITE_LOCK = 0x63656173_77726974  # "ceaswrit"
CONNECT_TIMEOUT_SECONDS = 10


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every file in migrations/postgresql/, in order."""
    return migration_files("migrations/postgresql")


def redact(url: str) -> str:
    """``url`` without its password (in the user part or a ``password=`` parameter), for
    messages and logs."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        if ":" in user:
            user = user.split(":", 1)[0] + ":***"
        netloc = f"{user}@{host}"
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if any(k == "password" for k, _ in query):
        pairs = [(k, "***" if k == "password" else v) for k, v in query]
        parts = parts._replace(query=urllib.parse.urlencode(pairs, safe="*"))
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """``sql`` with its ``?`` placeholders as ``%s`` and its ``%`` doubled (psycopg reads ``%``
    as the start of a placeholder), leaving quoted literals, quoted names and comments alone."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"":  # a literal or quoted name: copied to its closing quote ('' is inside)
            end = sql.find(c, i + 1)
            end = n - 1 if end < 0 else end
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        else:
            out.append("%s" if c == "?" else "%%" if c == "%" else c)
            i += 1
    return "".join(out)


def ts_query(text: str) -> str:
    """Users type words, not tsquery syntax: each word quoted (so "al-Sham" or "U.S." never
    raise a syntax error) and ANDed, a trailing * kept as prefix search, as ``fts_query`` does
    for SQLite. Words are then stemmed and stop words dropped by the English configuration."""
    terms = []
    for word in text.split():
        star = word.endswith("*")
        core = word.rstrip("*").replace("\\", "\\\\").replace("'", "''")
        if core:
            terms.append(f"'{core}'" + (":*" if star else ""))
    return " & ".join(terms)


class PgConnection:
    """One psycopg connection that takes the store's ``?`` SQL. A lost connection is a
    ``StoreError`` naming the database (without its password); the next statement outside a
    transaction connects again, so a long-running desk survives a restarted server."""

    def __init__(self, url: str, lock_timeout: float) -> None:
        self.url = url
        self.where = redact(url)
        self.lock_timeout = lock_timeout
        self._depth = 0
        self._conn = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.url).query)
        extra = {} if "connect_timeout" in params else {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        try:
            conn = psycopg.connect(self.url, autocommit=True, **extra)  # type: ignore[arg-type]
            # Another process may hold the write lock (an ingest beside an extract): wait for
            # it as long as SQLite waits (its busy timeout), then fail rather than hang.
            conn.execute(f"SET lock_timeout = {int(self.lock_timeout * 1000)}")
            return conn
        except psycopg.Error as exc:
            raise StoreError(f"{self.where}: cannot connect to PostgreSQL: {_reason(exc)}") from exc

    def _live(self) -> psycopg.Connection[Any]:
        if self._conn.closed and self._depth == 0:
            self._conn = self._connect()
        return self._conn

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> psycopg.Cursor[Any]:
        with self._errors():
            return self._live().execute(translate(sql), params)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> psycopg.Cursor[Any]:
        with self._errors():
            cursor = self._live().cursor()
            cursor.executemany(translate(sql), params)
            return cursor

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """``rows`` into ``table`` by ``COPY``: one stream instead of a statement per row (the
        names are the store's own, never user input). No rows, no statement."""
        rows = list(rows)
        if not rows:
            return
        with self._errors():
            cursor = self._live().cursor()
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def script(self, sql: str) -> None:
        """Several statements at once, without parameters (a migration file)."""
        with self._errors():
            self._live().execute(sql)

    @contextmanager
    def transaction(self, lock: int | None = None) -> Iterator[PgConnection]:
        """All or nothing; with ``lock``, that advisory lock is taken first and held to the
        end. BEGIN and the lock go in one round trip (a write's latency is mostly round trips).
        A transaction inside another joins it."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with self._errors():
            conn = self._live()
            conn.execute(
                "BEGIN" + ("" if lock is None else f"; SELECT pg_advisory_xact_lock({lock})")
            )
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if not conn.closed:
                with contextlib.suppress(psycopg.Error):
                    conn.execute("ROLLBACK")
            raise
        self._depth = 0
        with self._errors():
            conn.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise StoreError(f"{self.where}: {_reason(exc)}") from exc

    def close(self) -> None:
        self._conn.close()


def _reason(exc: psycopg.Error) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, psycopg.InterfaceError) or ("closed" in text and "connection" in text):
        return f"the connection to the database was lost ({text}); nothing half-written was kept"
    return text


class PostgresStore(PgArticleWritesMixin, SQLStore):
    """``Store`` on one PostgreSQL database, named by a ``postgresql://`` URL."""

    db: PgConnection

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = redact(url)  # what messages name, as SQLiteStore.path
        self.db = PgConnection(url, float(setting("store.busy_timeout_seconds")))
        try:
            self._migrate()
        except psycopg.Error as exc:  # e.g. a role that may not create tables there
            self.db.close()
            reason = f"cannot create or update the archive's tables: {exc}"
            raise StoreError(f"{self.path}: {reason}") from exc
        except BaseException:
            self.db.close()
            raise

    def _applied(self) -> set[int]:
        row = self.db.execute("SELECT to_regclass('schema_migrations')").fetchone()
        if row is None or row[0] is None:
            return set()
        return {int(r[0]) for r in self.db.execute("SELECT version FROM schema_migrations")}

    def _migrate(self) -> None:
        """Apply every migration not yet applied, in one transaction, under an advisory lock:
        several processes opening a fresh database at once wait for the first to migrate it,
        then find nothing left to do (the applied set is read again under the lock)."""
        known = {v for v, _ in migrations()}
        applied = self._applied()
        refuse_newer(self.path, applied, known)
        if known <= applied:
            return
        with self.db.transaction(lock=MIGRATION_LOCK) as db:
            db.script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            applied = self._applied()
            refuse_newer(self.path, applied, known)
            for version, sql in migrations():
                if version not in applied:
                    db.script(sql)
                    db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing, and one writer at a time per database (as SQLite's BEGIN IMMEDIATE):
        the lock is released by the commit or rollback, or by the server when a client dies."""
        db = self.db
        with db.transaction(lock=WRITE_LOCK):
            yield db

    def search_clause(self, text: str) -> tuple[str, object]:
        return (
            "a.id IN (SELECT article_id FROM articles_fts WHERE tsv @@ to_tsquery('english', ?))",
            ts_query(text),
        )

    def close(self) -> None:
        self.db.close()
