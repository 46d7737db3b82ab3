"""Highlights for the article page: every evidence span of an extraction, by kind.

Spans overlap (an event's evidence sentence holds its actor and place spans), so the text is cut
at every span edge into segments, each carrying the marks covering it; a segment shows the kind
of its narrowest mark, since the narrowest is the most specific coding of those words. A span
whose offsets do not fit the text is reported beside the text, never drawn in the wrong place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel

from ceasewatch.model import (
    ActorRef,
    AgreementMention,
    Event,
    FatalityClaim,
    Location,
    Loss,
    Relation,
    Span,
)

MarkKind = Literal["actor", "place", "number", "claim", "event"]
# Coded-field name prefixes -> highlight kind. Fields not listed (event_type, date, what...)
# mark the words that triggered the event or relation itself.
_KIND_PREFIXES: tuple[tuple[tuple[str, ...], MarkKind], ...] = (
    (("actor", "assoc", "source", "target", "part", "guarantor", "excluded"), "actor"),
    (("location", "place", "zone"), "place"),
    (("fatalit", "loss", "count", "number"), "number"),
    (("claim", "hedge", "status"), "claim"),
)


class Mark(BaseModel):
    start: int
    end: int
    text: str
    kind: MarkKind
    field: str  # the coded field the words support, e.g. "actor1", "location"
    label: str  # the coded value, as shown on hover or click
    record: str  # "event:<id>", "relation:<id>", "mention:<n>"
    actor_id: str | None = None  # an actor mark's knowledge-base id (the page links its name)


class Segment(BaseModel):
    text: str
    kind: MarkKind | None = None  # kind of the narrowest covering mark; None: plain text
    marks: list[int] = []  # indexes into the page's marks


def kind_of(field: str | None) -> MarkKind:
    name = (field or "").lower()
    for prefixes, kind in _KIND_PREFIXES:
        if name.startswith(prefixes):
            return kind
    return "event"


# Knowledge-base actor id -> its name ("hts" -> "Hayat Tahrir al-Sham"): labels read names,
# never ids in brackets.
ActorNames = Mapping[str, str]


def _ref(ref: ActorRef, names: ActorNames) -> str:
    """ "the rebels (Hayat Tahrir al-Sham, rebel group)": the words read, then who they are."""
    known = names.get(ref.id, ref.id) if ref.id else "unresolved"
    about = [known] if known.casefold() != ref.name.casefold() else []
    about += [ref.type] if ref.type else []
    return f"{ref.name} ({', '.join(about)})" if about else ref.name


def _loc(loc: Location) -> str:
    where = (
        f"{loc.latitude:.4f}, {loc.longitude:.4f}, precision {loc.geo_precision}"
        if loc.latitude is not None and loc.longitude is not None
        else "not placed"
    )
    return f"{loc.name} ({where}){': ' + loc.reason if loc.reason else ''}"


def claim_text(claim: FatalityClaim) -> str:
    """A toll as a reader says it: "at least 15 soldiers", "about 20", "some civilians"."""
    count = "an unknown number of" if claim.count is None else str(claim.count)
    if claim.qualifier == "vague":
        count = "some" if claim.count is None else f"about {claim.count}"
    elif claim.qualifier and claim.qualifier != "exact" and claim.count is not None:
        count = f"{claim.qualifier} {claim.count}"
    words = " ".join(w for w in (count, claim.victims or ("killed" if claim.count else "")) if w)
    return words + (f", claimed by {claim.claimed_by}" if claim.claimed_by else "")


def loss_text(loss: Loss) -> str:
    """ "2 BMP destroyed (Syrian army)": never the record's repr."""
    owner = f" ({loss.owner})" if loss.owner else ""
    return f"{loss.count} {loss.item} {loss.outcome}{owner}"


def _item(value: object, names: ActorNames) -> str:
    if isinstance(value, ActorRef):
        return _ref(value, names)
    if isinstance(value, FatalityClaim):
        return claim_text(value)
    if isinstance(value, Loss):
        return loss_text(value)
    if isinstance(value, Location):
        return _loc(value)
    return str(value)


def _value(event: Event, field: str, names: ActorNames) -> str:
    value = getattr(event, field, None) if field in Event.model_fields else None
    if isinstance(value, ActorRef):
        return _ref(value, names)
    if isinstance(value, Location):
        return _loc(value)
    if isinstance(value, tuple):
        return "; ".join(_item(v, names) for v in value)
    return "" if value is None else str(value)


def _event_marks(event: Event, names: ActorNames) -> Iterator[Mark]:
    record, head = f"event:{event.id}", f"{event.sub_event_type}, {event.event_date or 'undated'}"
    for span in event.evidence:
        field = span.field or "evidence"
        value = _value(event, field, names)
        yield _mark(
            span,
            kind_of(span.field),
            field,
            f"{head} · {field}{': ' + value if value else ''}",
            record,
        )
    roles = [("actor1", event.actor1), ("actor2", event.actor2)]
    roles += [("assoc_actors1", r) for r in event.assoc_actors1]
    roles += [("assoc_actors2", r) for r in event.assoc_actors2]
    for role, ref in roles:
        if ref is not None and ref.span is not None:
            label = f"{head} · {role}: {_ref(ref, names)}"
            yield _mark(ref.span, "actor", role, label, record, ref.id)
    if event.location is not None and event.location.span is not None:
        yield _mark(
            event.location.span,
            "place",
            "location",
            f"{head} · location: {_loc(event.location)}",
            record,
        )
    for claim in event.fatality_claims:
        if claim.span is not None:
            text = claim_text(claim)
            yield _mark(claim.span, "number", "fatalities", f"{head} · fatalities: {text}", record)
    for loss in event.losses:
        if loss.span is not None:
            yield _mark(loss.span, "number", "losses", f"{head} · loss: {loss_text(loss)}", record)


def _relation_marks(relation: Relation, names: ActorNames) -> Iterator[Mark]:
    record = f"relation:{relation.id}"
    target = _ref(relation.target, names) if relation.target else "—"
    head = f"{relation.type}: {_ref(relation.source, names)} → {target}: {relation.what}"
    for span in relation.evidence:
        yield _mark(span, kind_of(span.field), span.field or "evidence", head, record)
    for role, ref in (("source", relation.source), ("target", relation.target)):
        if ref is not None and ref.span is not None:
            label = f"{relation.type} {role}: {_ref(ref, names)}"
            yield _mark(ref.span, "actor", role, label, record, ref.id)


def _mention_marks(index: int, mention: AgreementMention, names: ActorNames) -> Iterator[Mark]:
    record = f"mention:{index}"
    name = mention.name or mention.kind or "agreement"
    claim = f"; status claimed: {mention.status_claim}" if mention.status_claim else ""
    by = f" by {mention.claimed_by}" if mention.claimed_by else ""
    for span in mention.evidence:
        kind = kind_of(span.field) if span.field else "claim"
        yield _mark(span, kind, span.field or "agreement", f"agreement: {name}{claim}{by}", record)
    for role, refs in (
        ("party", mention.parties),
        ("guarantor", mention.guarantors),
        ("excluded", mention.excluded),
    ):
        for ref in refs:
            if ref.span is not None:
                label = f"{name} {role}: {_ref(ref, names)}"
                yield _mark(ref.span, "actor", role, label, record, ref.id)


def _mark(
    span: Span, kind: MarkKind, field: str, label: str, record: str, actor_id: str | None = None
) -> Mark:
    return Mark(
        start=span.start,
        end=span.end,
        text=span.text,
        kind=kind,
        field=field,
        label=label,
        record=record,
        actor_id=actor_id,
    )


def collect_marks(
    events: list[Event],
    relations: list[Relation],
    mentions: list[AgreementMention],
    names: ActorNames | None = None,
) -> list[Mark]:
    """Every span of the article's records, once each, in text order; actors by ``names``."""
    names = names or {}
    found: dict[tuple[int, int, str, str], Mark] = {}
    streams = [m for e in events for m in _event_marks(e, names)]
    streams += [m for r in relations for m in _relation_marks(r, names)]
    streams += [m for i, a in enumerate(mentions) for m in _mention_marks(i, a, names)]
    for mark in streams:
        found.setdefault((mark.start, mark.end, mark.kind, mark.label), mark)
    return sorted(found.values(), key=lambda m: (m.start, -m.end))


def aligned(mark: Mark, text: str) -> bool:
    """The offsets lie inside the text and cover the words the span says they cover
    (whitespace may differ: extractors normalise runs of spaces and newlines)."""
    if not 0 <= mark.start < mark.end <= len(text):
        return False
    return text[mark.start : mark.end].split() == mark.text.split()


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark edge; each piece knows the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[Segment] = []
    for a, b in pairwise(cuts):
        covering = [i for i, m in enumerate(marks) if m.start <= a and m.end >= b]
        if not covering:
            pieces.append(Segment(text=text[a:b]))
            continue
        narrowest = min(covering, key=lambda i: marks[i].end - marks[i].start)
        pieces.append(Segment(text=text[a:b], kind=marks[narrowest].kind, marks=covering))
    return pieces


__all__ = [
    "ActorNames",
    "Mark",
    "MarkKind",
    "Segment",
    "aligned",
    "claim_text",
    "collect_marks",
    "kind_of",
    "loss_text",
    "segments",
]
