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

from ceasewatch.daynames import MONTHS, alternation

DATA = Path(__file__).with_name("data") / "desk.yaml"
NOTE = "read as a security desk's document"

_MONTH = alternation(MONTHS)
# "23 February 2021", "w/e 15 July 2019", "March 4, 2025"
FULL_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.I,
)
# The date-time group: DDHHMM, the zone letter, the month's three letters, the year's two digits
DTG = re.compile(
    r"\b(?P<d>[0-3]\d)(?P<h>[0-2]\d)(?P<mi>[0-5]\d)(?P<z>[A-Z])(?P<mon>[A-Z]{3})(?P<y>\d{2})\b"
)
_DTG_MONTHS = {
    m: i
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}
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
    """The day a date-time group names, or None when it names none."""
    month = _DTG_MONTHS.get(match["mon"])
    if month is None:
        return None
    try:
        return dt.date(2000 + int(match["y"]), month, int(match["d"]))
    except ValueError:
        return None


def _full_date(match: re.Match[str]) -> dt.date | None:
    if match["d1"]:
        day, month, year = match["d1"], match["m1"], match["y1"]
    else:
        day, month, year = match["d2"], match["m2"], match["y2"]
    try:
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


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
            day = _full_date(found)
            if day is not None:
                return day
    return None


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
    out = [TIMES.sub(r"\g<n>", DTG.sub(_write_dtg, line)) for line in lines]
    dtgs = sum(len(DTG.findall(line)) for line in lines)
    notes.append(f"{NOTE}: {dtgs} date-time groups written out")
    return out, header_date(lines, title)


__all__ = ["NOTE", "dtg_date", "header_date", "is_desk", "read_desk"]
