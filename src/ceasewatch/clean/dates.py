"""Publication dates as printed by sites, resolved honestly.

"11-1-2018" is 11 January or 1 November. We never guess: an ambiguous numeric date is
resolved by the body's own dateline ("On January 11", "DAMASCUS, Jan 11 (Reuters)"), and the
resolution says how. When nothing decides, the date stays unknown and the note says why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ceasewatch import datefrag as df
from ceasewatch.clean.dateline import grammar

# Month names are data, shared with the dateline grammar (clean/data/dateline.yaml).
MONTHS = grammar().months
_MONTH_RE = df.MONTH
_NUMERIC = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+({df.FIG2}){df.ORDINAL}?\b", re.I)
_DAY_MONTH = re.compile(rf"\b({df.FIG2}){df.ORDINAL}?\s+(?:of\s+)?({_MONTH_RE})\b\.?", re.I)
# The dateline sits at the top of a report; dates further down describe other days.
DATELINE_CHARS = 400


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date | None
    how: str


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline(body: str) -> tuple[int, int, str] | None:
    """(month, day, words) of the first month-day mention near the top of the body."""
    head = body[:DATELINE_CHARS]
    found = []
    for match in _MONTH_DAY.finditer(head):
        found.append((match.start(), MONTHS[match.group(1).lower()], int(match.group(2)), match))
    for match in _DAY_MONTH.finditer(head):
        found.append((match.start(), MONTHS[match.group(2).lower()], int(match.group(1)), match))
    if not found:
        return None
    _, month, day, match = min(found, key=lambda f: f[0])
    return month, day, match.group(0)


def resolve_date(raw: str, body: str) -> ResolvedDate:
    """Read a site-printed date; resolve day/month order from the body when ambiguous."""
    raw = raw.strip()
    match = _NUMERIC.match(raw)
    if not match:
        return _textual(raw)
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:  # ISO order y-m-d is never ambiguous
        date = _safe_date(a, b, c)
        return ResolvedDate(date, f"{raw!r} read as year-month-day" if date else "invalid date")
    year = _year(match.group(3))
    day_month = _safe_date(year, b, a)
    month_day = _safe_date(year, a, b)
    if day_month and not month_day:
        return ResolvedDate(day_month, f"{raw!r} read as day-month ({b} is not a valid day)")
    if month_day and not day_month:
        return ResolvedDate(month_day, f"{raw!r} read as month-day ({b} cannot be a month)")
    if day_month is None or month_day is None:
        return ResolvedDate(None, f"{raw!r} is not a valid date")
    if day_month == month_day:
        return ResolvedDate(day_month, f"{raw!r}: day and month are equal")
    return _by_dateline(raw, body, day_month, month_day)


def _by_dateline(raw: str, body: str, day_month: dt.date, month_day: dt.date) -> ResolvedDate:
    line = dateline(body)
    if line is not None:
        month, day, words = line
        for candidate, order in ((day_month, "day-month"), (month_day, "month-day")):
            if (candidate.month, candidate.day) == (month, day):
                return ResolvedDate(
                    candidate,
                    f"{raw!r} is ambiguous; read as {order} because the body's dateline "
                    f"says {words!r}",
                )
    return ResolvedDate(
        None,
        f"{raw!r} is ambiguous ({day_month.isoformat()} or {month_day.isoformat()}) and "
        "the body's dateline does not decide; date left unknown",
    )


def _textual(raw: str) -> ResolvedDate:
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})", raw)
    if iso:
        date = _safe_date(*(int(p) for p in iso.group(1).split("-")))
        return ResolvedDate(date, f"{raw!r} read as ISO date" if date else "invalid date")
    import dateparser  # slow to import; only textual dates need it

    parsed = dateparser.parse(raw, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        return ResolvedDate(None, f"{raw!r} is not a date we can read")
    return ResolvedDate(parsed.date(), f"{raw!r} read as a written-out date")
