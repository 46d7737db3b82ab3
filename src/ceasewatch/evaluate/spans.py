"""Actor and place spans in our output, as labelled character spans for span scoring."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ceasewatch.evaluate.metrics import LabeledSpan
from ceasewatch.model import ActorRef, Extraction

SOURCE = "S"  # initiator: actor1, its associated actors, a relation's source
TARGET = "T"  # target: actor2, its associated actors, a relation's target


@dataclass(frozen=True)
class ActorMention:
    """One actor our pipeline coded, in its role, with the resolution it got."""

    role: str
    ref: ActorRef

    @property
    def span(self) -> LabeledSpan | None:
        if self.ref.span is None:
            return None
        return LabeledSpan(self.ref.span.start, self.ref.span.end, self.role)


def actor_mentions(extraction: Extraction | None) -> list[ActorMention]:
    """Every actor of every event and relation, tagged S (initiator side) or T (target side)."""
    if extraction is None:
        return []
    found: list[ActorMention] = []
    for event in extraction.events:
        found += _tag(SOURCE, (event.actor1, *event.assoc_actors1))
        found += _tag(TARGET, (event.actor2, *event.assoc_actors2))
    for relation in extraction.relations:
        found += _tag(SOURCE, (relation.source,))
        found += _tag(TARGET, (relation.target,))
    return found


def _tag(role: str, refs: Iterable[ActorRef | None]) -> list[ActorMention]:
    return [ActorMention(role, ref) for ref in refs if ref is not None]


def location_spans(extraction: Extraction | None) -> list[tuple[LabeledSpan, bool]]:
    """Each event location's span and whether it was geocoded (has coordinates)."""
    if extraction is None:
        return []
    found: list[tuple[LabeledSpan, bool]] = []
    for event in extraction.events:
        loc = event.location
        if loc is None or loc.span is None:
            continue
        placed = loc.latitude is not None and loc.longitude is not None
        found.append((LabeledSpan(loc.span.start, loc.span.end, "Location"), placed))
    return found
