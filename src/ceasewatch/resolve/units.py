"""A numbered formation of an army nothing else resolved: "the 5th Brigade", "soldiers of the
20th Infantry Battalion", "the 22nd Infantry Division", "the 3rd Mechanized Battalion".

ACLED codes a state's units as the state's forces ("Military Forces of X"), the unit at most in
the actor's note (its codebook: one actor per state's military, branches and units included).
A formation numbered by an ordinal and headed by a unit noun is a regular army's way of naming
its units (Wikipedia, "Military organization": the numbered echelons battalion, brigade,
division, corps); so the words, when no actor of the base matched them, are the article's
country's military. Only then: a named unit the base lists (the 444 Brigade of Libya, a
Syrian opposition "division" with a name) is read as the base says, before this rule. The
entity ruler often leaves the ordinal out of the words ("Infantry Battalion" of "the 20th
Infantry Battalion"): the text just before the words is read for it. Issue 9, session 27.
"""

from __future__ import annotations

import re

_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth)"
)
# Words that say what kind of formation it is, not whose it is.
_KIND = (
    r"(?:infantry|light\s+infantry|mechani[sz]ed|motori[sz]ed|armou?red|airborne|air\s+assault"
    r"|assault|artillery|marine|mountain|commando|special\s+forces|ranger|scout|tank|rifle"
    r"|guards|separate|rapid\s+deployment|territorial\s+defen[cs]e|border|engineer|military"
    r"|army|combat|reconnaissance|operational)"
)
_UNIT = r"(?:brigade|battalion|division|regiment|corps|company|squadron)"
# The whole of an actor's words: an optional ordinal, kind words, a unit noun ("the 5th
# Brigade", "Infantry Battalion", "22nd Infantry Division"); an optional "soldiers of the".
UNIT_WORDS = re.compile(
    rf"^(?:(?:soldiers|troops|elements|members|men)\s+of\s+)?(?:the\s+)?"
    rf"(?P<ordinal>{_ORDINAL}\s+)?(?:{_KIND}\s+){{0,3}}{_UNIT}s?$",
    re.IGNORECASE,
)
# The ordinal written just before the words the entity ruler kept ("the 20th " + "Infantry
# Battalion").
_ORDINAL_BEFORE = re.compile(rf"\b{_ORDINAL}\s+$", re.IGNORECASE)


def numbered_unit(words: str, before: str = "") -> bool:
    """Whether ``words`` name a numbered formation of an army (module docstring); ``before``
    is the text just before the words, read for an ordinal the words left out."""
    match = UNIT_WORDS.match(" ".join(words.split()).strip(" ,.;:"))
    if match is None:
        return False
    return bool(match.group("ordinal")) or _ORDINAL_BEFORE.search(before[-24:]) is not None


# The doer of an act written as the accused ("retreating FARDC soldiers were accused of raping
# ...", "police officers stand accused of beating ...", a note's "soldiers accused of looting")
# or by the formation it moved in ("a junta column raided the village", "an army patrol shot
# two herders"): the subject of a main clause, at the sentence's or a clause's start (not after
# "as"/"when": "as an army patrol passed" is the scene, not the doer), never an object (session
# 35; a notes writer's rapes and a raid left to the unidentified armed group). ACLED codes an
# act to the actor the report holds responsible.
_ACCUSED = re.compile(
    r"(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:(?:were|was|are|is|stand|stands|have\s+been|has\s+been"
    r"|had\s+been)\s+)?accused\s+of\s+\w+ing\b"
)
_FORMATION = re.compile(
    r"(?:^|[,;:]\s+)(?:an?\s+|the\s+)?(?P<who>(?:[\w'’-]+\s+){1,2}?)"
    r"(?:columns?|patrols?|units?|detachments?|battalions?|platoons?|squads?|convoys?)\s+"
    r"(?!was\b|were\b|had\s+been\b|came\s+under\b|passed\b|arrived\b|approached\b"
    r"|returned\b|travell?ed\b|moved\b|stopped\b)(?P<verb>[a-z]+ed|shot|beat|burnt|took|seized|stormed|opened)\b"
)


# A formation's word, one of which every match of ``_FORMATION`` holds.
_FORMATION_WORDS = (
    "column", "patrol", "unit", "detachment", "battalion", "platoon", "squad", "convoy",
)  # fmt: skip


def written_doer(sentence: str, formations: bool = True) -> list[str]:
    """The words that may name the doer written as the accused or (``formations``) by its
    formation, longest first, each a run ending at the head ("retreating FARDC soldiers",
    "FARDC soldiers", "soldiers"); none when the sentence writes neither. A formation is not
    read for a bomb or a strike: "an army convoy triggered a mine" names the one hit."""
    # each pattern tries its run of words from every character: first the word it needs
    found = _ACCUSED.search(sentence) if "accused" in sentence else None
    if found is None and formations and any(w in sentence for w in _FORMATION_WORDS):
        found = _FORMATION.search(sentence)
    if found is None:
        return []
    words = found.group("who").split()
    return [" ".join(words[i:]) for i in range(len(words))]
