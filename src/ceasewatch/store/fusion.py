"""Fused events: one event from many reports (a mixin of the stores).

``fused_events`` holds each group's record (``FusedEvent`` JSON), ``fused_members`` which
archived event is in which group (migration 0007); events alone in their group have no row.
A fusion run replaces the groups touching the events it re-read, in one transaction, and
records the change-feed position it is current to (``fused_change_seq``), so the next run reads
only what changed since. Portable SQL with ``?`` placeholders only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from ceasewatch.model import FusedEvent
from ceasewatch.store.queries import _chunks as chunked

CHUNK = 500  # ids per IN (...) list: under SQLite's and PostgreSQL's parameter limits


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """The distinct ids, sorted, CHUNK at a time."""
    return chunked(sorted(set(ids)), CHUNK)


class FusionMixin:
    db: Any

    def transaction(self) -> AbstractContextManager[Any]:  # pragma: no cover - the store's
        raise NotImplementedError

    def save_fusion(
        self, fused: Sequence[FusedEvent], replaced: Iterable[str], seq: int | None = None
    ) -> None:
        """Drop every group holding one of the ``replaced`` event ids, store ``fused``, and
        (given ``seq``) mark the groups current up to that change-feed position."""
        with self.transaction():
            for chunk in _chunks(replaced):
                marks = ",".join("?" * len(chunk))
                self.db.execute(
                    f"DELETE FROM fused_events WHERE id IN (SELECT fused_id FROM fused_members"
                    f" WHERE event_id IN ({marks}))",
                    chunk,
                )
                # Members of dropped groups (no cascade without foreign keys on every backend)
                self.db.execute(
                    "DELETE FROM fused_members WHERE fused_id NOT IN (SELECT id FROM fused_events)"
                )
            for group in fused:
                self._insert_group(group)
            if seq is not None:
                self.db.execute(
                    "UPDATE archive_state SET value = ? WHERE name = 'fused_change_seq'", (seq,)
                )

    def _insert_group(self, group: FusedEvent) -> None:
        date = group.event_date.isoformat() if group.event_date else None
        self.db.execute(
            "INSERT INTO fused_events (id, event_date, data) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET event_date = excluded.event_date,"
            " data = excluded.data",
            (group.id, date, group.model_dump_json()),
        )
        for event_id in group.event_ids:
            self.db.execute(
                "INSERT INTO fused_members (event_id, fused_id) VALUES (?, ?)"
                " ON CONFLICT (event_id) DO UPDATE SET fused_id = excluded.fused_id",
                (event_id, group.id),
            )

    def fusion_of(self, event_ids: Iterable[str]) -> dict[str, FusedEvent]:
        """Event id -> the fused event it belongs to (events alone in theirs are absent)."""
        found: dict[str, FusedEvent] = {}
        for chunk in _chunks(event_ids):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT m.event_id, f.data FROM fused_members m JOIN fused_events f"
                f" ON f.id = m.fused_id WHERE m.event_id IN ({marks})",
                chunk,
            ).fetchall()
            found.update((eid, FusedEvent.model_validate_json(data)) for eid, data in rows)
        return found

    def fused_events(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[FusedEvent]:
        """Stored fused events, by date then id."""
        sql, params = "SELECT data FROM fused_events WHERE 1 = 1", list[str]()
        if start is not None:
            sql, params = sql + " AND event_date >= ?", [*params, start.isoformat()]
        if end is not None:
            sql, params = sql + " AND event_date <= ?", [*params, end.isoformat()]
        rows = self.db.execute(sql + " ORDER BY event_date, id", params).fetchall()
        return [FusedEvent.model_validate_json(r[0]) for r in rows]

    def report_dates(self) -> dict[str, dt.date]:
        """Article id -> its publication day, for the articles that give one: which of two
        reports of one event is the later (``fuse.conservative_toll``)."""
        rows = self.db.execute("SELECT id, published FROM articles WHERE published IS NOT NULL")
        days = ((str(article_id), _day(published)) for article_id, published in rows)
        return {article_id: day for article_id, day in days if day is not None}

    def fused_change_seq(self) -> int:
        """The change-feed position the stored groups are current to (0: never fused)."""
        row = self.db.execute(
            "SELECT value FROM archive_state WHERE name = 'fused_change_seq'"
        ).fetchone()
        return int(row[0]) if row else 0


def _day(value: object) -> dt.date | None:
    """A stored publication time (ISO text; a datetime on PostgreSQL) as its day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


__all__ = ["FusionMixin"]
