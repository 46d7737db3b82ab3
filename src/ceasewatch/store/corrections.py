"""Analyst corrections of events: stored apart, applied whenever an article's events are saved.

A correction is written to the ``corrections`` table, then the article's extraction is saved
again so the corrected event (or its absence, for "no event") is what every page, export and
assessment reads. A re-extraction replaces the article's events with fresh ones: ``save_extraction``
passes them through ``with_corrections`` first, so the corrections attach again, to the same
event found by (in order):

1. the event already carrying an earlier correction with the same fallback key (a chain);
2. the event of the same id in the same sentence (ids are stable, the type may have moved);
3. an uncorrected event with the same fallback key: the sentence span, the type extraction
   gave and the place name extraction gave (ids renumbered by the re-extraction).

A correction that finds no event stays stored and listed (its event's history, the export).
The SQL is portable (``?`` placeholders, no SQLite-only functions): see HELPERS.md.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ceasewatch.errors import NotFoundError
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    SUB_EVENT_TO_TYPE,
    ActorRef,
    AgreementMention,
    Correction,
    Event,
    EventChanges,
    Extraction,
    Location,
    Relation,
)
from ceasewatch.store.base import EventQuery

ANALYST_REASON = "corrected by an analyst"


class _Host(Protocol):
    """What the mixin needs of the store it is mixed into."""

    db: Any

    def transaction(self) -> AbstractContextManager[Any]: ...
    def event(self, event_id: str) -> Event: ...
    def events(self, query: EventQuery = ...) -> list[Event]: ...
    def relations(self, article_id: str | None = None) -> list[Relation]: ...
    def agreement_mentions(self, article_id: str | None = None) -> list[AgreementMention]: ...
    def save_extraction(self, extraction: Extraction) -> None: ...


class CorrectionsMixin:
    """Store methods for corrections; uses only ``self.db.execute`` and ``self.transaction``."""

    def add_correction(
        self: _Host, event_id: str, changes: EventChanges, who: str, reason: str = ""
    ) -> Correction:
        """Record a correction of a stored event and apply it. ``NotFoundError`` for an unknown
        event id."""
        event = self.event(event_id)
        key = _first_key(self, event)
        correction = Correction(
            id=uuid.uuid4().hex[:16],
            event_id=event.id,
            article_id=event.article_id,
            span_start=key[0],
            span_end=key[1],
            original_type=key[2],
            original_place=key[3],
            who=who,
            at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            reason=reason,
            changes=changes,
            before=_fields(event, changes),
            after=_fields(corrected(event, changes, "") or event, changes, after=True),
        )
        with self.transaction() as db:
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections").fetchone()[0]
            db.execute(
                "INSERT INTO corrections (id, seq, event_id, article_id, span_start, span_end,"
                " original_type, who, at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (correction.id, int(seq), *_row(correction)[1:]),
            )
        self.save_extraction(_stored_extraction(self, event.article_id))
        return correction

    def corrections(
        self: _Host,
        article_id: str | None = None,
        ids: Sequence[str] | None = None,
        event_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Correction]:
        """Stored corrections in the order they were made: of an article, by id, or of an
        event id."""
        clauses, params = _where(article_id, ids, event_id)
        sql = f"SELECT data FROM corrections{clauses} ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [Correction.model_validate_json(r[0]) for r in self.db.execute(sql, params)]

    def count_corrections(self: _Host) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0])

    def event_history(self: _Host, event_id: str) -> list[Correction]:
        """The corrections of an event, in the order they were made: those it carries; for an
        event marked as no event (gone), those made under its id. ``NotFoundError`` when
        neither the event nor any correction of that id exists."""
        try:
            carried = list(self.event(event_id).corrections)
        except NotFoundError:
            gone = CorrectionsMixin.corrections(self, event_id=event_id)
            if not gone:
                raise
            return gone
        return CorrectionsMixin.corrections(self, ids=carried) if carried else []

    def with_corrections(self: _Host, extraction: Extraction) -> Extraction:
        """The extraction with the article's stored corrections applied (module docstring)."""
        stored = CorrectionsMixin.corrections(self, article_id=extraction.article_id)
        if not stored or not extraction.events:
            return extraction
        events: list[Event | None] = list(extraction.events)
        for correction in stored:
            i = _target(events, correction, stored)
            event = events[i] if i is not None else None
            if event is None or correction.id in event.corrections:
                continue
            events[i] = corrected(event, correction.changes, correction.id)  # type: ignore[index]
        kept = tuple(e for e in events if e is not None)
        return extraction.model_copy(update={"events": kept})


def _where(
    article_id: str | None, ids: Sequence[str] | None, event_id: str | None
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if article_id is not None:
        clauses.append("article_id = ?")
        params.append(article_id)
    if event_id is not None:
        clauses.append("event_id = ?")
        params.append(event_id)
    if ids is not None:
        clauses.append("id IN (" + ",".join("?" * len(ids)) + ")" if ids else "1 = 0")
        params.extend(ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _row(c: Correction) -> tuple[object, ...]:
    return (
        c.id, c.event_id, c.article_id, c.span_start, c.span_end, c.original_type, c.who,
        c.at.isoformat(), c.model_dump_json(),
    )  # fmt: skip


Key = tuple[int, int, str, str]


def span_of(event: Event) -> tuple[int, int]:
    """The event's sentence span, else the stretch its evidence covers."""
    if event.sentence is not None:
        return event.sentence.start, event.sentence.end
    spans = [s for s in event.evidence]
    if not spans:
        return 0, 0
    return min(s.start for s in spans), max(s.end for s in spans)


def fresh_key(event: Event) -> Key:
    """The fallback key of an event as extraction gave it (no correction applied)."""
    start, end = span_of(event)
    place = event.location.name if event.location else ""
    return start, end, event.sub_event_type, place


def _key(c: Correction) -> Key:
    return c.span_start, c.span_end, c.original_type, c.original_place


def _first_key(host: _Host, event: Event) -> Key:
    """A corrected event keeps the key of its first correction (its type may have changed)."""
    if event.corrections:
        earlier = CorrectionsMixin.corrections(host, ids=list(event.corrections[:1]))
        if earlier:
            return _key(earlier[0])
    return fresh_key(event)


def _target(events: list[Event | None], c: Correction, stored: list[Correction]) -> int | None:
    key = _key(c)
    chain = {x.id for x in stored if _key(x) == key and x.id != c.id}
    for i, e in enumerate(events):
        if e is not None and chain & set(e.corrections):
            return i
    for i, e in enumerate(events):
        if e is not None and e.id == c.event_id and span_of(e) == key[:2]:
            return i
    for i, e in enumerate(events):
        if e is not None and not e.corrections and fresh_key(e) == key:
            return i
    return None


def _stored_extraction(host: _Host, article_id: str) -> Extraction:
    row = host.db.execute(
        "SELECT stage, skipped FROM extractions WHERE article_id = ?", (article_id,)
    ).fetchone()
    events = host.events(EventQuery(article_id=article_id))
    return Extraction(
        article_id=article_id,
        events=tuple(sorted(events, key=lambda e: e.id)),
        relations=tuple(host.relations(article_id)),
        agreement_mentions=tuple(host.agreement_mentions(article_id)),
        skipped=row[1] if row else None,
        stage=row[0] if row else "extract.v1",
    )


def corrected(event: Event, changes: EventChanges, correction_id: str) -> Event | None:
    """The event with ``changes`` applied (None when it is marked as no event). Evidence spans
    stay; a corrected actor or place loses the span of the words it no longer matches."""
    if changes.no_event:
        return None
    update: dict[str, Any] = {}
    if changes.sub_event_type is not None:
        sub = changes.sub_event_type
        event_type = SUB_EVENT_TO_TYPE[sub]
        update["sub_event_type"] = sub
        update["event_type"] = event_type
        update["disorder_type"] = DISORDER_BY_SUB_EVENT.get(sub, DISORDER_BY_EVENT_TYPE[event_type])
    for slot, name, actor_id in (
        ("actor1", changes.actor1, changes.actor1_id),
        ("actor2", changes.actor2, changes.actor2_id),
    ):
        if name is not None:
            update[slot] = ActorRef(name=name, id=actor_id, method="analyst")
    location = _location(event.location, changes)
    if location is not None:
        update["location"] = location
    if changes.fatalities is not None:
        update["fatalities"] = changes.fatalities
    if correction_id:
        update["corrections"] = (*event.corrections, correction_id)
    return event.model_copy(update=update)


def _location(old: Location | None, changes: EventChanges) -> Location | None:
    if changes.location is None and changes.latitude is None:
        return None
    base = old or Location(name=changes.location or "point given by an analyst")
    update: dict[str, Any] = {"reason": ANALYST_REASON}
    if changes.location is not None:
        update |= {"name": changes.location, "surface": None, "span": None, "place_id": None}
        if changes.latitude is None:
            update["reason"] = f"{ANALYST_REASON} (name only: the point was not re-geocoded)"
    if changes.latitude is not None:
        update |= {
            "latitude": changes.latitude,
            "longitude": changes.longitude,
            "geo_precision": 1,
            "uncertainty_km": None,
            "place_id": None,
        }
    return base.model_copy(update=update)


def _fields(event: Event, changes: EventChanges, after: bool = False) -> dict[str, Any]:
    """The fields a correction touches, as they are on ``event`` (its before or after)."""
    loc = event.location
    values: dict[str, Any] = {
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "fatalities": event.fatalities,
    }
    if changes.no_event:
        return {"no_event": after}
    given = changes.model_dump(exclude_defaults=True)
    return {k: v for k, v in values.items() if k in given}


__all__ = ["ANALYST_REASON", "CorrectionsMixin", "corrected", "fresh_key", "span_of"]
