"""The doer a report implies but never writes as a subject, read once geocode has placed the
event (issue 9, session 35: "no actor1", seen in the dev halves of eight notes writers).

Each reading fills only an actor1 left empty, and only from words the sentence writes:

- **A grave found** ("a search collective found a clandestine grave with six bodies"): the
  finders are not the doers. ACLED's codebook codes the discovery of a mass grave as a
  strategic development ("Other") whose actor1 is the perpetrator when known, else the
  unidentified armed group of the country (``grave_found``).
- **Property burnt or wrecked by people the report calls unidentified** ("unidentified persons
  set fire to a school", "unknown arsonists torched two trucks"): ACLED's unidentified armed
  group, as for any unnamed perpetrator (``nameless_doers``). Unnamed crowds ("youths",
  "a mob") are not read here: they are rioters (``roles.py``).
- **A device made safe by a force the sentence names by its kind** ("army technical officers
  made it safe", "police defused a bomb"): the disrupter of a disrupted weapons use is ACLED's
  actor1, that force of the place's country (``disrupting_force``). A unit named by its trade
  alone ("a bomb disposal squad", "an EOD team") says nothing of whose it is and is left.
- **Fire from ground a named side holds** ("shells fired from Armenian-held positions",
  "rockets launched from Russian-held Oleshky"): the side holding the firing positions is the
  one firing (``held_by``); a bare country of origin ("rockets fired from Lebanon") is not read,
  since what fires from a state's soil is as often a group as its army.
"""

from __future__ import annotations

import re

# The strategic development of a grave's discovery: "Other" in ACLED's codebook.
GRAVE_SUB = "Other"
_GRAVE = re.compile(
    r"\b(?:mass|clandestine|common|unmarked|secret|shallow)\s+graves?\b"
    r"|\bgraves?\b[^.;]{0,80}\b(?:bodies|remains|corpses)\b",
    re.IGNORECASE,
)
_FOUND = re.compile(
    r"\b(?:found|find|finds|finding|discover\w*|unearth\w*|uncover\w*|exhum\w*|located)\b",
    re.IGNORECASE,
)

PROPERTY_SUB = "Looting/property destruction"
_NAMELESS = re.compile(
    r"\b(?:unidentified|unknown|unnamed|masked|hooded)\s+(?:armed\s+)?(?:persons?|people"
    r"|individuals?|men|assailants|attackers|arsonists|perpetrators|gunmen)\b",
    re.IGNORECASE,
)

DISRUPTED_SUB = "Disrupted weapons use"
# The force's kind, then at most three words of unit ("army technical officers", "police bomb
# experts"), then the act of disrupting.
_DISRUPTER = re.compile(
    r"\b(?P<kind>army|military|soldiers|troops|police|policemen|police\s+officers)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?(?:defused|made\s+(?:it|them|the\s+\w+)"
    r"\s+safe|dismantled|disarmed|neutrali[sz]ed|deactivated|detonated|destroyed|intercepted"
    r"|foiled|thwarted|recovered|seized|found)\b",
    re.IGNORECASE,
)
_MILITARY = frozenset({"army", "military", "soldiers", "troops"})

# Remote violence whose origin is written as ground a side holds.
FIRE_SUBS = frozenset(
    {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"}
)
_HELD = re.compile(
    r"\b(?:fired|launched|shelled|firing|launching|came|coming|sent)\s+(?:from|out\s+of)\s+"
    r"(?:the\s+)?(?P<who>(?:[A-Z][\w'’]*\s+){0,2}?[A-Z][\w'’]*)-(?:held|controlled|occupied)\b"
)


def grave_found(sub: str | None, sentence: str) -> bool:
    """A strategic development telling of a grave found ("found a clandestine grave")."""
    return (
        sub == GRAVE_SUB and _GRAVE.search(sentence) is not None and bool(_FOUND.search(sentence))
    )


def nameless_doers(sub: str | None, sentence: str) -> bool:
    """Property destruction by people the report calls unidentified or unknown."""
    return sub == PROPERTY_SUB and _NAMELESS.search(sentence) is not None


def disrupting_force(sub: str | None, sentence: str) -> str | None:
    """The role ("military" or "police") of the force a disrupted weapons use's sentence writes
    disrupting the device, or None."""
    if sub != DISRUPTED_SUB:
        return None
    found = _DISRUPTER.search(sentence)
    if found is None:
        return None
    return "military" if found.group("kind").lower() in _MILITARY else "police"


def held_by(sub: str | None, sentence: str) -> str | None:
    """The side whose held ground remote fire came from ("fired from Armenian-held positions"
    -> "Armenian"), or None."""
    if sub not in FIRE_SUBS:
        return None
    found = _HELD.search(sentence)
    return found.group("who") if found is not None else None


__all__ = ["disrupting_force", "grave_found", "held_by", "nameless_doers"]
