"""A territory changing hands: the side taking over is actor1, the side leaving actor2.

The side written as the one the ground was taken from ("cleared the village of Russian
troops", "recaptured the town from IS") is likewise the side leaving: when the words around
put it in actor1, the clause's subject ("Ukrainian brigades said they had cleared ...") takes
actor1 and the losing side becomes actor2 (session 34; reader33 found the guard refusing right
re-typings of regains because the losing side stood first).

ACLED codes the actor that gains ground as actor1 of "Non-state actor overtakes territory",
"Government regains territory" and "Non-violent transfer of territory". A report often puts the
withdrawal first or makes it the verb the extract stage reads ("RSF forces entered Wad Madani
after SAF units withdrew from the city"): actor1 is then the side that left. When the words of
actor1 are the subject of a withdrawal verb, the other named actor of the sentence (actor2, or
the first other actor the sentence names) takes over, and the withdrawing side becomes actor2.
"""

from __future__ import annotations

import re

from ceasewatch.knowledge.actor_names import leading_runs

TERRITORY_SUB_EVENTS = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
    }
)
# Verbs of leaving ground; up to two words may stand between the actor and the verb ("SAF units
# had withdrawn", "the army reportedly pulled out").
_WITHDRAWAL = (
    r"(?:withdr[ae]w|withdrawn|withdrawing|pulled\s+out|pulling\s+out|pulled\s+back|retreated|"
    r"retreating|abandoned|evacuated|handed\s+over|ceded|vacated|left)"
)

# A sentence without a withdrawal verb cannot match an actor's withdrawal pattern: tested
# first, the actor's own pattern is built and compiled only where it can match (speed48)
_WITHDRAWAL_VERB = re.compile(rf"{_WITHDRAWAL}\b", re.IGNORECASE)


def withdrawing(words: str, sentence: str) -> bool:
    """Are ``words`` (an actor's surface) the subject of a withdrawal verb in ``sentence``?"""
    if not words.strip() or _WITHDRAWAL_VERB.search(sentence) is None:
        return False
    pattern = rf"{re.escape(words.strip())}\s+(?:[\w-]+\s+){{0,2}}?{_WITHDRAWAL}\b"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


# The side a territory is handed to: "handed the city back to the military administration",
# "handed over the town to the army", "returned the base to government forces"
_HANDED_TO = re.compile(
    r"\b(?:handed|handing|hands|turned|turning|returned|returning|gave|giving|ceded|ceding)"
    r"\s+(?:(?:back|over)\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:back|over)\s+)?to\s+"
    r"(?P<who>(?:the\s+)?[^,;:.()]{2,60}?)"
    r"(?=\s+(?:on|in|at|after|before|under|as|following|nine|months?|weeks?|days?|and)\b|[,;:.()]|$)",
    re.IGNORECASE,
)


def handed_to(sentence: str) -> str | None:
    """The words naming the side a territory is handed to ("the military administration" in
    "... handed the city back to the military administration"), or None."""
    found = _HANDED_TO.search(sentence)
    return found.group("who").strip() if found is not None else None


def first_written(keys: list[str], sentence: str, skip: str) -> list[str]:
    """The names ``keys`` (normalised, as ``Matcher.names_written_in`` gives them) as the
    sentence writes them and in its order, without those inside the words ``skip`` (actor1's
    own)."""
    text, own = sentence.casefold(), skip.casefold()
    found = sorted((k for k in dict.fromkeys(keys) if k not in own and k in text), key=text.find)
    return [sentence[text.find(k) : text.find(k) + len(k)] for k in found]


# Verbs of taking ground back or driving a side out, whose "from"/"of" names the side that lost
# it: "recaptured the town from IS", "cleared the village of Russian troops", "drove the
# rebels out of the district"
_CAPTURE = (
    r"(?:recaptur\w*|retook|retak\w*|regain\w*|reclaim\w*|took\s+back|taken\s+back|clear\w*|"
    r"liberat\w*|captur\w*|seiz\w*|expel\w*|dislodg\w*|drove|driven|drive|pushed|oust\w*|"
    r"wrest\w*)"
)

# as ``_WITHDRAWAL_VERB``: no capture verb, no losing side (speed48)
_CAPTURE_VERB = re.compile(rf"\b{_CAPTURE}\b", re.IGNORECASE)


def lost_by(words: str, sentence: str) -> re.Match[str] | None:
    """The capture verb whose "from"/"of" names ``words`` (an actor's words) as the side that
    lost the ground ("cleared Andriivka of Russian troops"), or None."""
    if not words.strip() or _CAPTURE_VERB.search(sentence) is None:
        return None
    pattern = (
        rf"\b{_CAPTURE}\b[^.;]{{0,80}}?\b(?:from|of|out\s+of)\s+(?:the\s+)?"
        rf"(?:(?:remaining|last|retreating)\s+)?{re.escape(words.strip())}\b"
    )
    return re.search(pattern, sentence, re.IGNORECASE)


def subject_words(sentence: str, verb_at: int) -> list[str]:
    """The words of the clause before the verb at ``verb_at``, longest first, as candidate
    names of its subject ("Ukrainian brigades said they had" -> "Ukrainian brigades said they
    had", ..., "Ukrainian brigades", "Ukrainian"); at most six words."""
    before = sentence[:verb_at]
    start = max(before.rfind(", "), before.rfind("; "), before.rfind(": "), before.rfind(") "))
    words = before[start + 1 :].split()[:6]
    return leading_runs(words)


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
# Inter codes of a taker that is no state force: rebel groups, political and identity militias
# (a militia on the government's side, data ``side: government``, is its affiliate: as read).
NON_STATE_INTER = frozenset({2, 3, 4})
GOVERNMENT_SIDE = "government"


def capture_side(sub: str, inter: int | None, side: str | None = None) -> str:
    """The capture's sub-event by the resolved taker (issue 9, session 12): extract reads the
    side by the words ("RSF forces", "M23 forces" look like a state's "forces"); once actor1
    is a known non-state group not on the government's side, the capture is a non-state
    actor's, and a state force's capture is the government's."""
    if sub == REGAINS and inter in NON_STATE_INTER and side != GOVERNMENT_SIDE:
        return OVERTAKES
    if sub == OVERTAKES and inter == 1:
        return REGAINS
    return sub


__all__ = [
    "TERRITORY_SUB_EVENTS",
    "capture_side",
    "first_written",
    "handed_to",
    "lost_by",
    "subject_words",
    "withdrawing",
]
