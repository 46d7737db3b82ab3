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
