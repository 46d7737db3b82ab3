"""Event dates from the words of a sentence, read against the article's publication date.

Precision follows ACLED: 1 the day is known, 2 only the week (the middle of it is coded),
3 only the month (its middle). A date is never after publication: a later reading is pulled
back to the publication date and says so.

A sentence dated only by an earlier year ("But in 2022, authorities arrested him", "In 2019
the group attacked ...", a period "from 1910 to 1940", a timeline entry that opens with its
year, "2014 Islamic State group seizes ...") or by "last year" recalls the past: it is read as
the middle of that year (precision 3, ACLED's coarsest), so that extract/events.py
``retrospective`` sees how far back it lies. A year counts only when the sentence has no finer
date ("the group, which took the town in 2019, attacked a base on Monday" is Monday's), and never
the publication's own year.

Inside a whole article (session 20, helper dates20):

- a day told relative to the day before ("the following day", "a day later", "that night",
  "hours later", "the previous evening") is read against the date the article last told
  (``anchor``), not against publication;
- a weekday of attribution ("the army said on Tuesday that it killed ... on Monday") dates the
  statement, not the event: when the sentence has another date, that one is the event's;
- "overnight" followed by a weekday ("overnight into Thursday", "overnight Saturday to
  Sunday") is that weekday's night, read from the weekday;
- a named day ("the Easter Sunday bombings of 21 April 2019", "on Good Friday":
  ``daynames.NAMED_DAY``) is a weekday of any year: it dates the sentence only when nothing else
  does (session 22, helper dates22);
- a live blog's time-stamped entry ("21:40 - ...", "Update 09:10 GMT: ...") starts afresh: a
  date told in an earlier entry does not carry into it (``opens_entry``, ``day_header``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ceasewatch import datefrag as df
from ceasewatch import daynames
from ceasewatch.extract.lexicon import Lexicon, RelativeDate, any_phrase

# The month and weekday names are every stage's (ceasewatch/daynames.py); in running text only
# a weekday's full name is one ("the sun", "sat down").
MONTHS = dict(daynames.MONTHS)
WEEKDAYS = dict(daynames.FULL_WEEKDAYS)
_MONTHS = df.MONTH  # longest first: "sept" before "sep"
_WEEKDAYS = df.WEEKDAY
_MONTH = df.month()
_DAY = rf"{df.named('day', df.DAY)}{df.ORDINAL}?"
_YEAR = rf"(?:,?\s+{df.named('year', df.YEAR)})?"
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.IGNORECASE)
# The day as it is spoken (``daynames.SPOKEN_DAYS``): "the fourteenth of March", "March the
# twenty-first", "March fourteenth". A spoken ordinal needs "of" after it or the month before
# it: "the first March" or "the second May" are no dates.
_SPOKEN = "|".join(
    w.replace("-", r"[-\s]") for w in sorted(daynames.SPOKEN_DAYS, key=len, reverse=True)
)
SPOKEN_DAY_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<day>{_SPOKEN})\s+of\s+{_MONTH}\b{_YEAR}", re.IGNORECASE
)
SPOKEN_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?:the\s+)?(?P<day>{_SPOKEN})\b{_YEAR}", re.IGNORECASE
)
FULL_DATES = (MONTH_DAY, DAY_MONTH, SPOKEN_MONTH_DAY, SPOKEN_DAY_MONTH)
# "in May", "late March", "last December" (the latest such month before publication)
MONTH_ONLY = re.compile(rf"\b(?:in|during|since|early|late|mid-?|last)\s+{_MONTH}\b{_YEAR}", re.I)
WEEKDAY = re.compile(rf"\b(?P<wd>{_WEEKDAYS})\b", re.IGNORECASE)
_SEASON = r"(?:the\s+(?:spring|summer|autumn|fall|winter|start|end|beginning|middle)\s+of\s+)"
YEAR_ONLY = re.compile(
    rf"\b(?:in|during|throughout)\s+(?:(?:early|late|mid-?)\s*|{_SEASON})?"
    rf"{df.named('year', df.YEAR_PAST)}\b(?![-\u2013/]\d)",
    re.IGNORECASE,
)
# "from 1910 to 1940", "between 1975 and 1990": a period, read as the middle of its last year
# when that lies before the publication year.
PERIOD = re.compile(
    rf"\b(?:from|between)\s+{df.YEAR_PAST}\s+(?:to|until|till|and)\s+"
    rf"{df.named('year', df.YEAR_PAST)}\b",
    re.IGNORECASE,
)
# "2014 Islamic State group seizes swathes ...", "September 2014 The US ... launch": a timeline
# entry (TimelineJS embeds, chronologies) opens with its own year, with no preposition. A
# round hundred is a count, not a year ("2000 Syrian soldiers ..." in comma-less FA-KES text).
LEAD_YEAR = re.compile(
    rf"^\W*(?:{_MONTH}\s+)?(?P<year>(?:19|20)(?!00)\d\d)\s+(?=[A-Z])", re.IGNORECASE
)
# "in the 1860s", "during the early 1990s": a decade, read as its middle when it lies wholly
# before the publication year (a history, not the report's own events).
DECADE = re.compile(
    r"\b(?:in|during|throughout|by)\s+the\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?P<decade>(?:1[0-9]|20)\d0)[\u2019']?s\b",
    re.IGNORECASE,
)
_GAP = re.compile(r",?\s+(?:the\s+)?")
YEAR_DAYS = 365  # a relative phrase reaching this far back is a year-level reading
# "in May last year", "on March 3 of last year": the month is the year before publication's.
LAST_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?last\s+year\b", re.IGNORECASE)
# A month name that is also an English word ("may", "march") counts only when capitalised.
AMBIGUOUS_MONTHS = daynames.NEEDS_CAPITAL
# Cheap tests before the patterns (most sentences hold no date): every month name and
# abbreviation begins with one of these stems, and every year pattern has figures.
_MONTH_STEMS = tuple(sorted({name[:3] for name in MONTHS}))
_DIGIT = re.compile(r"\d")


# Days relative to the date the article last told: "the following day" (+1), "two days later"
# (+2), "later that night" / "hours later" / "the same day" (0), "the previous evening" (-1).
_PART = r"(?:day|morning|afternoon|evening|night)"
_COUNT = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# One of these words is in every match of FOLLOWING, SAME_DAY and PREVIOUS.
_TOLD_BEFORE_WORDS = ("day", "morning", "afternoon", "evening", "night", "later")
FOLLOWING = re.compile(
    rf"\b(?:the\s+(?:following|next)\s+{_PART}|the\s+day\s+after\b(?!\s+tomorrow)"
    r"|(?:a|one)\s+day\s+later|(?P<n>two|three|four|[234])\s+days\s+later)\b",
    re.IGNORECASE,
)
SAME_DAY = re.compile(
    rf"\b(?:later\s+(?:that|the\s+same)\s+{_PART}|(?:the\s+)?same\s+{_PART}"
    r"|that\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:hours|minutes)\s+later)\b",
    re.IGNORECASE,
)
PREVIOUS = re.compile(
    rf"\b(?:the\s+(?:previous|preceding)\s+{_PART}|the\s+day\s+before\b(?!\s+yesterday)"
    r"|(?:a|one)\s+day\s+(?:earlier|before))\b",
    re.IGNORECASE,
)
# A statement's own day: "said on Tuesday that", "told reporters late on Monday", "police
# said Wednesday", "said in Doha on Thursday". Seen only right before the date.
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|claimed|reported|confirmed|added"
    r"|stated|declared|denied|wrote|posted|tweeted|insisted|warned|vowed)"
    r"(?:\s+(?:in|from|to)\s+(?:a\s+statement|reporters|(?-i:[A-Z][\w'-]+)))?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "overnight into Thursday", "overnight Saturday to Sunday", "overnight on Friday"
_NIGHT_OF = re.compile(r"\s+(?:(?:into|to|on|from)\s+)?(?:the\s+night\s+of\s+)?", re.I)
# A live blog's entry opens with its time: "21:40 - ", "Update 09:10 GMT: ", "10.30am: ",
# "0940 GMT - ", "[14:05] ". A bare four-digit number ("1940 - ") is a year, not a time.
_ZONE = r"(?:\s*(?:gmt|utc|bst|cet|cest|eet|eest|msk|ist|pkt|wat|cat|eat|est|edt|cst|cdt|pst|pdt))"
_CLOCK = (
    rf"(?:{df.HOUR}[:.]{df.MINUTE}(?:\s*{df.AMPM})?{_ZONE}?"
    rf"|{df.HOUR}{df.MINUTE}{_ZONE}|{df.HOUR12}\s*{df.AMPM}{_ZONE}?)"
)
ENTRY = re.compile(
    rf"^\W*(?:(?:(?:latest\s+)?updates?|breaking|live)\s*:?\s*(?:at\s+)?)?(?:\[{_CLOCK}\]|{_CLOCK}"
    r"(?:\s*(?:[-\u2013\u2014:|]|\n|$)))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateReading:
    date: dt.date | None
    precision: int
    start: int  # character offsets within the sentence text
    end: int
    note: str = ""
    said: bool = False  # a statement's own day ("said on Tuesday"), not the event's
    named: bool = False  # a named day ("Easter Sunday"): a weekday of any year
    month_named: bool = False  # a month told by its name alone ("in February"), no day


def _clamp(reading: DateReading, published: dt.date) -> DateReading:
    if reading.date is not None and reading.date > published:
        note = f"read {reading.date.isoformat()}, after publication: publication date coded"
        return DateReading(published, max(reading.precision, 2), reading.start, reading.end, note)
    return reading


def _month_day(m: re.Match[str], published: dt.date) -> dt.date | None:
    word = m.group("month")
    if word.lower() in AMBIGUOUS_MONTHS and not word[:1].isupper():
        return None
    month, day = MONTHS[word.lower()], _day_number(m.group("day"))
    year = int(m.group("year")) if m.group("year") else published.year
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not m.group("year") and date > published:
        # "on December 30" in a January report is last year's December.
        date = date.replace(year=year - 1)
    return date


def _day_number(word: str) -> int:
    """ "14", "fourteenth", "twenty first" -> the day of the month."""
    if word.isdigit():
        return int(word)
    return daynames.SPOKEN_DAYS["-".join(word.lower().split())]


# A report's table row or list item opens on its day and month in figures ("16/05 | Mopti |
# ...", "- (10/05) Kabul, PD 6: ..."): a day of the weeks before publication. Never with a dot:
# "2.1 On Tuesday ..." numbers a section.
ROW_DATE = re.compile(
    rf"^[-•*▪–—\s]*\(?{df.named('a', df.DAY)}/{df.named('b', df.MONTH_FIG)}\)?(?![\d/]|\s*%)"
)
ROW_DAYS = 31  # a row's day lies within a month before publication


def _row_date(m: re.Match[str], published: dt.date) -> DateReading | None:
    """The day of a row's "dd/mm" (or "mm/dd" when only that reading falls in the month
    before publication): the reading within ``ROW_DAYS`` days before publication, day first
    when both do; None when neither does."""
    a, b = int(m.group("a")), int(m.group("b"))
    for day, month in ((a, b), (b, a)):
        for year in (published.year, published.year - 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                break
            if date <= published:
                if (published - date).days <= ROW_DAYS:
                    note = f"the row's day {m.group(0).strip()!r}: day/month"
                    if (day, month) != (a, b):
                        note = f"the row's day {m.group(0).strip()!r}: month/day"
                    return DateReading(date, 1, m.start("a"), m.end("b"), note)
                break
    return None


# A full date in figures with dots, "on 05.03.2024", "the 5.3.2024": day, month, year in every
# country that writes it so (Russia, Ukraine, Turkey, Germany, the Balkans, the Maghreb's press),
# and kept so by machine translation (session 24). Slashed dates are left out: "05/03/2024" is
# March or May by the writer's country.
DOTTED_DATE = re.compile(
    rf"(?<![\d.]){df.named('day', df.DAY)}\.{df.named('month', df.MONTH_FIG)}\."
    rf"{df.named('year', df.YEAR)}(?![\d])"
)


def _dotted(m: re.Match[str]) -> DateReading | None:
    try:
        date = dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None
    note = f"{m.group(0)!r}: day.month.year"
    return DateReading(date, 1, m.start(), m.end(), note)


def _month_middle(m: re.Match[str], published: dt.date) -> dt.date | None:
    word = m.group("month")
    if word.lower() in AMBIGUOUS_MONTHS and not word[:1].isupper():
        return None
    year = int(m.group("year")) if m.group("year") else published.year
    date = dt.date(year, MONTHS[word.lower()], 15)
    # "last March" in a March report is the March of the year before
    last = m.group(0).lower().startswith("last") and date.month == published.month
    if not m.group("year") and (date.replace(day=1) > published or last):
        date = date.replace(year=year - 1)
    return date


def _relative(rule: RelativeDate, published: dt.date) -> dt.date:
    if rule.month is not None:
        first = published.replace(day=1)
        for _ in range(-rule.month):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return first.replace(day=15)
    return published - dt.timedelta(days=rule.days or 0)


# A coder's precision tag after a date: "Around 5 June 2022 (month of)", "On 3 May 2023 (week
# of)": the day written is the middle of the period (ACLED's convention), known to that precision.
PRECISION_TAG = re.compile(r"\s*\((?:the\s+)?(?P<unit>week|month)\s+of\)", re.IGNORECASE)


def read_date(
    text: str, published: dt.date | None, lex: Lexicon, anchor: dt.date | None = None
) -> DateReading | None:
    """The first date expression in ``text`` (a sentence); None when it has none. ``anchor``
    is the date the article last told (for "the following day"; publication when None). A
    statement's own day, or a named day ("the Easter Sunday bombings of 21 April 2019"), counts
    only when the sentence has no other date."""
    readings = [r for r in _candidates(text, published, lex, anchor) if r is not None]
    if not readings:
        return None
    readings = [r for r in readings if not (r.said or r.named)] or readings
    first = _tagged(text, min(readings, key=lambda r: r.start))
    return _clamp(first, published) if published else first


def _tagged(text: str, reading: DateReading) -> DateReading:
    """A day followed by "(week of)" or "(month of)" is known only to that week or month."""
    tag = PRECISION_TAG.match(text, reading.end)
    if tag is None or reading.precision != 1:
        return reading
    precision = 2 if tag.group("unit").lower() == "week" else 3
    note = f"'{tag.group(0).strip()}': the day written is the middle of that {tag.group('unit')}"
    return DateReading(reading.date, precision, reading.start, tag.end(), note)


def _candidates(
    text: str, published: dt.date | None, lex: Lexicon, anchor: dt.date | None = None
) -> list[DateReading | None]:
    if published is None:  # "the following day" still counts from a date the text told
        told = _told_before(text, anchor) if anchor is not None else []
        return _drop_nested([*told, *_without_publication(text, anchor)])
    out: list[DateReading | None] = _told_before(text, anchor or published)
    folded = text.casefold()
    if any(stem in folded for stem in _MONTH_STEMS):  # every month pattern names one
        for pattern in FULL_DATES:
            for m in pattern.finditer(text):
                date = _last_year(text, m, _month_day(m, published), published)
                out.append(DateReading(date, 1, m.start(), m.end()) if date else None)
        for m in MONTH_ONLY.finditer(text):
            date = _last_year(text, m, _month_middle(m, published), published)
            out.append(DateReading(date, 3, m.start(), m.end(), month_named=True) if date else None)
    digits = _DIGIT.search(text) is not None
    if digits:
        out.extend(_dotted(m) for m in DOTTED_DATE.finditer(text))
    row = ROW_DATE.match(text)
    if row is not None:
        out.append(_row_date(row, published))
    for m in WEEKDAY.finditer(text):
        if _names_date(text, m):
            continue
        back = (published.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if back == 0 and re.search(r"\blast\s+$", text[: m.start()], re.IGNORECASE):
            back = 7  # "last Tuesday" in a Tuesday's report is a week before
        said = bool(ATTRIBUTION.search(text, 0, m.start()))
        named = any(n.end() == m.end() for n in daynames.NAMED_DAY.finditer(text, 0, m.end()))
        date = published - dt.timedelta(days=back)
        out.append(DateReading(date, 1, m.start(), m.end(), said=said, named=named))
    lower, past = text.lower(), _years(text, published) if digits else []
    # one search for any phrase first: most sentences have none (the loop keeps their order)
    relative = (
        lex.relative_dates.items() if any_phrase(tuple(lex.relative_dates)).search(lower) else ()
    )
    for phrase, rule in relative:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lower):
            if phrase == "overnight" and _night_of_weekday(text, m.end()):
                continue
            reading = DateReading(_relative(rule, published), rule.precision, m.start(), m.end())
            # "last year", "years ago" date the sentence only when nothing finer does
            (past if (rule.days or 0) >= YEAR_DAYS else out).append(reading)
    found = _drop_nested(out)
    return found if any(r is not None for r in found) else _drop_nested(past)


def _told_before(text: str, anchor: dt.date) -> list[DateReading | None]:
    """ "the following day", "hours later", "the previous night": days from ``anchor``."""
    out: list[DateReading | None] = []
    folded = text.casefold()
    if not any(word in folded for word in _TOLD_BEFORE_WORDS):
        return out
    for pattern, sign in ((FOLLOWING, 1), (SAME_DAY, 0), (PREVIOUS, -1)):
        for m in pattern.finditer(text):
            n = _COUNT.get((m.groupdict().get("n") or "").lower(), 1)
            date = anchor + dt.timedelta(days=sign * n)
            note = f"'{m.group(0)}': read from {anchor.isoformat()}, the date told before"
            out.append(DateReading(date, 1, m.start(), m.end(), note))
    return out


def _night_of_weekday(text: str, at: int) -> bool:
    """ "overnight into Thursday": the weekday after "overnight" dates the night."""
    gap = _NIGHT_OF.match(text, at)
    return bool(WEEKDAY.match(text, gap.end() if gap else at))


def opens_entry(text: str) -> bool:
    """A live blog's time-stamped entry ("21:40 - Drones hit ...", "Update 09:10 GMT: ..."),
    perhaps after the day header that opens its day ("Monday, 3 March 22:10 - ...")."""
    return bool(ENTRY.match(text) or ENTRY.match(text[_header_end(text) :]))


def day_header(text: str, reading: DateReading | None) -> bool:
    """The sentence opens with a date standing alone as a heading ("Tuesday, 4 March", "4
    March 2025"), perhaps followed by the first entry's time."""
    if reading is None or not _LEADING_WEEKDAY.fullmatch(text[: reading.start]):
        return False
    end = _header_end(text)
    return end > 0 and reading.end >= len(text[:end].rstrip(" \t\n,-\u2013\u2014:|"))


_HEADER = re.compile(
    rf"^\W*(?:(?:{_WEEKDAYS}),?\s*)?"
    rf"(?:{df.month(None)}\s+{df.DAY}{df.ORDINAL}?|{df.DAY}{df.ORDINAL}?\s+{df.month(None)})"
    rf"(?:,?\s+{df.YEAR})?\s*(?:\n|$|(?=\W*\[?\d{{1,2}}[:.]\d\d))",
    re.IGNORECASE,
)
_LEADING_WEEKDAY = re.compile(rf"\W*(?:(?:{_WEEKDAYS})\W*)?", re.IGNORECASE)
_WEEKDAY_HEADER = re.compile(rf"^\W*(?:{_WEEKDAYS})\s*(?:\n|$)", re.IGNORECASE)


def _header_end(text: str) -> int:
    """Where a leading day header ends (0 when there is none)."""
    m = _HEADER.match(text) or _WEEKDAY_HEADER.match(text)
    return m.end() if m else 0


def _last_year(
    text: str, m: re.Match[str], date: dt.date | None, published: dt.date
) -> dt.date | None:
    """A month or day without a year, followed by "last year", is in the year before
    publication's."""
    if date is None or m.group("year") or not LAST_YEAR.match(text, m.end()):
        return date
    try:
        return date.replace(year=published.year - 1)
    except ValueError:  # 29 February
        return date.replace(year=published.year - 1, day=28)


def _years(text: str, published: dt.date) -> list[DateReading | None]:
    """ "in 2019", "in early 2022", "during the summer of 2017": the middle of an earlier
    year (module docstring)."""
    out: list[DateReading | None] = []
    for pattern in (YEAR_ONLY, PERIOD, LEAD_YEAR):
        for m in pattern.finditer(text):
            year = int(m.group("year"))
            if year < published.year:
                note = f"dated only by the year {year}"
                out.append(DateReading(dt.date(year, 7, 1), 3, m.start(), m.end(), note))
    for m in DECADE.finditer(text):
        decade = int(m.group("decade"))
        if decade + 9 < published.year:
            note = f"dated only by the decade {decade}s"
            out.append(DateReading(dt.date(decade + 5, 1, 1), 3, m.start(), m.end(), note))
    return out


def _names_date(text: str, weekday: re.Match[str]) -> bool:
    """ "on Tuesday April 29 2014", "Tuesday, 4 April": the weekday only names the day of the
    full date after it, which dates the sentence (not the weekday read back from publication)."""
    gap = _GAP.match(text, weekday.end())
    at = gap.end() if gap else weekday.end()
    return any(pattern.match(text, at) for pattern in FULL_DATES)


def _beside_year(text: str, weekday: re.Match[str]) -> bool:
    """ "Tuesday April 29 2014": a weekday naming a full date that gives its year."""
    gap = _GAP.match(text, weekday.end())
    at = gap.end() if gap else weekday.end()
    full = MONTH_DAY.match(text, at) or DAY_MONTH.match(text, at)
    return full is not None and bool(full.group("year"))


def _without_publication(text: str, anchor: dt.date | None = None) -> list[DateReading | None]:
    """With no publication date only a date that names its year can be read ("on 4 April
    2017"), and a day told from it ("the following day": ``_candidates``); "on Tuesday" or "May
    3" is read against the date the article told before (``anchor``: "Tuesday" the latest on or
    before it, "May 3" in the year nearest it), else still seen (so a date phrase is known to be
    there) but stays undated."""
    out: list[DateReading | None] = []
    for pattern in FULL_DATES:
        for m in pattern.finditer(text):
            if m.group("year"):
                date = _month_day(m, dt.date(int(m.group("year")), 12, 31))
                out.append(DateReading(date, 1, m.start(), m.end()) if date else None)
    for m in MONTH_ONLY.finditer(text):
        if m.group("year"):
            date = _month_middle(m, dt.date(int(m.group("year")), 12, 31))
            out.append(DateReading(date, 3, m.start(), m.end()) if date else None)
    out.extend(_dotted(m) for m in DOTTED_DATE.finditer(text))
    undated = "no publication date to read it against"
    searched = (MONTH_DAY, DAY_MONTH, WEEKDAY) if anchor else (MONTH_DAY, WEEKDAY)
    for found in (pattern.search(text) for pattern in searched):
        if found and not found.group(0)[-4:].isdigit() and not _beside_year(text, found):
            read = _against(text, found, anchor) if anchor else None
            out.append(read or DateReading(None, 1, found.start(), found.end(), undated))
    return _drop_nested(out)


def _against(text: str, m: re.Match[str], anchor: dt.date) -> DateReading | None:
    """A weekday or a day and month without a year, in a text with no publication date, read
    against the date the text told before: a report tells its days by the week and year it
    speaks from, and with no date line the only such day it gives is the one it told (a
    bulletin that opens "Friday 14 March 2025", then says "on Tuesday" of the days before)."""
    note = f"{m.group(0)!r}: read against {anchor.isoformat()}, the date told before"
    note += " (no publication date)"
    if "wd" in m.groupdict():
        if _names_date(text, m):
            return None
        back = (anchor.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if back == 0 and re.search(r"\blast\s+$", text[: m.start()], re.IGNORECASE):
            back = 7
        said = bool(ATTRIBUTION.search(text, 0, m.start()))
        named = any(n.end() == m.end() for n in daynames.NAMED_DAY.finditer(text, 0, m.end()))
        date = anchor - dt.timedelta(days=back)
        return DateReading(date, 1, m.start(), m.end(), note, said=said, named=named)
    word = m.group("month")
    if word.lower() in AMBIGUOUS_MONTHS and not word[:1].isupper():
        return None
    readings = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            readings.append(dt.date(year, MONTHS[word.lower()], _day_number(m.group("day"))))
        except ValueError:
            continue
    if not readings:
        return None
    date = min(readings, key=lambda d: abs((d - anchor).days))
    return DateReading(date, 1, m.start(), m.end(), note)


def _drop_nested(readings: list[DateReading | None]) -> list[DateReading | None]:
    """ "this week" inside "earlier this week": keep the longer phrase."""
    real = [r for r in readings if r is not None]
    return [
        r
        for r in real
        if not any(
            o is not r
            and o.start <= r.start
            and r.end <= o.end
            and (o.end - o.start) > (r.end - r.start)
            for o in real
        )
    ]
