"""Is an act a past or habitual one? The one test both extract and resolve make.

A report recalls acts besides the one it reports: "the 2013 chemical attack", "last month's
bombings claimed by the Islamic State group", "previous attacks", "Al Shabaab frequently
carries out such attacks", "has claimed similar attacks in the past". Such an act is no event
of the report (extract/background.py: its trigger makes none), and a claim on it names no
perpetrator for the event reported (resolve/claims.py). Both stages ask this module, with the
words that qualify the act: the noun's modifiers or the verb's adverbs (from the parse in
extract, from the words around the cue in resolve). It lives outside both stages because a
stage never imports another.

The words are those a reader takes as the act's time or habit, never as the report's own:
a lone year ("the 2013 attack"; not the end of a full date, "June 8 2016"), "last month's" or
"last year's" (a week or a day back is still the news: "last week's attack" may be the event
reported, as ``extract/dates.py`` reads it), "previous", "past", "similar", "such"
and adverbs of habit ("frequently", "regularly", "in the past"). Source: the ceasewatch team's
reading of wire copy (VOA, FA-KES; "the recent border skirmish" in a story about a prime
minister's visits) and ACLED's codebook (2024), which codes events from their
own reporting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Adjectives and determiners that place the act before the report or make it one of many.
# ("former" is left out: it qualifies people, "a former rebel commander took up arms"; so is
# "earlier": "a spokesman earlier told media" is the same day's news.)
PAST_MODIFIERS = frozenset(
    {
        "previous",
        "prior",
        "recent",  # "the recent border skirmish": recalled, the report's own act is dated
        "past",
        "similar",
        "such",
        "repeated",
        "frequent",
        "regular",
        "routine",
        "numerous",
        "countless",
    }
)
# Adverbs of habit or of an earlier time ("often carries out", "previously claimed").
HABIT_ADVERBS = frozenset(
    {
        "frequently",
        "often",
        "regularly",
        "routinely",
        "repeatedly",
        "previously",
        "usually",
        "typically",
        "formerly",
        "habitually",
    }
)
# "last month's", "last year's": a unit this long dates the act before the report's news
# (dates.py: a sentence dated over 30 days back is retrospective).
LONG_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades", "century"})
# "the previous day's attack", "prior weeks": still the report's news.
SHORT_UNITS = frozenset({"day", "days", "night", "nights", "week", "weeks", "hours", "morning"})
# Words without which no words are past or habitual (a prefilter for parsed sentences).
CUES = PAST_MODIFIERS | HABIT_ADVERBS | {"last"}
# A year after a month or a day ends a full date ("June 8 2016"), not a lone year.
MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)
_WORD = re.compile(r"[\w-]+")


def words_of(text: str) -> list[str]:
    """The lower-case words of ``text``, possessive "'s" dropped ("month's" -> "month")."""
    return _WORD.findall(re.sub(r"['\u2019]s\b", "", text.lower()))


def lone_year(words: Sequence[str], at: int) -> bool:
    """``words[at]`` is a year on its own, not the end of a full date ("June 8 2016")."""
    word = words[at]
    if not (len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099):
        return False
    before = words[at - 1] if at > 0 else ""
    return not (before.isdigit() or before in MONTH_WORDS)


def past_or_habitual(words: Sequence[str]) -> bool:
    """True when the words qualifying an act (lower case, in text order) make it a past or
    habitual act, not the one reported (module docstring)."""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in PAST_MODIFIERS and following not in SHORT_UNITS:
            return True
        if word in HABIT_ADVERBS or lone_year(words, i):
            return True
        if word == "last" and following in LONG_UNITS:
            return True
    return False


__all__ = ["CUES", "lone_year", "past_or_habitual", "words_of"]
