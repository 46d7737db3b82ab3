"""A strike's author written as the modifier of its means: "M23 shelling struck Sake",
"Russian shelling hit a school", "Thai F-16s bombed positions", "RSF drone strikes on ...".

The extract stage reads an owner before a weapon noun as the initiator (``_owned_means`` in
extract/mentions.py), but only when the parser takes the weapon for a noun; "shelling" after a
name is often tagged a verb or an auxiliary, and then the strike arrives with no actor1. The
words are read again here: capitalised words right before a means word, matched as a whole
("M23 shelling": the M23; "Russian shelling": Russia's forces, read through the owner table).
Issue 9, session 17 (an actor as the modifier of the means noun, named in the brief of
wip/actors17; seen in notesh and notesf).

Only strikes, shelling and chemical weapons with no actor1; a named actor or a state's forces,
never a generic actor; never words that are the target ("a strike on Houthi rocket launchers").
A chemical weapon is remote violence delivered by the same means ("Russian drones dropped
tear-gas grenades", "regime helicopters dropped chlorine"): whose means, whose attack (ACLED's
codebook codes remote violence to the side that fired it; issue 9, session 36).
"""

from __future__ import annotations

import datetime as dt
import re

from ceasewatch.model import Event
from ceasewatch.resolve.matching import Match, Matcher

STRIKE_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# The sub-events whose means may name their owner: strikes, and gas delivered by the same means.
_OWNED_MEANS_SUBS = STRIKE_SUBS | {"Chemical weapon"}
# A model's name is an aircraft ("F-16s", "Su-34s", "MiG-29s"), as a weapon noun is.
MEANS = (
    r"(?:heavy\s+|intense\s+|artillery\s+|mortar\s+|rocket\s+|missile\s+|drone\s+|air\s+)?"
    r"(?:shelling|shells|bombardments?|air\s*strikes?|airstrikes?|drone\s+strikes?"
    r"|drone\s+attacks?|drones|rockets?|missiles?|mortars?|mortar\s+rounds|artillery(?:\s+fire)?"
    r"|rocket\s+fire|strikes?|warplanes|jets|helicopters|[A-Z][A-Za-z]{0,2}-\d+[A-Z]?s?)"
)
# "Ukraine's own long-range drones", "Houthi kamikaze drones": "own" and a kind of drone or
# missile between the owner and the means (issue 9, session 22: the strike was read by the
# place's convention instead, the other side's forces)
KINDS = (
    r"(?:own\s+)?(?:(?:long-range|short-range|kamikaze|attack|armed|suicide|combat|FPV|exploding"
    r"|explosive|ballistic|cruise|guided)\s+)?"
)
OWNER_MEANS = re.compile(
    r"(?P<owner>(?:[A-Z][\w'’-]*|[A-Z0-9]{2,}[\w-]*)(?:\s+[A-Z][\w'’-]*){0,3})(?:['’]s?)?"
    rf"\s+{KINDS}(?P<means>{MEANS})(?![\w-])"
)
# The owner's words are the target: "a strike on Houthi rocket launchers", "hit Russian drones".
TARGET_BEFORE = re.compile(
    r"\b(?:on|against|at|targeting|targeted|hit|hitting|struck|destroyed|downed|intercepted"
    r"|shot\s+down)\s+(?:the\s+|an?\s+|\d+\s+|several\s+|two\s+|three\s+)?$",
    re.IGNORECASE,
)


def means_owner(event: Event, matcher: Matcher, country: str | None) -> Match | None:
    """The actor a strike's means name as their owner (module docstring), or None."""
    if event.actor1 is not None or event.sub_event_type not in _OWNED_MEANS_SUBS:
        return None
    if event.sentence is None:
        return None
    text = event.sentence.text
    on: dt.date | None = event.event_date
    for hit in OWNER_MEANS.finditer(text):
        if TARGET_BEFORE.search(text[max(0, hit.start() - 30) : hit.start()]):
            continue
        # "Ukraine's own drones": the owner without its possessive ending
        owner = re.sub(r"['’]s?$", "", hit.group("owner"))
        if _at_start(text, hit.start()) and owner.split()[0] in ("The", "A", "An", "On"):
            owner = " ".join(owner.split()[1:])
        if not owner:
            continue
        found = matcher.match(f"{owner} {hit.group('means')}", owner, on=on, country=country)
        if found is not None and not found.actor.generic:
            return found
    return None


def _at_start(text: str, at: int) -> bool:
    return not text[:at].strip() or text[:at].rstrip().endswith((",", ".", ";"))


__all__ = ["STRIKE_SUBS", "means_owner"]
