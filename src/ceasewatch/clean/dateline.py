"""The report's own date, read from the dateline at the head of its body.

Wire copy opens with "KHARTOUM, May 23, 2023 (Reuters) -"; sites print "Published October 3
2016", "Wed 05 Apr 2017" or "23-04-2016" above or before the first sentence. The grammar's words
are data (``clean/data/dateline.yaml``; the month and weekday names are every stage's,
``ceasewatch/daynames.py``). We read three positions, in this order:

1. a wire dateline opening one of the first paragraphs: place, optional weekday, date, optional
   agency, a dash; a place with no date ("KHARTOUM (Reuters) -") is a dateline that names no
   date, and the date stays unknown;
2. a date opening one of the first paragraphs, after an optional lead-in ("Published", "On")
   and weekday;
3. a full date (day, month and year) in the opening line, before the first sentence ends,
   unless a word such as "since" or "the" shows that it dates something else.

A date without a year takes its year only from the input's URL. An ambiguous numeric date
("06-08-2013") is decided by a weekday the text names, else by its separator's convention (dots
and dashes with the year last are day-month-year; slashes stay unknown). Dates
outside 1900..tomorrow are never accepted. Every outcome says how it was reached.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ceasewatch import datefrag as df
from ceasewatch import daynames
from ceasewatch.clean.translated import note_words

DATA = Path(__file__).with_name("data") / "dateline.yaml"
EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class Dateline:
    date: dt.date | None
    how: str  # the basis of the date, or why there is none
    words: str  # the dateline as printed
    place: str | None = None  # the place a wire dateline names


@dataclass(frozen=True)
class Grammar:
    months: dict[str, int]
    needs_capital: frozenset[str]
    weekdays: dict[str, int]
    not_after: frozenset[str]
    day_first_separators: str
    head_chars: int
    head_paragraphs: int
    wire: re.Pattern[str]
    city_only: re.Pattern[str]
    opening: re.Pattern[str]
    full_date: re.Pattern[str]
    qualifier: re.Pattern[str]
    # a site's date line of several parts: "Last updated 19 October 2024 00:20 GMT | Published
    # 18 October 2024", "By Staff reporter, 18 October 2024" (``site_line``)
    site_rest: re.Pattern[str]
    original: re.Pattern[str]
    month: str  # the month names as a regex alternation (for patterns built elsewhere)
    weekday: str  # the weekday names, with an optional stop and comma ("Tue.,")


_alternation = daynames.alternation


def _date_pattern(month: str, *, year_optional: bool) -> str:
    def day(n: int) -> str:
        return rf"{df.named(f'day{n}', df.DAY)}{df.ORDINAL}?(?!\d)"

    def year(n: int) -> str:
        return rf"{df.named(f'year{n}', df.YEAR)}(?!\d)"

    mdy = rf"{df.month('month1', month)}\s+{day(1)}(?:(?:,\s*|\s+){year(1)})"
    dmy = rf"{day(2)}\s+(?:of\s+)?{df.month('month2', month)}(?:,?\s+{year(2)})"
    if year_optional:
        mdy, dmy = mdy + "?", dmy + "?"
        glued = ""
    else:  # "Apr 232017": text stripped of punctuation runs a two-digit day into the year
        glued = (
            rf"|{df.month('monthc', month)}\s+{df.named('dayc', df.DAY_2)}"
            rf"{df.named('yearc', df.YEAR)}(?!\d)"
        )
    iso = rf"{df.named('iso', df.ISO_DATE)}(?![\d-])"
    numeric = rf"(?P<num>{df.FIG2}(?P<sep>[-./]){df.FIG2}(?P=sep){df.YEAR})(?!\d)"
    return rf"(?:{iso}|{numeric}|{mdy}|{dmy}{glued})"


@cache
def grammar(path: Path = DATA) -> Grammar:
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    months, weekdays = dict(daynames.MONTHS), dict(daynames.WEEKDAYS)
    month = df.ci(df.MONTH)
    weekday = rf"{df.ci(df.WEEKDAY_ABBR)}\.?,?"
    lead = rf"(?i:{_alternation([str(w) for w in doc['lead_ins']])})"
    # "BAGHDAD/WASHINGTON": a report filed from two cities names both, joined by a slash
    part = r"[A-Z][\w'’.-]*(?:(?:\s+|/)[A-Z][\w'’.-]*){0,3}"
    agency = r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    dash = r"\s*[-–—:]"
    return Grammar(
        months=months,
        needs_capital=daynames.NEEDS_CAPITAL,
        weekdays=weekdays,
        not_after=frozenset(str(w) for w in doc["not_after"]),
        day_first_separators="".join(doc["day_first_separators"]),
        head_chars=int(doc["head_chars"]),
        head_paragraphs=int(doc["head_paragraphs"]),
        wire=re.compile(
            rf"^(?P<place>{part}(?:,\s*{part}){{0,2}}),\s*(?:{weekday}\s+)?"
            rf"{_date_pattern(month, year_optional=True)}{agency}{dash}"
        ),
        city_only=re.compile(
            rf"^(?P<place>[A-Z][A-Z'’.-]{{2,}}(?:(?:\s+|/)[A-Z][A-Z'’.-]+){{0,3}}"
            rf"(?:,\s*{part}){{0,2}}){agency}\s*[-–—]\s"
        ),
        opening=re.compile(
            rf"^(?:(?P<lead>{lead}):?\s+)?(?:{weekday}\s+)?"
            rf"{_date_pattern(month, year_optional=False)}"
        ),
        full_date=re.compile(rf"(?<![\w-]){_date_pattern(month, year_optional=False)}"),
        qualifier=_qualifier(doc),
        site_rest=re.compile(
            rf"(?:\b(?:{lead}|{weekday}|by\s+[\w .'’-]{{1,40}}?(?=,|\s*[|·•])|at)\b"
            rf"|{df.HOUR}[:.]{df.MINUTE}(?:\s*{df.AMPM})?|\b[A-Z]{{2,5}}\b|[A-Z]{{3,5}}[+-]\d{{1,2}}"
            r"|[\s|·•,;:()\u2013\u2014-]+)+",
            re.IGNORECASE,
        ),
        original=re.compile(r"(?i:(?:first\s+)?published|posted|date\s+of\s+publication)\W*$"),
        month=month,
        weekday=weekday,
    )


def _qualifier(doc: dict[str, Any]) -> re.Pattern[str]:
    """A coder's bracket right after the opening date: "(month of)", "(between 1 and 3
    January)" (data ``date_qualifiers``, ``date_range_openers``)."""
    whole = _alternation([str(w) for w in doc.get("date_qualifiers", ())])
    ranges = _alternation([str(w) for w in doc.get("date_range_openers", ())])
    return re.compile(rf"\s*\((?i:(?:{whole})|(?:{ranges})\s[^()\n]{{1,40}})\)")


def read_dateline(body: str, *, url: str | None = None, today: dt.date | None = None) -> Dateline:
    """The publication date the body's head prints, or an unknown date with the reason."""
    g = grammar()
    latest = (today or dt.datetime.now(dt.UTC).date()) + dt.timedelta(days=1)
    head = body[: g.head_chars]
    paragraphs = [p.strip() for p in head.split("\n") if p.strip()][: g.head_paragraphs]
    site = next((d for d in (_site_line(p, body, g) for p in paragraphs) if d), None)
    for index, paragraph in enumerate(paragraphs):
        found = _at_paragraph_start(paragraph, body, url, g, first=index == 0)
        later = [g.wire.match(p) for p in paragraphs[index + 1 :]]
        if found is not None and found.place is None and any(later) and site is not None:
            continue  # "Updated: 19 Oct 2024 07:05" above "BELFAST, Oct 18 (Reuters) -"
        if found is not None and site is not None and site.date is not None:
            if found.date is None and found.place is not None:
                found = _year_from_site(found, site)
            elif _is_updated(paragraph, found, g):
                found = site  # "Updated 19 Oct ... | Published 18 Oct": the first publication
        if found is not None:
            return _bounded(found, latest)
    if site is not None:
        return _bounded(site, latest)
    city = next((m for m in map(g.city_only.match, paragraphs) if m), None)
    found = _in_opening_line(paragraphs[0], body, g) if paragraphs else None
    if found is not None and city is not None and paragraphs[0].startswith(city.group(0)):
        # "LYON, France (Reuters) - ... officials said on Wednesday, Oct. 18, 2023.": the
        # date is the lead's, the dateline's words (blanked as metadata) stay its place
        words = city.group(0).strip()
        how = f"the body's dateline {words!r} names no date; {found.how}"
        return _bounded(Dateline(found.date, how, words, city.group("place")), latest)
    if found is not None:
        return _bounded(found, latest)
    deeper = _deeper_site_line(body, g)
    if deeper is None or deeper.date is None:
        deeper = _lead_below_headlines(paragraphs, body, g) or deeper
    if city is not None:
        words = city.group(0).strip()
        if deeper is not None and deeper.date is not None:
            how = f"the body's dateline {words!r} names no date; {deeper.how}"
            return _bounded(Dateline(deeper.date, how, words, city.group("place")), latest)
        reason = f"the body's dateline {words!r} names a place but no date: date left unknown"
        return Dateline(None, reason, words, city.group("place"))
    if deeper is not None:
        return _bounded(deeper, latest)
    return Dateline(None, "the body opens with no dateline", "")


HEADLINE_CHARS = 160  # a kicker ("PRESS RELEASE") or a second headline line is short


def _lead_below_headlines(paragraphs: list[str], body: str, g: Grammar) -> Dateline | None:
    """A full date in the opening line of the report's lead when headline lines come first: a
    kicker or a second headline ("PRESS RELEASE", "Residents flee after gunmen strike"; short
    and closing on no full stop) above "Troops on Sunday, 10 March 2024 repelled ...". Read as
    the body's first line is (``_in_opening_line``); its words stay report text."""
    for index, paragraph in enumerate(paragraphs[: g.head_paragraphs]):
        headline = len(paragraph) <= HEADLINE_CHARS and not re.search(r"[.!?\"”’]$", paragraph)
        if index == 0 and not headline:
            return None  # the body's first line is its lead, read already
        if not headline:
            found = _in_opening_line(paragraph, body, g)
            if found is None:
                return None
            how = f"the lead below {index} headline line(s): {found.how}"
            return Dateline(found.date, how, "")
    return None


DEEPER_CHARS = 1200  # a live blog's "Published ..." line may follow a headline, a standfirst,
DEEPER_PARAGRAPHS = 10  # "Key events" and a byline


def _deeper_site_line(body: str, g: Grammar) -> Dateline | None:
    """A site's date line below the head (``_site_line``), as the last resort. Its words are
    not blanked (the paragraphs above it are the report's)."""
    paragraphs = [p.strip() for p in body[:DEEPER_CHARS].split("\n") if p.strip()]
    for paragraph in paragraphs[g.head_paragraphs : DEEPER_PARAGRAPHS]:
        found = _site_line(paragraph, body, g)
        if found is not None:
            return Dateline(found.date, f"below the head, {found.how}", "")
    return None


def _site_line(paragraph: str, body: str, g: Grammar) -> Dateline | None:
    """A short paragraph made only of dates and a site's words around them ("Last updated 19
    October 2024 00:20 GMT | Published 18 October 2024", "By Staff reporter, 18 October
    2024", "Updated: 19 Oct 2024 07:05"): the first publication's date when a part says so
    ("Published", "Posted"), else the earliest."""
    if len(paragraph) > 160:
        return None
    dates = [m for m in g.full_date.finditer(paragraph) if _month_ok(m, g)]
    if not dates:
        return None
    rest = g.full_date.sub(" ", paragraph)
    if g.site_rest.fullmatch(rest) is None:
        return None
    read: list[tuple[re.Match[str], dt.date, str]] = []
    for m in dates:
        date, how = _date_of(m, body, g)
        if date is not None:
            read.append((m, date, how))
    if not read:
        return None
    first = [r for r in read if g.original.search(paragraph[: r[0].start()].split("|")[-1])]
    match, day, how = first[0] if first else min(read, key=lambda r: r[1])
    which = "the first publication's" if first else "the earliest"
    how = f"the site's date line {paragraph!r}: {which}, {match.group(0)!r}, {how}"
    return Dateline(day, how, paragraph)


def _is_updated(paragraph: str, found: Dateline, g: Grammar) -> bool:
    """A paragraph that opens with an update's date ("Updated: ...") and names another."""
    return bool(re.match(r"\W*(?:last\s+)?updated", paragraph, re.IGNORECASE)) and bool(found.date)


def _year_from_site(found: Dateline, site: Dateline) -> Dateline:
    """ "BELFAST, Oct 18 (Reuters) -" under a site line "Updated: 19 Oct 2024 07:05": the
    dateline's day in the year that puts it on or before the site's date."""
    assert site.date is not None
    g = grammar()
    wire = g.wire.match(found.words)
    if wire is None:
        return found
    n = next((n for n in "12" if wire.group(f"month{n}")), None)
    if n is None:
        return found
    month, day = g.months[wire.group(f"month{n}").lower()], int(wire.group(f"day{n}"))
    for year in (site.date.year, site.date.year - 1):
        date = _safe(year, month, day)
        if date is not None and date <= site.date:
            how = f"{found.how}; year {year} from the site's date line {site.words!r}"
            return Dateline(date, how, found.words, found.place)
    return found


def read_title_date(title: str | None, body: str) -> Dateline | None:
    """The date a headline ends on ("Russia-Ukraine war: live, Saturday, August 23, 2025",
    "Sahel security update | 3 March 2024", "Humanitarian update (as of 14 May 2024)",
    "Morning news bulletin, Tuesday 4 June 2019, 07:00"): a site that prints no date line dates
    its live blog, bulletin or situation report in the title (``_closing_date``). Read only
    when the body gives no date."""
    if not title:
        return None
    found = _closing_date(title, body)
    if found is None:
        return None
    date, how = found
    return Dateline(date, f"the title ends on {how}", "")


NOTE_CHARS = 200  # an editor's note is a line or two, never the lead's paragraph of prose


def read_note_date(body: str) -> Dateline | None:
    """The date an editor's note at the head of the body ends on: a translated or republished
    report's provenance ("Translated from French. Originally published by a Bamako daily, 13
    February 2024.", "A regional news website, 8 November 2023.", "Text of report by a news
    website on 8 November 2023"); else the date a statement's sign-off at its foot ends on
    ("Issued at Abuja on 12 March 2024.", "Abuja, 12 March 2024"). Only a short paragraph
    (``NOTE_CHARS``): at the head before the report's first paragraph of prose, at the foot one
    of the last two, opening with a publishing word or of four words at most; and only a
    sentence of it that closes on a full date set off from the words before it, as a title's
    date is (``_closing_date``), never "Next update: ...". Read only when the body's head
    gives no date; its words stay report text (they are no dateline)."""
    g = grammar()
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    head = []
    for paragraph in paragraphs[: g.head_paragraphs]:
        if len(paragraph) > NOTE_CHARS:
            break  # the report's prose has begun: a note heads it
        head.append(paragraph)
    foot = [p for p in paragraphs[-2:][::-1] if len(p) <= NOTE_CHARS and p not in head]
    for where, notes in (("head note", head), ("sign-off", foot)):
        for paragraph in notes:
            # a cover block's cells are sentences of their own ("Period: 6-12 February 2023 |
            # Distribution: partners": the period closes its cell, not the line)
            cells = []
            for whole in _sentences(paragraph, g):
                cells += [whole, *whole.split(" | ")[:-1]]
            for sentence in cells:
                if re.match(r"\W*next\b", sentence, re.IGNORECASE):
                    continue  # "Next update: 19 March 2024" dates a report to come
                words = re.findall(r"[A-Za-z]+", g.full_date.sub(" ", sentence))
                if where == "sign-off" and not (_OPENER.match(sentence) or len(words) <= 4):
                    continue  # a story's last sentence is no sign-off
                found = _closing_date(sentence, body)
                if found is not None:
                    date, how = found
                    return Dateline(date, f"the {where} {paragraph!r} ends on {how}", "")
    return None


def _sentences(paragraph: str, g: Grammar) -> list[str]:
    """The paragraph's sentences (``_first_sentence`` applied in turn)."""
    out = []
    rest = paragraph
    while rest:
        first = _first_sentence(rest, g)
        out.append(first)
        rest = rest[len(first) :].strip()
    return out


def _closing_date(line: str, body: str) -> tuple[dt.date | None, str] | None:
    """A full date closing ``line`` (a closing bracket allowed; a clock time after it, "...,
    Tuesday 4 June 2019, 07:00", "(17:00 hrs)", dropped; of a period, "4-10 March 2024", its
    last day) set off from the words before it: by a separator (",", ":", "|", a dash), an
    opening bracket, a weekday, "as of" or a publishing word ("published", "issued"); never
    after a word that makes it another time's ("since", "after": "Ten years since the massacre
    of March 16, 1988" dates nothing). The date and how it was read ("the date '...': ..."),
    or None."""
    g = grammar()
    text = line.strip().rstrip(".").rstrip()
    text = _NOTE_TAIL.sub("", text)
    text = _CLOCK_TAIL.sub("", _ZONE_TAIL.sub("", text)).rstrip()
    closed = text.endswith(")")
    text = text.rstrip(")").rstrip()
    # a period's dash before its last day's number ("4-10 March") reads as a word boundary
    text = re.sub(r"(?<!\d)(\d{1,2})\s*([-\u2013\u2014])\s*(?=\d{1,2}\s)", r"\1 \2 ", text)
    weekday, month = g.weekday, g.month
    # and a dash between a month and the last day ("6 February-12 February 2023")
    text = re.sub(rf"\b({month})\.?([-\u2013\u2014])(?=\d{{1,2}}\s)", r"\1 \2 ", text)
    us_range = re.search(  # "Security bulletin, March 4-10, 2024": the period's last day
        rf"{df.month('month', month)}\s+{df.FIG2}\s*[-\u2013]\s*{df.named('day', df.FIG2)},?\s+"
        rf"{df.named('year', df.YEAR)}$",
        text,
    )
    if us_range is not None and (
        us_range["month"][0].isupper() or us_range["month"].lower() not in g.needs_capital
    ):
        lead = text[: us_range.start()].rstrip()
        if lead.endswith((",", ":", "|", "-", "\u2013", "\u2014")):
            n = g.months[us_range.group("month").lower()]
            date, how = _checked(int(us_range["year"]), n, int(us_range["day"]), "its last day")
            if date is not None:
                return date, f"the period {us_range.group(0)!r}: {how}"
    short = re.search(  # a monitor's "in French 0700 gmt 14 Mar 24": a two-digit year
        rf"{_BULLETIN_CLOCK}\s+{df.named('day', df.DAY)}\s+{df.month('month', month)}"
        r"\s+(?P<year>\d\d)$",
        text,
    )
    if short is not None and (
        short["month"][0].isupper() or short["month"].lower() not in g.needs_capital
    ):
        n = g.months[short["month"].lower()]
        how = "a bulletin's day with a two-digit year"
        date, how = _checked(2000 + int(short["year"]), n, int(short["day"]), how)
        if date is not None:
            return date, f"the date {short.group(0)!r}: {how}"
    for match in g.full_date.finditer(text):
        if match.end() != len(text) or not _month_ok(match, g):
            continue
        lead = text[: match.start()].rstrip()
        # "Weekly bulletin, 4-10 March 2024", "28 February - 5 March 2024": the period's last day
        whole = lead
        lead = re.sub(
            rf"\b\d{{1,2}}(?:\s+{month}\.?)?\s*(?:[-\u2013\u2014]|\bto\b)\s*$", "", lead
        ).rstrip()
        period = "the last day of the period it ends on" if lead != whole else "the date"
        set_off = re.search(
            rf"(?:\b{weekday}|(?i:\bas\s+(?:of|at)\b)|(?i:\b(?:{_PUBLISHING})(?:\s+on)?)"
            rf"|(?i:\(?\s*\b(?:{_CHANNEL_DAY}))|{_BULLETIN_CLOCK}|(?i:\b(?:{_SITTING}))|\()\s*$",
            lead,
        )
        if set_off is None and lead != whole:
            # "Covering 16 May - 22 May 2020", "Period from 1 to 7 March 2024"
            set_off = re.search(r"(?i:\b(?:covering|period|from))\s*$", lead)
        opener = _OPENER.match(text) or _OPENER.match(text, text.find(":") + 1)
        if set_off is None and opener and re.search(r"\bon\s*$", lead):
            # "Issued at Abuja on 12 March 2024", "Text of report by a website on 8 November",
            # after a monitor's label ("BBC Monitoring: Text of report by ... on 14 March 2024")
            set_off = re.search(r"\bon\s*$", lead)
        if set_off is not None:
            lead = lead[: set_off.start()].rstrip()
        elif closed or not lead.endswith((",", ":", "|", "-", "\u2013", "\u2014")):
            continue
        words = re.findall(r"[\w']+", lead.lower())
        if words and words[-1] in g.not_after:
            continue
        date, how = _date_of(match, body, g)
        if date is None:
            return None
        return date, f"{period} {match.group(0)!r}: {how}"
    return None


# Words that set a closing date off as the day of publishing ("published June 14, 2024",
# "issued 8 November 2023", "broadcast on 4 June 2019").
_PUBLISHING = "published|issued|released|dated|posted|updated|broadcast|aired|recorded|transcribed"
# A broadcast's, a session's or a briefing's own day closing a transcript's header ("EVENING NEWS -
# BROADCAST OF 14 MARCH 2024", "verbatim record of the sitting of 14 March 2024", "Transcript of
# the press conference held on 14 March 2024"): the day the words were said, as rush transcripts,
# parliaments' verbatim records and ministries' briefing transcripts head them.
_SITTING = (
    r"(?:the\s+)?(?:broadcast|bulletin|edition|newscast|programme|program|session|sitting|briefing"
    r"|conference|interview|debate)\s+of|held\s+on"
)
# A messaging channel's day as a monitor saves it ("River Valley Watch | channel log saved 12
# March 2024", "CITY NEWS | messages of 12 March 2024", "(posts of 12 Mar 2024)"): the posts'
# day, the date of every post under it.
_CHANNEL_DAY = r"(?:messages|posts|log|feed|updates)\s+(?:of|for|from|on)|saved|exported|archived"
# A closing time zone in brackets after the date ("14 Oct 2024 (UTC+8)"): the channel's clock.
_ZONE_TAIL = re.compile(rf"\s*\((?:UTC|GMT)(?:\s*[+\u2212-]\s*\d{{1,2}}(?::?{df.MINUTE})?)?\)$")
# A transcript's note after its date ("... 14 November 2024 (translated)", "(translated from
# Arabic)", "(unofficial English translation)", "(extract)", ", with news channel live
# commentary"): how the monitor took the text down, not another time. Broadcast monitors print
# it after the bulletin's time and date (BBC Monitoring's "Text of report by ... radio on 14 March
# 2024"; rush transcripts' "(English translation)").
# The note's words are clean/data/translated.yaml's (``note_words``, ``with_words``), one list
# with the translation credits.
_NOTE, _WITH = note_words()
_NOTE_TAIL = re.compile(
    rf"\s*(?:\((?=[^()\d]*\b(?i:{_NOTE})\b)[^()\d]{{1,60}}\)"
    r"|\(in\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\)|,\s*with\s+(?i:[a-z]+\s+){0,3}(?i:live\s+)?"
    rf"(?i:{_WITH}))$"
)
# A bulletin's time before its date ("in French 0700 gmt 12 March 2024", "0600 hrs 14 February
# 2023"): the monitor's habit of giving the broadcast's clock, then its day; it sets the date off.
_BULLETIN_CLOCK = rf"\b{df.HOUR2}:?{df.MINUTE}\s*(?i:gmt|utc|hrs|hours)\b"
# A line that opens by saying it was published ("Issued at Abuja on ...", "Text of report by
# ... on ..."): its closing date after "on" is the publishing day.
_OPENER = re.compile(
    rf"\W*(?:(?:originally|first)\s+)?(?:{_PUBLISHING}|signed|done)\b|\W*text\s+of\b", re.I
)
# A clock time after a closing date: ", 07:00", " at 0700 GMT", " (17:00 hrs)", " - 10.30am"
_ZONE = r"(?:hrs|hours|h|local(?:\s+time)?|[A-Z]{2,4}(?:[+-]\d{1,2})?)"
_CLOCK_TAIL = re.compile(  # "0700" only with its zone or "hrs": alone, it could be a year
    rf"(?:\s*[,|/\u2013\u2014-]\s*|\s+)(?:at\s+)?\(?(?:{df.HOUR}[:.h]{df.MINUTE}"
    rf"(?:\s*{df.ci(df.AMPM)})?(?:\s*{_ZONE})?|{df.HOUR2}{df.MINUTE}\s*{_ZONE}"
    rf"|{df.HOUR12}\s*(?i:[ap]\.?m\b\.?)(?:\s*{_ZONE})?)\)?$",  # "7pm", "8 p.m. ET"
)


def is_dateline(line: str) -> bool:
    """A line that is a dateline and nothing else ("Gusau, 14 September 2023 -", "KHARTOUM
    (Reuters) -", a site's "Published 13 March 2025"): the head of the report, never its
    headline."""
    g = grammar()
    text = line.strip()
    wire = g.wire.match(text)
    if wire and _month_ok(wire, g) and not text[wire.end() :].strip():
        return True
    city = g.city_only.match(text + " ")
    if city is not None and not text[city.end() - 1 :].strip():
        return True
    # a site's date line ("Published 13 March 2025", "Updated: Friday, May 3, 2024")
    opening = g.opening.match(text)
    if opening and _month_ok(opening, g) and not text[opening.end() :].strip(" .,|"):
        return True
    # a site's date line of several parts ("Last updated 19 Oct 2024 00:20 GMT | Published ...")
    return _site_line(text, text, g) is not None


def _at_paragraph_start(
    paragraph: str, body: str, url: str | None, g: Grammar, *, first: bool
) -> Dateline | None:
    wire = g.wire.match(paragraph)
    if wire and _month_ok(wire, g):
        words = wire.group(0)
        date, how = _date_of(wire, body, g, url=url)
        return Dateline(date, f"the body's dateline {words!r}: {how}", words, wire.group("place"))
    opening = g.opening.match(paragraph)
    # "On 9 May 2020, ..." dates the report only as its first words; a later paragraph that
    # opens so is background ("On 15 March 2011, protests began").
    on_later = not first and (opening.group("lead") or "").lower() == "on" if opening else False
    if opening and _month_ok(opening, g) and not on_later:
        date, how = _date_of(opening, body, g)
        words = opening.group(0)
        bracket = g.qualifier.match(paragraph, opening.end())
        if bracket:  # "On 2 January 2019 (between 1 and 3 January)": the coder's range
            words = paragraph[: bracket.end()]
            how += f"; the coder's qualifier {bracket.group(0).strip()!r} read with it"
        return Dateline(date, f"the body opens with the date {words!r}: {how}", words)
    return None


def _in_opening_line(paragraph: str, body: str, g: Grammar) -> Dateline | None:
    line = _first_sentence(paragraph, g)
    for match in g.full_date.finditer(line):
        before = re.findall(r"[\w']+", line[: match.start()].lower())
        if not _month_ok(match, g) or (before and before[-1] in g.not_after):
            continue
        words = match.group(0)
        date, how = _date_of(match, body, g)
        return Dateline(date, f"a full date in the opening line, {words!r}: {how}", words)
    return None


def _first_sentence(paragraph: str, g: Grammar) -> str:
    """The paragraph up to its first full stop; the stop of an abbreviated month ("Feb. 20,
    2024") ends no sentence."""
    for stop in re.finditer(r"(?<=[a-z0-9)][.!?])\s", paragraph):
        word = re.findall(r"[A-Za-z]+", paragraph[: stop.start()])
        if paragraph[stop.start() - 1] == "." and word and word[-1].lower() in g.months:
            continue
        return paragraph[: stop.start()]
    return paragraph


def _month_ok(match: re.Match[str], g: Grammar) -> bool:
    """A month name that is also an English word counts only when capitalised."""
    groups = match.groupdict()
    word = groups.get("month1") or groups.get("month2") or groups.get("monthc")
    return word is None or word.lower() not in g.needs_capital or word[0].isupper()


def _bounded(found: Dateline, latest: dt.date) -> Dateline:
    if found.date is None or EARLIEST <= found.date <= latest:
        return found
    reason = (
        f"{found.how}, but {found.date.isoformat()} is outside 1900..tomorrow: date left unknown"
    )
    return Dateline(None, reason, found.words, found.place)


def _date_of(
    match: re.Match[str], body: str, g: Grammar, *, url: str | None = None
) -> tuple[dt.date | None, str]:
    groups = match.groupdict()
    if groups.get("iso"):
        year, month, day = (int(p) for p in groups["iso"].split("-"))
        return _checked(year, month, day, "read as an ISO date")
    if groups.get("num"):
        return _numeric(groups["num"], groups["sep"], body, g)
    n = next(n for n in "12c" if groups.get(f"month{n}"))
    month, day = g.months[groups[f"month{n}"].lower()], int(groups[f"day{n}"])
    if groups.get(f"year{n}"):
        return _checked(int(groups[f"year{n}"]), month, day, "read as a written-out date")
    return _year_from_url(month, day, url)


def _checked(year: int, month: int, day: int, how: str) -> tuple[dt.date | None, str]:
    try:
        return dt.date(year, month, day), how
    except ValueError:
        return None, "not a valid calendar date: date left unknown"


def _year_from_url(month: int, day: int, url: str | None) -> tuple[dt.date | None, str]:
    """A year-less dateline takes its year from the URL's date path, and from nothing else."""
    found = re.search(rf"/({df.YEAR})[/-](\d\d)(?:[/-](\d\d))?(?:[/_.-]|$)", url or "")
    if found and int(found.group(2)) == month:
        date = _safe(int(found.group(1)), month, day)
        if date is not None:
            return date, f"no year printed; year {found.group(1)} from the URL's date path"
    return None, "no year printed and the input names none we trust: date left unknown"


def _numeric(raw: str, sep: str, body: str, g: Grammar) -> tuple[dt.date | None, str]:
    a, b, year = (int(p) for p in raw.split(sep))
    day_month, month_day = _safe(year, b, a), _safe(year, a, b)
    if day_month and (month_day is None or day_month == month_day):
        return day_month, "read as day-month-year"
    if month_day and day_month is None:
        return month_day, f"read as month-day-year ({b} cannot be a month)"
    if day_month is None or month_day is None:
        return None, "not a valid calendar date: date left unknown"
    return _ambiguous(raw, sep, body, day_month, month_day, g)


def _ambiguous(
    raw: str, sep: str, body: str, day_month: dt.date, month_day: dt.date, g: Grammar
) -> tuple[dt.date | None, str]:
    """Day-month or month-day: the text's own weekday decides, else the separator's convention."""
    named = _weekdays_named(body[: 2 * g.head_chars], g)
    readings = ((day_month, "day-month"), (month_day, "month-day"))
    # Same-day news names the report's own weekday; the day after's names the day before.
    for lags, relation in (((0,), "on"), ((0, 1), "on or a day after")):
        fits = [
            (d, order) for d, order in readings if any((d.weekday() - w) % 7 in lags for w in named)
        ]
        if len(fits) == 1:
            date, order = fits[0]
            return date, (
                f"ambiguous; read as {order}-year, the only reading {relation} a weekday "
                f"the text names ({date.strftime('%A %d %B %Y')})"
            )
    if sep in g.day_first_separators:
        return day_month, (
            f"ambiguous and the text does not decide; read as day-month-year, the order of "
            f"{sep!r}-separated dates with the year last wherever they are written"
        )
    return None, (
        f"{raw!r} is ambiguous ({day_month.isoformat()} or {month_day.isoformat()}) and "
        "the text does not decide: date left unknown"
    )


def _weekdays_named(text: str, g: Grammar) -> set[int]:
    # "on Tuesday", never "sat" or "sun"
    found = re.findall(rf"\b({df.WEEKDAY})\b", text, re.IGNORECASE)
    return {g.weekdays[w.lower()] for w in found}


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
