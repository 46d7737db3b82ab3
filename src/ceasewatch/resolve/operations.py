"""A toll told "in a police/military operation": the operation's owner is the doer.

"Two men were killed in a police operation in the favela", "three suspects died during a
military operation near the border": the sentence writes no doer, but the operation it
names is a state force's act, and ACLED codes an event by the actor who carried it out (its
codebook: actor1 is the actor who acted; a state's police and military are each one actor,
"Police Forces of X", "Military Forces of X"). Without this reading the slot stayed empty or
took the Unidentified Armed Group ACLED reserves for armed men nobody identifies.

Read only when actor1 is empty or is that convention's Unidentified Armed Group (no words of
its own), when the operation is written with "in/during/amid" (the act the toll happened
in, not "against a military operation" or "protesters marched against a police raid"), and
when the other side is not that same force ("a soldier was killed in a military operation":
the soldier's army is no doer against itself). Issue 9, session 30.
"""

from __future__ import annotations

import re

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import ActorRef, Event, Span
from ceasewatch.resolve.roles import SCORE_ROLE, as_ref

# "in a police operation", "during a joint military raid", "amid an army offensive"
_OPERATION = re.compile(
    r"\b(?:in|during|amid|amidst)\s+(?:an?|the|one)\s+(?:(?:joint|large-scale|major|night|"
    r"new|special|armed|anti-gang|anti-drug|counter-insurgency|counterinsurgency)\s+)*"
    r"(?P<force>police|military|army|naval|navy)\s+"
    r"(?P<act>operations?|raids?|offensives?|sweeps?|crackdowns?|assaults?|incursions?)\b",
    re.I,
)
_ROLE = {
    "police": "police",
    "military": "military",
    "army": "military",
    "naval": "military",
    "navy": "military",
}


def operation_owner(
    event: Event, first: ActorRef | None, country: str | None, kb: ActorKB, unnamed: bool
) -> ActorRef | None:
    """The state force whose operation the event's sentence says its toll happened in, for an
    actor1 that is ``first`` (None, or the convention's unnamed armed group: ``unnamed``); else
    None (keep ``first``)."""
    if country is None or event.sentence is None or not (first is None or unnamed):
        return None
    found = _OPERATION.search(event.sentence.text)
    if found is None:
        return None
    actor = kb.role_actor(_ROLE[found.group("force").lower()], country, event.event_date)
    if actor is None:
        return None
    others = [r for r in (event.actor2, *event.assoc_actors2) if r is not None]
    if any(r.id == actor.id for r in others):
        return None
    words = found.group(0).split(None, 1)[1]  # "a police operation"
    start = event.sentence.start + found.end() - len(words)
    span = Span(start=start, end=start + len(words), text=words)
    return as_ref(actor, "context", SCORE_ROLE, words).model_copy(update={"span": span})


__all__ = ["operation_owner"]
