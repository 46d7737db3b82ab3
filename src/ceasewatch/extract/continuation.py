"""A toll told in the sentence after its event belongs to that event.

"Air strikes hit Saraqeb on Monday. Twelve civilians were killed." is one air strike with a
toll, not an air strike and a separate "Attack" on civilians: the second sentence only says
what the first event did. A sentence is read as a continuation when

1. its only event words are bare killing or wounding words (data/triggers.yaml
   ``continuation_words``) with no subject or agent at all ("ten soldiers were killed", not
   "they killed ten soldiers"), and it is not hedged (a hedged claim keeps its own event, so
   that its hedge stays visible);
2. it names no other place than the previous event's (or none);
3. the previous event was reported at most ``MAX_GAP`` sentences before.

Its figures, claims and evidence are then added to the previous event (the first of that
sentence's events, where the toll of a multi-place sentence is kept), which keeps its type,
actors, place and date; the victims fill an empty actor2.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ceasewatch.extract.events import conservative
from ceasewatch.extract.sentences import Sentence
from ceasewatch.model import Event

# Sentences between the event and its toll: "X happened. Officials said ... . N were killed."
MAX_GAP = 2


@dataclass
class Previous:
    """The first event of the latest sentence that made events, and where it is."""

    index: int  # sentence index
    position: int  # index of the event in the article's event list


def is_continuation(
    s: Sentence, new: list[Event], events: list[Event], prev: Previous | None, words: frozenset[str]
) -> bool:
    """Steps 1-3 of the module docstring."""
    if prev is None or not new or s.index - prev.index > MAX_GAP:
        return False
    if any(" ".join(h.trigger.words) not in words or _has_doer(s.doc[h.head]) for h in s.hits):
        return False
    if any(e.actor1 is not None or e.hedged for e in new):
        return False
    before = events[prev.position].location
    for event in new:
        here = event.location
        if here is None or not here.reason.startswith("named"):
            continue
        if before is None or here.name.lower() != before.name.lower():
            return False
    return True


def _has_doer(verb: Any) -> bool:
    """ "they had killed ten soldiers" names its killer (by a pronoun): a party's own claim,
    kept as its own event; "ten soldiers were killed" does not."""
    return any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def attach(new: list[Event], target: Event) -> Event:
    """``target`` with the continuation's claims, evidence and victims added."""
    claims = list(target.fatality_claims)
    for event in new:
        claims += [c for c in event.fatality_claims if c not in claims]
    spans = list(target.evidence)
    for event in new:
        spans += [s for s in event.evidence if s not in spans and s.field != "location"]
    victims = next((e.actor2 for e in new if e.actor2 is not None), None)
    update: dict[str, Any] = {
        "fatality_claims": tuple(claims),
        "fatalities": conservative(claims),
        "evidence": tuple(spans),
        "notes": "; ".join(filter(None, [target.notes, "toll from a following sentence"])),
    }
    if target.actor2 is None and victims is not None:
        update["actor2"] = victims
        update["civilian_targeting"] = any(e.civilian_targeting for e in new)
    return target.model_copy(update=update)
