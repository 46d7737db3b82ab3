"""The curator's queue: actor names the resolve stage could not place, with counts and examples.

Works over any iterable of events (the archive's ``store.events()``, or a run's output), so it
needs neither the store nor the web layer.

Given the knowledge base, the queue keeps only what a curator can act on: references that name
nobody ("air strikes", "three rockets": unit nouns, modifiers and numbers, no owner) are counted
apart, and each name gets a hint, the closest actor name in the knowledge base when one is near
(below the resolver's fuzzy threshold, so never applied automatically). Weapons and vehicles
("a VBIED", "the Jaffar Express") are no actors and are left out; a name several actors of
different countries carry ("SNA") lists them as its readings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name, skeleton
from ceasewatch.model import ActorRef, Event
from ceasewatch.resolve.matching import matcher_for
from ceasewatch.resolve.owners import DETERMINERS

MAX_EXAMPLES = 3
# A hint for the curator, not a match: names this close are worth a look ("Jaysh al-Izzah" for
# "Jaish al-Izza"); the resolver itself needs 92 (matching.FUZZY_THRESHOLD).
HINT_CUTOFF = 80.0


@dataclass
class UnresolvedName:
    """One unresolved name (normalised), how often it occurred and where."""

    name: str  # the first spelling seen
    count: int = 0
    spellings: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)  # evidence sentences
    event_ids: list[str] = field(default_factory=list)
    hint: str | None = None  # id of the closest KB actor, when one is near (see HINT_CUTOFF)
    readings: list[str] = field(default_factory=list)  # ids a name of several countries denotes


def _refs(event: Event) -> list[ActorRef]:
    refs = [event.actor1, *event.assoc_actors1, event.actor2, *event.assoc_actors2]
    return [r for r in refs if r is not None]


def _example(event: Event, ref: ActorRef) -> str:
    if event.sentence is not None:
        return event.sentence.text
    if ref.span is not None:
        return ref.span.text
    return event.evidence[0].text if event.evidence else ""


def names_nobody(words: str, kb: ActorKB) -> bool:
    """Only unit nouns, modifiers, determiners and numbers: "air strikes", "3 heavy rockets"."""
    table = kb.descriptors
    text = f" {normalize_name(words)} "
    for phrase in sorted(table.units, key=len, reverse=True):
        text = text.replace(f" {phrase} ", " ")
    rest = [w for w in text.split() if w not in table.modifiers and w not in DETERMINERS]
    return bool(table.units) and all(w.isdigit() for w in rest)


def hint(words: str, kb: ActorKB) -> str | None:
    """The id of the KB actor whose name is closest to ``words``, if close enough."""
    keys = kb.skeletons()
    best = process.extractOne(skeleton(words), list(keys), scorer=fuzz.ratio)
    if best is None or best[1] < HINT_CUTOFF:
        return None
    return keys[best[0]][0]


def unresolved_names(events: Iterable[Event], kb: ActorKB | None = None) -> list[UnresolvedName]:
    """Unresolved actor names of ``events``, most frequent first; with ``kb``, without the
    references that name nobody and with a hint per name (module docstring)."""
    found: dict[str, UnresolvedName] = {}
    for event in events:
        for ref in _refs(event):
            if ref.id is not None:
                continue
            words = ref.surface or ref.name
            if kb is not None and (names_nobody(words, kb) or matcher_for(kb).names_a_thing(words)):
                continue
            entry = found.setdefault(normalize_name(words), UnresolvedName(name=words))
            entry.count += 1
            if words not in entry.spellings:
                entry.spellings.append(words)
            example = _example(event, ref)
            if example and example not in entry.examples and len(entry.examples) < MAX_EXAMPLES:
                entry.examples.append(example)
            if event.id not in entry.event_ids:
                entry.event_ids.append(event.id)
    if kb is not None:
        for entry in found.values():
            entry.hint = hint(entry.name, kb)
            entry.readings = [a.id for a in matcher_for(kb).readings(entry.name, scoped=True)]
    return sorted(found.values(), key=lambda u: (-u.count, u.name.casefold()))


__all__ = [
    "HINT_CUTOFF",
    "MAX_EXAMPLES",
    "UnresolvedName",
    "hint",
    "names_nobody",
    "unresolved_names",
]
