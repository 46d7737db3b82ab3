"""What store code may assume of a database connection, for both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, Protocol


class Cursor(Protocol):
    """What the store reads from a statement: rows as tuples, and how many rows it changed."""

    @property
    def rowcount(self) -> int: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """``sqlite3.Connection``, or the PostgreSQL wrapper that takes the same ``?`` SQL."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def like_pattern(needle: str) -> str:
    """``needle`` as a ``LIKE ... ESCAPE '\\'`` substring pattern: its own % and _ match
    themselves."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
