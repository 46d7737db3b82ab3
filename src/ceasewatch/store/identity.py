"""Stable event ids and the change feed (a mixin of the stores).

``save_extraction`` calls ``_keep_event_ids`` inside its transaction, before it replaces the
article's rows: the new events take the ids of the archived events they continue
(``ceasewatch.identity``), and every added, updated or retracted event becomes a row of
``event_changes`` (migration 0007) in the same transaction, so the feed never misses nor
invents a change, whichever path saved the extraction. Portable SQL with ``?`` placeholders
only (the PostgreSQL wrapper runs it too).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ceasewatch.identity import reconcile
from ceasewatch.model import Event, EventChange, Extraction, FieldChange


def utc_text(when: dt.datetime) -> str:
    """The form ``at`` is stored in: UTC, ISO, microseconds (text order is time order)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


class IdentityMixin:
    db: Any

    def _keep_event_ids(self, extraction: Extraction) -> Extraction:
        """Called inside the save's transaction, before the article's events are replaced:
        the extraction with the ids its events keep, its changes recorded."""
        return self._keep_event_ids_many([extraction])[0]

    def _keep_event_ids_many(
        self, extractions: Sequence[Extraction], read: dict[str, list[Event]] | None = None
    ) -> list[Extraction]:
        """``_keep_event_ids`` for the extractions of distinct articles: their archived events
        read in one query per 500 articles and every change recorded in one call, in the order
        of ``extractions`` (as if they had been kept one by one). ``read``: the articles'
        archived events (by article, in id order) when the caller has read them already."""
        stored: dict[str, list[Event]] = {x.article_id: [] for x in extractions}
        ids = [] if read is not None else list(stored)
        for aid, events in (read or {}).items():
            stored[aid] = events
        for first in range(0, len(ids), 500):
            part = ids[first : first + 500]
            rows = self.db.execute(
                f"SELECT article_id, data FROM events WHERE article_id IN"
                f" ({', '.join('?' * len(part))}) ORDER BY article_id, id",
                part,
            ).fetchall()
            for article_id, data in rows:
                stored[article_id].append(Event.model_validate_json(data))
        at = utc_text(dt.datetime.now(dt.UTC))
        kept: list[Extraction] = []
        rows_out: list[tuple[object, ...]] = []
        for extraction in extractions:
            aid = extraction.article_id
            result = reconcile(stored[aid], extraction.events)
            changes: list[tuple[str, Event, dict[str, FieldChange]]] = [
                *(("added", e, {}) for e in result.added),
                *(("updated", u.event, u.fields) for u in result.updated),
                *(("retracted", e, {}) for e in result.retracted),
            ]
            rows_out += [
                (event.id, aid, kind, json.dumps({k: v.model_dump() for k, v in fields.items()}),
                 event.model_dump_json(), at) for kind, event, fields in changes
            ]  # fmt: skip
            kept.append(extraction.model_copy(update={"events": result.events}))
        self.db.executemany(  # one call, not one per event: a single round trip on a server
            "INSERT INTO event_changes (event_id, article_id, kind, fields, event, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows_out,
        )
        return kept

    def changes(
        self, after_seq: int = 0, since: dt.datetime | None = None, limit: int | None = None
    ) -> list[EventChange]:
        """Changes with a seq above ``after_seq`` and recorded at or after ``since``, oldest
        first."""
        sql = "SELECT seq, event_id, article_id, kind, fields, event, at FROM event_changes"
        sql += " WHERE seq > ?"
        params: list[object] = [after_seq]
        if since is not None:
            sql += " AND at >= ?"
            params.append(utc_text(since))
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_change(row) for row in self.db.execute(sql, params).fetchall()]

    def last_change_seq(self) -> int:
        row = self.db.execute("SELECT MAX(seq) FROM event_changes").fetchone()
        return int(row[0] or 0)


def _change(row: tuple[Any, ...]) -> EventChange:
    seq, event_id, article_id, kind, fields, event, at = row
    return EventChange(
        seq=int(seq),
        event_id=event_id,
        article_id=article_id,
        kind=kind,
        at=dt.datetime.fromisoformat(at),
        fields={k: FieldChange(**v) for k, v in json.loads(fields).items()},
        event=json.loads(event) if event else None,
    )


__all__ = ["IdentityMixin", "utc_text"]
