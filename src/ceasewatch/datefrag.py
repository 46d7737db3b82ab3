"""Written dates and clock times as regex fragments, one set every stage builds on.

clean reads a report's date line (``clean/dateline.py``), a chat's stamps and an X footer
(``clean/thread.py``), a log's date cells (``clean/sheet.py``) and a post's head
(``clean/posts.py``); extract the dates of sentences (``extract/dates.py``) and a post's or a
live blog's clock (``extract/posts.py``, ``extract/tokens.py``). Each pattern there is built
from the pieces below, so a month, a day, a year or a clock is written once. The month names
are ``daynames``' (the one calendar list), as a regex alternation, longest first ("sept"
before "sep").

The pieces are plain strings (no flags): a pattern that is case sensitive elsewhere wraps a
name list in ``(?i:...)`` itself (``ci``). A named group is given by ``named``; a fragment that
may appear twice in one pattern is built unnamed (``name=None``) or with a suffix.

Adding a form (say a military date-time group "141430ZMAR24" or an ISO stamp
"2024-03-14T07:12:05Z"): write its pattern here from the atoms (``DAY``, ``HOUR2``,
``MINUTE``, ``MONTH``...), with named groups ``day``, ``month``, ``year``, ``hour``,
``minute`` so ``read`` below turns a match into a date, test it in tests/test_datefrag.py,
then use it where the form is read (clean for a layout's stamp, extract for a sentence's date).

Sources: the written forms are those of the Associated Press Stylebook ("dates", "months",
"time"), Reuters' and AFP's datelines, ISO 8601 (dates and times), and the chat applications'
export stamps (WhatsApp, Telegram); the 24-hour and 12-hour clocks as printed by wires and sites.
"""

from __future__ import annotations

import datetime as dt
import re

from ceasewatch.daynames import FULL_WEEKDAYS, MONTHS, WEEKDAYS, alternation

# --- names ------------------------------------------------------------------------------------
MONTH = alternation(MONTHS)  # every month name and abbreviation, longest first
# The full weekday names ("Monday" ... "Sunday"): no full name begins another, so any order.
WEEKDAY = "|".join(FULL_WEEKDAYS)
# Every weekday name with the abbreviations a date line prints ("Tue 12 Mar"), longest first.
WEEKDAY_ABBR = alternation(WEEKDAYS)

# --- numbers ----------------------------------------------------------------------------------
DAY = r"[0-3]?\d"  # a day of the month in figures, "5", "05", "31"
DAY_2 = r"[0-3]\d"  # the same in two figures, "05"
FIG2 = r"\d{1,2}"  # one or two figures: a day or a month where the form says which (a stamp)
ORDINAL = r"(?:st|nd|rd|th)"  # "14th"
YEAR = r"(?:19|20)\d\d"  # a year of the last two centuries
YEAR_PAST = r"(?:1[0-9]|20)\d\d"  # a year of history too ("in 1860", "from 1910 to 1940")
YEAR4 = r"\d{4}"  # any four figures where the form says they are the year
YEAR2 = r"\d{2}"  # a year's last two figures where the form says they are the year ("MAR24")
YEAR_SHORT = r"(?:\d{4}|\d{2})"  # "2024" or "24" (a log's or a chat's stamp)
MONTH_FIG = r"[01]?\d"  # a month in figures ("16/05", "5.3.2024")
ISO_DATE = rf"{YEAR}-[01]\d-{DAY_2}"  # ISO 8601's calendar date, "2024-03-14"

# --- clock ------------------------------------------------------------------------------------
HOUR = r"(?:[01]?\d|2[0-3])"  # 0-23, one or two figures: "7", "07", "23"
HOUR2 = r"(?:[01]\d|2[0-3])"  # 00-23, two figures ("0700 GMT")
MINUTE = r"[0-5]\d"
SECOND = rf"(?::{MINUTE})?"  # optional seconds, ":05"
HOUR12 = r"(?:1[0-2]|0?[1-9])"  # 1-12 before am/pm: "7pm", "08 a.m."
CLOCK = rf"{HOUR}:{MINUTE}"  # "7:05", "23:59"
AMPM = r"[ap]\.?m\.?"  # "am", "p.m." (a pattern that is not case-insensitive wraps it: ``ci``)


# The military date-time group (NATO's ACP 121 message format, also AAP-6): day, hour and minute,
# the time zone's letter ("Z" for UTC), the month's first three letters in capitals and the year's
# last two figures: "141430ZMAR24" (a security desk's alerts and incident reports).
MONTH_ABBR3 = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"


def named(name: str | None, body: str) -> str:
    """``body`` as a group: named when ``name`` is given, else non-capturing."""
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def ci(body: str) -> str:
    """``body`` matched without regard to case inside a case-sensitive pattern."""
    return f"(?i:{body})"


def month(name: str | None = "month", names: str = MONTH) -> str:
    """A month by name with its optional stop: "March", "Sept.". ``names`` may be ``ci(MONTH)``."""
    return rf"{named(name, names)}\.?"


def day_month_year(
    day: str | None = "day",
    mon: str | None = "month",
    year: str | None = "year",
    *,
    day_body: str = DAY,
    year_body: str = YEAR,
) -> str:
    """ "14 March 2024", "14 Mar. 2024", "14 March, 2024" (one form; the year required)."""
    return rf"{named(day, day_body)}\s+{month(mon)},?\s+{named(year, year_body)}"


def month_day_year(
    day: str | None = "day",
    mon: str | None = "month",
    year: str | None = "year",
    *,
    day_body: str = DAY,
    year_body: str = YEAR,
) -> str:
    """ "March 14, 2024", "Mar. 14 2024" (one form; the year required)."""
    return rf"{month(mon)}\s+{named(day, day_body)},?\s+{named(year, year_body)}"


def written_date(*, day_body: str = FIG2) -> str:
    """A date written out in either order, "23 February 2021" or "March 4, 2025": groups
    ``day1``/``month1``/``year1`` or ``day2``/``month2``/``year2`` (``read`` takes either). The
    full date a desk's, a statement's or a caption's line prints."""
    return (
        rf"(?:{day_month_year('day1', 'month1', 'year1', day_body=day_body)}"
        rf"|{month_day_year('day2', 'month2', 'year2', day_body=day_body)})"
    )


def date_time_group() -> str:
    """ "141430ZMAR24": groups ``day``, ``hour``, ``minute``, ``zone``, ``month``, ``year`` (two
    figures: ``read`` takes them in this century). Case sensitive: the form is in capitals."""
    return (
        rf"\b{named('day', DAY_2)}{named('hour', HOUR2)}{named('minute', MINUTE)}"
        rf"(?P<zone>[A-Z]){named('month', MONTH_ABBR3)}{named('year', YEAR2)}\b"
    )


def read(match: re.Match[str], *, century: int = 2000) -> dt.date | None:
    """The date a match tells from its first set group ``day<n>`` and the ``month<n>`` (a name
    or figures) and ``year<n>`` (four figures, or two read in ``century``) of the same suffix;
    None when it is no day of the calendar."""
    groups = match.groupdict()
    for key, value in groups.items():
        if not key.startswith("day") or value is None:
            continue
        n = key[3:]
        word, figures = groups.get(f"month{n}"), groups.get(f"year{n}")
        if word is None or figures is None:
            return None
        number = int(word) if word.isdigit() else MONTHS.get(word.lower().rstrip("."))
        year = int(figures)
        year = year + century if year < 100 else year
        try:
            return dt.date(year, number, int(value)) if number else None
        except ValueError:
            return None
    return None
