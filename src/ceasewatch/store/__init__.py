"""The archive: articles, raw inputs, failures, extraction results and assessments."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ceasewatch.store.base import ArticleQuery, EventQuery, Store
from ceasewatch.store.sqlite import SQLiteStore


def default_db_path() -> Path:
    """``$CEASEWATCH_DB``, else ``archive.db`` in the user's data folder."""
    env = os.environ.get("CEASEWATCH_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("ceasewatch")) / "archive.db"


def open_store(path: str | Path | None = None) -> SQLiteStore:
    """Open (creating and migrating if needed) the archive at ``path``.

    Only SQLite exists today; a ``postgresql://`` URL will select the PostgreSQL backend.
    """
    target = path if path is not None else default_db_path()
    return SQLiteStore(target)


__all__ = ["ArticleQuery", "EventQuery", "SQLiteStore", "Store", "default_db_path", "open_store"]
