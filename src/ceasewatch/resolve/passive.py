"""A force written as the one attacked, with no attacker (issue 9, session 34).

"Soldiers of the army were ambushed near the town; seven soldiers killed": the report names the
side that was hit and no one who hit it. The extract stage reads the named side into actor1
(the sentence's only actor) and its dead into actor2, so the clash comes out as the army
against itself. ACLED codes an attack whose author the report does not name to
"Unidentified Armed Group (X)" (its codebook: an unnamed perpetrator is an unidentified armed
group), the side hit as actor2. The reading here asks for both things at once:

- actor1 and actor2 are the same actor (no force fights itself in a report that says so: a
  mutiny or a clash between two units is written with two names);
- actor1's words are the subject of a passive verb of attack with no agent ("were ambushed",
  "was attacked", "came under fire" is not passive and is left).

Then actor1 becomes the unidentified armed group of the actor's country; anything else is left.
"""

from __future__ import annotations

import re

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Event

# "were ambushed", "had been attacked", "was reportedly targeted": up to four words may stand
# between the force's words and the auxiliary ("soldiers of the army were ..." reads from "army")
_PASSIVE = (
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:[\w-]+ly\s+)?(?:ambushed|attacked|targeted|assaulted|overrun|fired\s+(?:up)?on|shot\s+at)"
)
_AGENT = re.compile(r"^\s*by\b", re.IGNORECASE)


def attacked_unnamed(words: str, sentence: str) -> bool:
    """Are ``words`` (an actor's surface) the subject of a passive verb of attack that names
    no agent ("elements of the armed forces were ambushed near ...")?"""
    if not words.strip():
        return False
    pattern = re.compile(re.escape(words.strip()) + _PASSIVE + r"\b", re.IGNORECASE)
    return any(_AGENT.match(sentence[m.end() :]) is None for m in pattern.finditer(sentence))


def unnamed_attacker(event: Event, kb: ActorKB, country: str | None) -> Event:
    """A battle whose two sides are one actor, the first written as attacked by no one named:
    actor1 is ACLED's Unidentified Armed Group of the actor's country (or the article's)."""
    first, second, sentence = event.actor1, event.actor2, event.sentence
    if event.event_type != "Battles" or first is None or second is None or sentence is None:
        return event
    if first.id is None or first.id != second.id:
        return event
    # actor1 read from the words around (no words of its own) stands for the side written
    # as attacked ("elements of the armed forces were ambushed": actor2's words)
    words = first.surface or second.surface or ""
    if not attacked_unnamed(words, sentence.text):
        return event
    actor = kb.actors.get(first.id)
    where = (actor.country if actor is not None else None) or country
    if where is None:
        return event
    unknown = kb.role_actor("unidentified-armed-group", where, event.event_date)
    if unknown is None:
        return event
    update = {
        "name": unknown.name,
        "id": unknown.id,
        "type": unknown.type,
        "inter": unknown.inter,
        "surface": None,
        "span": None,
        "method": "convention",
    }
    return event.model_copy(update={"actor1": first.model_copy(update=update)})


__all__ = ["attacked_unnamed", "unnamed_attacker"]
