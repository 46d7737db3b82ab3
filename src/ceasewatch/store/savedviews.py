"""Saved views: a named page and query string stored in the archive, shareable by URL.

Portable SQL with ``?`` placeholders only (see ``store/queries.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from ceasewatch.errors import NotFoundError
from ceasewatch.store.base import SavedView


class SavedViewsMixin:
    db: Any

    def transaction(self) -> AbstractContextManager[Any]:  # provided by the backend
        raise NotImplementedError

    # --- saved views ---------------------------------------------------------------------------

    def save_view(self, name: str, page: str, query: str) -> SavedView:
        """Store a named view (a page and its query string); the same page and query saved
        again keep their first id, under the new name."""
        view_id = hashlib.sha256(f"{page}?{query}".encode()).hexdigest()[:12]
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO saved_views (id, name, page, query, created_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                (view_id, name, page, query, now),
            )
        return self.saved_view(view_id)

    def saved_view(self, view_id: str) -> SavedView:
        row = self.db.execute(
            "SELECT id, name, page, query, created_at FROM saved_views WHERE id = ?", (view_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no saved view with id {view_id!r}")
        return _view(row)

    def saved_views(self, page: str | None = None, limit: int = 200) -> list[SavedView]:
        sql, params = "SELECT id, name, page, query, created_at FROM saved_views", []
        if page is not None:
            sql, params = sql + " WHERE page = ?", [page]
        rows = self.db.execute(sql + " ORDER BY created_at DESC, id LIMIT ?", [*params, limit])
        return [_view(r) for r in rows]


def _view(row: Sequence[Any]) -> SavedView:
    return SavedView(
        id=row[0], name=row[1], page=row[2], query=row[3],
        created_at=dt.datetime.fromisoformat(row[4]),
    )  # fmt: skip


__all__ = ["SavedViewsMixin"]
