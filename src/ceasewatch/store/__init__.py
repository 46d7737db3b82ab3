"""The archive: articles, raw inputs, failures, extraction results and assessments.

An archive is a SQLite file (the default, no set-up) or a PostgreSQL database named by a
``postgresql://user[:password]@host[:port]/database`` URL; both run the same SQL
(``store/sql.py``) and give the same answers.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from ceasewatch.errors import StoreError
from ceasewatch.store.base import ArticleQuery, EventQuery, Store
from ceasewatch.store.sql import SQLStore
from ceasewatch.store.sqlite import SQLiteStore

# "scheme:/..." with a scheme of two letters or more: a URL, never a file name (which would make
# folders named "postgresql:" in the working directory). One letter is a Windows drive.
URL_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/")
PG_SCHEMES = ("postgresql", "postgres")


def default_db_path() -> Path:
    """The default SQLite archive: ``archive.db`` in the user's data folder."""
    return Path(platformdirs.user_data_dir("ceasewatch")) / "archive.db"


def default_db() -> str:
    """``$CEASEWATCH_DB`` (a file path or a ``postgresql://`` URL), else the default file."""
    return os.environ.get("CEASEWATCH_DB") or str(default_db_path())


def is_url(target: str | Path) -> bool:
    return URL_LIKE.match(str(target)) is not None


def archive_exists(target: str | Path | None = None) -> bool:
    """Whether there is an archive to read at ``target`` (default: ``default_db()``) without
    creating one: a SQLite file that exists, or any database URL (opening it tells)."""
    where = str(target) if target is not None else default_db()
    return is_url(where) or Path(where).is_file()


def open_store(path: str | Path | None = None) -> SQLStore:
    """Open (creating and migrating if needed) the archive at ``path``: a SQLite file,
    ``:memory:``, or a ``postgresql://`` URL (default: ``default_db()``). Any other URL is a
    ``StoreError``: nothing is written to a path made from it."""
    where = str(path) if path is not None else default_db()
    found = URL_LIKE.match(where)
    if found is None:
        return SQLiteStore(where)
    scheme = found.group(1).lower()
    from ceasewatch.store.postgres import redact

    if scheme in PG_SCHEMES and where.lower().startswith(f"{scheme}://"):
        from ceasewatch.store.postgres import PostgresStore

        return PostgresStore(where)
    raise StoreError(
        f"{redact(where)}: not an archive ceasewatch can open: give a SQLite file path or a "
        "PostgreSQL URL, postgresql://user[:password]@host[:port]/database"
        + ("" if scheme in PG_SCHEMES else f" (unknown scheme {scheme!r})")
    )


__all__ = [
    "ArticleQuery",
    "EventQuery",
    "SQLStore",
    "SQLiteStore",
    "Store",
    "archive_exists",
    "default_db",
    "default_db_path",
    "is_url",
    "open_store",
]
