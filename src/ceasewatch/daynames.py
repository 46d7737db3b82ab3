"""The calendar's words, one list for every stage: month names, weekday names and the days a
weekday names without being one ("Easter Sunday").

clean reads a report's date line with them (``clean/dateline.py``), extract the dates of its
sentences (``extract/dates.py``, ``extract/merging.py``), fuse the weekday an undated report
names (``fuse/compare.py``). They live outside the stages because a stage never imports
another (as ``ceasewatch/pastacts.py``).

Sources: English month and weekday names and their customary abbreviations (the Associated
Press Stylebook's "months" and "days of the week" entries; Reuters' and AFP's wire datelines,
"Jan. 25", "Sept 28", "Tue 12 Mar"); the named days are the Christian calendar's movable
feasts (Easter Sunday and Monday, Palm Sunday, Good Friday, Holy/Maundy Thursday, Holy
Saturday, Ash Wednesday, Shrove Tuesday, Whit Sunday/Monday) and days history and commerce name
("Bloody Sunday", "Black Friday", "Super Tuesday"). Words by the ceasewatch team, 2026-12.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Month -> its names, the full name first. A name in ``NEEDS_CAPITAL`` counts only when
# capitalised ("may" and "march" are also English words: "troops may 3" is not a date).
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"),
    2: ("february", "feb"),
    3: ("march", "mar"),
    4: ("april", "apr"),
    5: ("may",),
    6: ("june", "jun"),
    7: ("july", "jul"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("october", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}
NEEDS_CAPITAL = frozenset({"may", "march", "mar", "jan", "sept"})

# Weekday (0 = Monday, as Python counts) -> its names, the full name first. The abbreviations
# are read only where a site or wire prints them (a date line: "Tue 12 Mar 2024"); in running
# text only the full names are weekdays ("the sun", "sat down", "wed" are words).
WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("monday", "mon"),
    1: ("tuesday", "tues", "tue"),
    2: ("wednesday", "wed"),
    3: ("thursday", "thurs", "thu"),
    4: ("friday", "fri"),
    5: ("saturday", "sat"),
    6: ("sunday", "sun"),
}

# A word before a weekday that makes the two a named day, not a day of the week (the day may
# lie in any year: "the Easter Sunday bombings of 21 April 2019").
NAMED_DAY_WORDS = frozenset(
    {
        "easter",
        "palm",
        "good",
        "holy",
        "maundy",
        "ash",
        "shrove",
        "whit",
        "bloody",
        "black",
        "super",
        "cyber",
    }
)

# A day of the month as it is spoken, not written ("the fourteenth of March", "March the
# twenty-first"): radio and television transcripts and interpreters' renderings say the ordinal
# the written press prints in figures. English ordinal numerals 1st-31st (Oxford English
# Grammar, "ordinal numbers"); a compound is written with a hyphen or a space.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS: tuple[str, ...] = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth")
_TEENS += ("fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
SPOKEN_DAYS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, start=1)},
    **{w: i for i, w in enumerate(_TEENS, start=10)},
    "twentieth": 20,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS, start=1)},
    "thirtieth": 30,
    "thirty-first": 31,
}

MONTHS: dict[str, int] = {name: n for n, names in MONTH_NAMES.items() for name in names}
WEEKDAYS: dict[str, int] = {name: n for n, names in WEEKDAY_NAMES.items() for name in names}
FULL_WEEKDAYS: dict[str, int] = {names[0]: n for n, names in WEEKDAY_NAMES.items()}
FULL_WEEKDAY_LIST: tuple[str, ...] = tuple(names[0] for _, names in sorted(WEEKDAY_NAMES.items()))


def alternation(words: Iterable[str]) -> str:
    """The words as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def phrase_alternation(phrases: Iterable[object]) -> str:
    """A word list's phrases (YAML may give numbers: each is read as text) as a regex
    alternation, longest first, the spaces inside a phrase as any run of whitespace."""
    ordered = sorted((str(p) for p in phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


# A named day ("Easter Sunday", "Good Friday"): the word before the weekday, capitalised.
NAMED_DAY = re.compile(
    rf"\b(?:{'|'.join(w.capitalize() for w in sorted(NAMED_DAY_WORDS))})\s+"
    rf"(?:{'|'.join(w.capitalize() for w in FULL_WEEKDAY_LIST)})\b"
)
