"""The curator's queue: actor names the resolve stage could not place, with counts and examples.

Works over any iterable of events (the archive's ``store.events()``, or a run's output), so it
needs neither the store nor the web layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.model import ActorRef, Event

MAX_EXAMPLES = 3


@dataclass
class UnresolvedName:
    """One unresolved name (normalised), how often it occurred and where."""

    name: str  # the first spelling seen
    count: int = 0
    spellings: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)  # evidence sentences
    event_ids: list[str] = field(default_factory=list)


def _refs(event: Event) -> list[ActorRef]:
    refs = [event.actor1, *event.assoc_actors1, event.actor2, *event.assoc_actors2]
    return [r for r in refs if r is not None]


def _example(event: Event, ref: ActorRef) -> str:
    if event.sentence is not None:
        return event.sentence.text
    if ref.span is not None:
        return ref.span.text
    return event.evidence[0].text if event.evidence else ""


def unresolved_names(events: Iterable[Event]) -> list[UnresolvedName]:
    """Unresolved actor names of ``events``, most frequent first."""
    found: dict[str, UnresolvedName] = {}
    for event in events:
        for ref in _refs(event):
            if ref.id is not None:
                continue
            words = ref.surface or ref.name
            entry = found.setdefault(normalize_name(words), UnresolvedName(name=words))
            entry.count += 1
            if words not in entry.spellings:
                entry.spellings.append(words)
            example = _example(event, ref)
            if example and example not in entry.examples and len(entry.examples) < MAX_EXAMPLES:
                entry.examples.append(example)
            if event.id not in entry.event_ids:
                entry.event_ids.append(event.id)
    return sorted(found.values(), key=lambda u: (-u.count, u.name.casefold()))


__all__ = ["MAX_EXAMPLES", "UnresolvedName", "unresolved_names"]
