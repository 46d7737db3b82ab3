"""A security desk's document: flash alerts, incident reports, sitreps and advisories.

A humanitarian or corporate security officer receives and saves them as text: a title naming
the kind and the document's day ("FLASH - <area> - 23 February 2021", "WEEKLY SITREP - <office>
- w/e 15 July 2019", "INCIDENT REPORT / Ref: ... / Report date: 3 April 2024", "TRAVEL ADVISORY
- <country> - update of 10 March 2025"), then incidents told the desk's way: by a military
date-time group ("131500ZAPR24": day, hour and minute in UTC, month, year), a short date
("24/01") or a day and month, with counts written "2x KIA", and guidance between them.

When the text has the form (a title word and ``min_marks_titled`` lines with the desk's marks,
or ``min_marks`` without a title; ``clean/data/desk.yaml``):

- each DTG is written out as its day in words ("13 April 2024"), the form every later stage
  reads; the clock it carries is UTC and would only mislead a local date, so it goes;
- a count's multiplier goes ("10x civilians" -> "10 civilians");
- a line opened by its clock in local time ("1745hrs LT: ") is written as a channel's post
  ("17:45 - ", the form clean/posts.py writes), so that an "UPDATE:" line gives its toll to
  the event it updates, as a post's does;
- a short date after a label ("REPEATED FROM PREVIOUS SITREP: 12/11:") and a night ("O/N 19-20
  Nov", "on 4-5 May", "19-20/11") are written as a day (the night's first, the day ACLED codes);
  a bullet's opening "24/01" stays, extract reads it as the item's day;
- the document's date is the first full date of its title or first lines (set only when the
  input gave none).

Words are only removed, except the DTGs, which are written out as ``clean/sheet.py`` writes a
log's dates. What was changed is noted ("read as a security desk's document").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch import datefrag as F
from ceasewatch.daynames import MONTHS
from ceasewatch.model import DESK_NOTE

DATA = Path(__file__).with_name("data") / "desk.yaml"
NOTE = DESK_NOTE

# "23 February 2021", "w/e 15 July 2019", "March 4, 2025"
FULL_DATE = re.compile(rf"\b{F.written_date()}\b", re.I)
# The date-time group: DDHHMM, the zone letter, the month's three letters, the year's two digits
DTG = re.compile(F.date_time_group())
# A short date, "24/01", "16/11", a night's "19-20/11" (never with a year: "05/03/2024" is read
# elsewhere; never a fraction or "24/7" inside a word or number)
SHORT_DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<first>{F.DAY})\s?-\s?)?(?P<a>{F.DAY})/(?P<b>{F.MONTH_FIG})(?![\w/.]|\s*%)"
)
# A night told by its two days and the month: "O/N 19-20 Nov", "on 4-5 May"
_DAYS_MONTH = re.compile(
    rf"(?P<lead>\b(?:O/N|on|overnight|night\s+of)\s+)(?P<d1>{F.DAY})\s?-\s?(?P<d2>{F.DAY})"
    rf"\s+(?P<month>{F.MONTH})\b\.?",
    re.I,
)
OPENING = re.compile(r"^[-•*▪–—\s(]*$")  # what may stand before a bullet's opening date
SHORT_DAYS = 31  # a short date lies within a month before the document's date (or just after)
LATER_DAYS = 7
# A flash alert's line opened by its clock in local time ("1745hrs LT: ", "0120 LT: ",
# "2010hrs: "): written as a channel's post is ("17:45 - ", clean/posts.py), so that extract
# reads its updates, corrections and calls as a post's (extract/posts.py)
LINE_CLOCK = re.compile(
    rf"^{F.named('h', F.HOUR2)}{F.named('m', F.MINUTE)}"
    r"(?:\s?hrs\b\s*(?:LT\b)?|\s?LT\b)\s*[:\-\u2013]\s*"
)
# "10x civilians", "2x WIA": the desk's multiplier after a count
TIMES = re.compile(r"\b(?P<n>\d{1,4})x(?=\s+\S)")
HEAD_LINES = 3  # the title and the lines under it that may carry the document's date


@dataclass(frozen=True)
class Words:
    title: re.Pattern[str]
    marks: tuple[re.Pattern[str], ...]
    min_marks_titled: int
    min_marks: int


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    title = "|".join(f"(?:{p})" for p in doc["title_words"])
    return Words(
        title=re.compile(rf"\b(?:{title})\b", re.I),
        marks=tuple(re.compile(p) for p in doc["marks"]),
        min_marks_titled=int(doc["min_marks_titled"]),
        min_marks=int(doc["min_marks"]),
    )


def dtg_date(match: re.Match[str]) -> dt.date | None:
    """The day a date-time group names, or None when it names none ("310000ZFEB24")."""
    return F.read(match)


def is_desk(lines: list[str], title: str | None = None) -> bool:
    w = words()
    head = [title] if title else []
    head += lines[: HEAD_LINES - len(head)]
    titled = any(w.title.search(line) for line in head)
    marks = sum(1 for line in lines if any(m.search(line) for m in w.marks))
    return marks >= (w.min_marks_titled if titled else w.min_marks)


def header_date(lines: list[str], title: str | None = None) -> dt.date | None:
    """The first full date of the title or the lines under it ("Report date: 3 April 2024")."""
    head = [title] if title else []
    for line in [*head, *lines][:HEAD_LINES]:
        for found in FULL_DATE.finditer(line):
            day = F.read(found)
            if day is not None:
                return day
    return None


def short_date(a: int, b: int, known: dt.date) -> dt.date | None:
    """The day "a/b" names near ``known`` (the document's date): day first when that reading
    lies within ``SHORT_DAYS`` before it (or ``LATER_DAYS`` after), else month first when that
    one does, else None."""
    for day, month in ((a, b), (b, a)):
        for year in (known.year, known.year - 1, known.year + 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if -LATER_DAYS <= (known - date).days <= SHORT_DAYS:
                return date
    return None


def _words(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def write_dates(line: str, known: dt.date | None) -> str:
    """A desk's DTGs, short dates and nights written out as days in words; a night ("O/N
    19-20 Nov", "19-20/11") as its first day, the day ACLED codes an event that began then."""
    line = DTG.sub(_write_dtg, line)
    if known is None:
        return line

    def short(m: re.Match[str]) -> str:
        day = short_date(int(m["a"]), int(m["b"]), known)
        if day is None:
            return m[0]
        night = bool(m["first"]) and int(m["first"]) + 1 == day.day
        if OPENING.match(line[: m.start()]):
            # a bullet's opening "24/01" is read as a list item's day by extract (dates.py):
            # kept, a night's "19-20/11" as its first day in the same form
            return f"{m['first']}/{m['b']}" if night else m[0]
        if night:
            return _words(day.replace(day=int(m["first"])))
        return m[0] if m["first"] else _words(day)

    def night(m: re.Match[str]) -> str:
        d1, d2 = int(m["d1"]), int(m["d2"])
        if d2 != d1 + 1:
            return m[0]
        found = short_date(d1, MONTHS[m["month"].lower()], known)
        return f"{m['lead']}{_words(found)}" if found else m[0]

    return _DAYS_MONTH.sub(night, SHORT_DATE.sub(short, line))


def _write_dtg(match: re.Match[str]) -> str:
    day = dtg_date(match)
    return f"{day.day} {day.strftime('%B')} {day.year}" if day else match[0]


def read_desk(
    lines: list[str], title: str | None, notes: list[str]
) -> tuple[list[str], dt.date | None]:
    """The lines of a desk's document with its DTGs written out and its multipliers gone, and
    the document's date (see the module's docstring); any other text unchanged, with no date."""
    if not is_desk(lines, title):
        return lines, None
    known = header_date(lines, title)
    out = [
        LINE_CLOCK.sub(r"\g<h>:\g<m> - ", TIMES.sub(r"\g<n>", write_dates(line, known)))
        for line in lines
    ]
    written = sum(a != b for a, b in zip(lines, out, strict=True))
    notes.append(f'{NOTE}: dates written out or counts\' "x" dropped on {written} lines')
    return out, known


__all__ = ["NOTE", "dtg_date", "header_date", "is_desk", "read_desk"]
