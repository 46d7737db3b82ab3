"""The checks every file of the reports set (data/eval/world/reports/reportsX.jsonl) passes as gold:
the record format, the codebook and the map, event dates told by the text within the week before
the article's date, background older than that week, and no event sharing a date and country with
another set. SHAPES names each file's shape (length, the date forms its writer was asked for, the
files written beside it); tests/test_reports_set.py runs these checks on every file, and each
file's own module (tests/test_reports_set_X.py) checks the mix its README row claims."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ceasewatch.evaluate import world
from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_gold, _check_place

REPORTS = world.WORLD_DIR / "reports"
# and the article as "text" (a plain-text file) or "html" (a saved web page), never both
RECORD_KEYS = {"id", "category", "country", "events", "background"}
OPTIONAL_KEYS = {"typical", "traps", "suffix"}  # suffix: ".csv"/".tsv" for a text record
EVENT_KEYS = {
    "event_date",
    "event_type",
    "sub_event_type",
    "disorder_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
}
BACKGROUND_KEYS = {
    "event_date",
    "sub_event_type",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")
MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\b")
# an event told relative to another one instead of by its weekday
RELATIVE = re.compile(
    r"\b(following (day|night|morning|evening)|next day|a day later|same (day|night)|hours later)\b",
    re.I,
)


@dataclass(frozen=True)
class Shape:
    """What one writer was asked for."""

    stem: str  # "reportsa"
    words: tuple[int, int]  # an article's length in words, least and most
    paragraphs: tuple[int, int]
    # the files written in the same session by writers who could not see this one: they may share
    # a date and country with it (harmless: neither was read for the other)
    same_session: frozenset[str]
    # events may be told relative to another ("the following day") instead of by their weekday
    relative_dates: bool = False
    # a date only in the body (no dateline) is one event's date, the others within a week of it;
    # when False, the first full date in the text is the article's date wherever it stands
    body_date_is_an_event: bool = False
    traps: bool = True  # records list their traps (later writers were asked to)
    # an incident log: each row's date cell gives its event's date (25/03/2024, 03/25/2024,
    # 2024-03-25, 25-Mar-24, 25.03.2024), so an event's date must stand in a cell, not a weekday
    cell_dates: bool = False
    # human-rights documentation: incidents told long after they happened (months or years before
    # the document's date), each with its own day and month in the text ("On 12 June 2023", "on
    # the morning of 12 June") or told relative to another ("two days later", "the day before")
    told_late: bool = False
    # a security desk's alerts and sitreps: an event's day is told the desk's way, by a
    # date-time group (141430ZMAR24), a short date (14/03) or a day and month ("on 14 Mar",
    # "O/N 13-14 Mar"), or by its weekday
    desk_dates: bool = False
    # a chat app's JSON export (Telegram Desktop's result.json): the dates stand only in each
    # message's "date" (the exporter's local time); every event on the day of a message, within
    # the week before the export's last message
    chat_export: bool = False
    # a news video's subtitle file (SubRip .srt or WebVTT .vtt): the date stands where speech or
    # a caption gives it; the first full date in the text is the video's date, else its latest
    # event's; an event before it is told by its weekday or by speech ("yesterday", "last night")
    subtitles: bool = False

    @property
    def path(self) -> Path:
        return REPORTS / f"{self.stem}.jsonl"

    @property
    def prefix(self) -> str:
        return "r" + self.stem[-1]


def rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# the elements that start a paragraph of the visible text
BLOCKS = {"p", "div", "li", "br", "tr", "title", "blockquote", "figcaption"}
BLOCKS |= {"ul", "ol", "nav", "header", "footer", "aside", "article", "section"}
BLOCKS |= {f"h{level}" for level in range(1, 7)}


class _Visible(HTMLParser):
    """A page's visible text, one paragraph per block element (scripts and styles skipped)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skip += tag in ("script", "style")
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def article_text(row: dict[str, Any]) -> str:
    """The article a reader sees: a plain-text record's text, or a saved page's visible text
    (menus and related links included) with a blank line between blocks."""
    if "text" in row:
        return str(row["text"])
    parser = _Visible()
    parser.feed(row["html"])
    blocks = (" ".join(b.split()) for b in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(b for b in blocks if b)


def article_date(text: str) -> tuple[dt.date, bool]:
    """The first full date written in the text, and whether it stands in a dateline (before the
    first " - " of the first paragraph) rather than in the body."""
    found = []
    for form, order in ((DAY_MONTH_YEAR, (0, 1, 2)), (MONTH_DAY_YEAR, (1, 0, 2))):
        for match in form.finditer(text):
            day, month, year = (match.group(i + 1) for i in order)
            if month[:3].lower() in MONTHS:
                date = dt.date(int(year), MONTHS.index(month[:3].lower()) + 1, int(day))
                found.append((match.start(), date))
    assert found, text[:80]
    start, date = min(found)
    head = text.split("\n\n", 1)[0]
    return date, " - " in head and start < head.index(" - ")


def check_format(shape: Shape) -> None:
    found = rows(shape.path)
    ids = [r["id"] for r in found]
    assert ids == [f"{shape.prefix}{i:03d}" for i in range(1, len(found) + 1)]
    keys = RECORD_KEYS | ({"traps"} if shape.traps else set())
    for row in found:
        assert ("text" in row) != ("html" in row), row["id"]
        assert keys <= set(row) - {"text", "html"} <= RECORD_KEYS | OPTIONAL_KEYS, row["id"]
        assert row.get("typical", True) is True
        assert row["category"] == ("report" if row["events"] else "non-event")
        text = article_text(row)
        words = len(text.split())
        paragraphs = text.split("\n\n")
        assert shape.words[0] <= words <= shape.words[1], (row["id"], words)
        assert shape.paragraphs[0] <= len(paragraphs) <= shape.paragraphs[1], row["id"]
        assert all(p.strip() == p and p for p in paragraphs), row["id"]
        for event in row["events"]:
            assert set(event) == EVENT_KEYS, row["id"]
        for event in row["background"]:
            assert set(event) == BACKGROUND_KEYS, row["id"]
            assert event["sub_event_type"] in SUB_EVENT_TO_TYPE


def check_gold(row: dict[str, Any]) -> None:
    for event in row["events"]:
        # an event may lie in another country than the article's (a drone over a border town)
        _check_gold({"event": event, "country": event["country"]})
        _check_place(event)
    for event in row["background"]:
        _check_place({**event, "geo_precision": 1})


def check_dates(row: dict[str, Any], shape: Shape) -> None:
    text = article_text(row)
    if shape.chat_export:
        check_export_dates(row, text)
        return
    if shape.subtitles:
        check_subtitle_dates(row, text)
        return
    anchor, in_dateline = article_date(text)
    assert dt.date(2016, 1, 1) <= anchor <= dt.date(2026, 12, 1), row["id"]
    if shape.told_late:
        check_late_dates(row, text, anchor)
        return
    after = 7 if shape.body_date_is_an_event and not in_dateline else 0
    for event in row["events"]:
        date = dt.date.fromisoformat(event["event_date"])
        assert -after <= (anchor - date).days <= 7, (row["id"], event["event_date"])
        if shape.cell_dates:
            forms = ("%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d-%b-%y", "%d.%m.%Y")
            assert any(date.strftime(f) in text for f in forms), (row["id"], event["event_date"])
        elif date != anchor:
            named = WEEKDAYS[date.weekday()]
            told = re.search(rf"\b{named}\b", text) or (
                shape.relative_dates and RELATIVE.search(text)
            )
            if shape.desk_dates and not told:
                told = re.search(desk_date(date), text)
            assert told, (row["id"], named)
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (anchor - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    if not after:
        # every weekday word names a day of the article's week, none after the article
        week = {WEEKDAYS[(anchor - dt.timedelta(days=n)).weekday()] for n in range(7)}
        assert {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text)} <= week, row["id"]


def desk_date(date: dt.date) -> str:
    """The ways a security desk writes a day: 141430ZMAR24, 14/03, 14 Mar, 13-14 Mar (a night)."""
    mon = date.strftime("%b")
    return (
        rf"\b{date.day:02d}\d{{4}}Z{mon.upper()}{date:%y}\b|\b{date:%d/%m}\b"
        rf"|\b{date.day}(-\d{{1,2}})? {mon}[a-z]*\b"
    )


def check_export_dates(row: dict[str, Any], text: str) -> None:
    """A chat export: its date is its last message's day; every event on the day of one of its
    messages within the week before it, background older than that week, weekday words only
    for the export's week."""
    days = {dt.date.fromisoformat(m["date"][:10]) for m in json.loads(text)["messages"]}
    anchor = max(days)
    assert dt.date(2016, 1, 1) <= anchor <= dt.date(2026, 12, 1), row["id"]
    for event in row["events"]:
        date = dt.date.fromisoformat(event["event_date"])
        assert date in days and (anchor - date).days <= 7, (row["id"], event["event_date"])
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (anchor - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    week = {WEEKDAYS[(anchor - dt.timedelta(days=n)).weekday()] for n in range(7)}
    assert {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text)} <= week, row["id"]


# a day told by speech in a news video, relative to the day of broadcast
SPOKEN = re.compile(
    r"\b(yesterday|last night|overnight|the day before|a day earlier|earlier today)\b", re.I
)


def check_subtitle_dates(row: dict[str, Any], text: str) -> None:
    """A subtitle file: its date is the first full date in a caption or in speech, else its
    latest event's (a file with neither is a non-event without a date); every event within the
    week before it, told by its weekday or by speech when not on that day; background older
    than the week; weekday words (any case: auto-captions are lower case) only for that week."""
    found = []
    for form, order in ((DAY_MONTH_YEAR, (0, 1, 2)), (MONTH_DAY_YEAR, (1, 0, 2))):
        for match in form.finditer(text):
            day, month, year = (match.group(i + 1) for i in order)
            if month[:3].lower() in MONTHS:
                date = dt.date(int(year), MONTHS.index(month[:3].lower()) + 1, int(day))
                found.append((match.start(), date))
    dates = [dt.date.fromisoformat(e["event_date"]) for e in row["events"]]
    if found:
        anchor = min(found)[1]
    elif dates:
        anchor = max(dates)
    else:
        return
    assert dt.date(2016, 1, 1) <= anchor <= dt.date(2026, 12, 1), row["id"]
    for date in dates:
        assert 0 <= (anchor - date).days <= 7, (row["id"], date)
        if date != anchor:
            named = WEEKDAYS[date.weekday()]
            told = re.search(rf"\b{named}\b", text, re.I) or SPOKEN.search(text)
            assert told, (row["id"], named)
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (anchor - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    week = {WEEKDAYS[(anchor - dt.timedelta(days=n)).weekday()] for n in range(7)}
    assert {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text, re.I)} <= week, row["id"]


# an incident told relative to another one in a human-rights document
LATE_RELATIVE = re.compile(
    r"\b(two|three) days later\b|\bthe day before\b|\bthe next day\b|\bthe following (day|night)\b",
    re.I,
)


def check_late_dates(row: dict[str, Any], text: str, anchor: dt.date) -> None:
    """A document told long after its incidents: every event before the document's date (within
    ten years), its day and month written in the text or told relative to another; background
    older than the week; weekday words only for the document's week or an event's day."""
    days = {dt.date.fromisoformat(e["event_date"]) for e in row["events"]}
    for date in days:
        assert dt.timedelta(0) <= anchor - date <= dt.timedelta(days=3653), (row["id"], date)
        month = date.strftime("%B")
        told = re.search(rf"\b{date.day} {month}\b|\b{month} {date.day}\b", text)
        assert told or LATE_RELATIVE.search(text), (row["id"], date)
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (anchor - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    week = {WEEKDAYS[(anchor - dt.timedelta(days=n)).weekday()] for n in range(7)}
    week |= {WEEKDAYS[d.weekday()] for d in days}
    assert {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text)} <= week, row["id"]


def check_no_collision(shape: Shape) -> None:
    """No event shares a date and country with an item of another set (world, heldout, notes,
    the other reports files, training data) but those written beside it."""
    others = [world.WORLD_DIR / "world.jsonl", world.WORLD_DIR / "heldout.jsonl"]
    others += sorted((world.WORLD_DIR / "notes").glob("*.jsonl"))
    others += sorted(REPORTS.glob("*.jsonl"))
    others += sorted((world.WORLD_DIR.parents[1] / "train").glob("*.jsonl"))
    taken = set()
    for path in others:
        if path.stem == shape.stem or path.stem in shape.same_session:
            continue
        for row in rows(path):
            for event in [row.get("event"), *(row.get("events") or [])]:
                if event:
                    taken.add((event["event_date"], event["country"]))
    mine = {(e["event_date"], e["country"]) for r in rows(shape.path) for e in r["events"]}
    assert not mine & taken, sorted(mine & taken)


@dataclass(frozen=True)
class Mix:
    """The mix a writer's README row claims: 40 articles, so many non-events, events per article
    and in all, every event type with floors for the three largest, countries, articles with a
    trap, background events, and the trap kinds the brief asked for (one article each at least)."""

    non_events: int
    most_per_article: int
    events: tuple[int, int]
    battles: int
    explosions: int
    protests: int
    countries: int
    trapped: int
    background: int
    kinds: tuple[str, ...] = ()
    documents: int = 40  # reportsn was asked for 30


def check_mix(shape: Shape, mix: Mix) -> None:
    found = rows(shape.path)
    events = [e for r in found for e in r["events"]]
    reports = [r for r in found if r["events"]]
    assert len(found) == mix.documents
    assert len(found) - len(reports) == mix.non_events
    assert all(1 <= len(r["events"]) <= mix.most_per_article for r in reports)
    assert mix.events[0] <= len(events) <= mix.events[1]
    assert {e["event_type"] for e in events} == set(SUB_EVENT_TO_TYPE.values())
    types = Counter(e["event_type"] for e in events)
    assert types["Battles"] >= mix.battles
    assert types["Explosions/Remote violence"] >= mix.explosions
    assert types["Protests"] >= mix.protests
    assert len({r["country"] for r in found}) >= mix.countries
    assert sum(1 for r in found if r["traps"]) >= mix.trapped
    assert sum(len(r["background"]) for r in found) >= mix.background
    kinds = Counter(t for r in found for t in set(r["traps"]))
    for kind in mix.kinds:
        assert kinds[kind] >= 1, kind


SHAPES = {
    shape.stem: shape
    for shape in (
        Shape(
            "reportsa",
            words=(150, 450),
            paragraphs=(3, 9),
            same_session=frozenset({"reportsb"}),
            body_date_is_an_event=True,
            traps=False,
        ),
        Shape(
            "reportsb",
            words=(150, 450),
            paragraphs=(3, 9),
            same_session=frozenset({"reportsa", "notesj"}),
            relative_dates=True,
        ),
        # wire briefs, long articles, live blogs and a briefing transcript
        Shape(
            "reportsc",
            words=(80, 600),
            paragraphs=(3, 12),
            same_session=frozenset({"reportsd"}),
            relative_dates=True,
        ),
        Shape(
            "reportsd", words=(80, 600), paragraphs=(3, 12), same_session=frozenset({"reportsc"})
        ),
        # wire briefs from 55 words; notesk was written beside reportse and reportsf (session 20)
        Shape(
            "reportse",
            words=(55, 600),
            paragraphs=(3, 12),
            same_session=frozenset({"reportsf", "notesk"}),
        ),
        Shape(
            "reportsf",
            words=(60, 600),
            paragraphs=(3, 12),
            same_session=frozenset({"reportse", "notesk"}),
        ),
        # situation reports, security bulletins, translations, statements, transcripts, a live
        # blog, a correction; notesl was written beside reportsg (session 21)
        Shape(
            "reportsg",
            words=(120, 600),
            paragraphs=(3, 12),
            same_session=frozenset({"notesl"}),
        ),
        # saved web pages (`html`): menus, tickers, bylines, captions, related and most-read
        # lists and readers' comments count in words and paragraphs (session 22)
        Shape("reportsh", words=(200, 350), paragraphs=(12, 28), same_session=frozenset()),
        # text copied out of PDF reports: cover blocks, running headers and footers, hard-wrapped
        # lines, flattened tables, footnotes (session 23)
        Shape(
            "reportsi", words=(150, 900), paragraphs=(3, 40), same_session=frozenset({"reportsj"})
        ),
        # a monitor's saved channel-day: short time-stamped posts (the date once at the top),
        # forwards, reposts, corrections, claims of both sides; reportsi was written beside it
        # (session 23)
        Shape(
            "reportsj", words=(80, 600), paragraphs=(5, 14), same_session=frozenset({"reportsi"})
        ),
        # incident logs exported from a spreadsheet (.csv, .tsv): a title row, a header, one row
        # per incident, blank separator rows only (session 24)
        Shape(
            "reportsn",
            words=(50, 600),
            paragraphs=(1, 3),
            same_session=frozenset({"reportsk", "reportsl", "reportsm"}),
            cell_dates=True,
        ),
        # the four files of session 24 were written at the same time, each unseen by the others:
        # they are checked against every older set, not against each other
        # local press machine-translated into English (menus, "Translated from ..." lines, dates
        # in the source's order and calendar, calqued admin words); reportsk, reportsl and reportsn
        # were written beside it (session 24)
        Shape(
            "reportsm",
            words=(150, 700),
            paragraphs=(3, 12),
            same_session=frozenset({"reportsk", "reportsl", "reportsn"}),
        ),
        # broadcast transcripts a monitor saves: radio bulletins, TV rush transcripts with speaker
        # labels, automatic captions with time codes, press conferences, a podcast, parliament
        # records; the date in the header once (session 24)
        Shape(
            "reportsk",
            words=(150, 700),
            paragraphs=(5, 14),
            same_session=frozenset({"reportsl", "reportsm", "reportsn"}),
        ),
        # e-mail digests saved as text: mail headers, forwarded blocks, "> " quoted replies,
        # per-country items, advisories, job ads and footers (session 24)
        Shape(
            "reportsl",
            words=(150, 900),
            paragraphs=(3, 40),
            same_session=frozenset({"reportsk", "reportsm", "reportsn"}),
        ),
        # human-rights documentation (NGO report chapters and press releases, UN commissions'
        # numbered findings, court judgments, incident database entries, monthly bulletins of
        # violations, urgent appeals): incidents told months or years after they happened
        # (session 25); reportsp was written beside it
        Shape(
            "reportso",
            words=(150, 600),
            paragraphs=(3, 16),
            same_session=frozenset({"reportsp"}),
            told_late=True,
        ),
        # social-media threads and chat exports a monitor saves to .txt: WhatsApp exports with
        # their stamps, X/Twitter threads, Facebook posts with comments, Reddit threads (session 25)
        Shape(
            "reportsp",
            words=(120, 600),
            paragraphs=(1, 30),
            same_session=frozenset({"reportso"}),
        ),
        # a security desk's flash alerts, incident reports, sitreps and travel advisories as a
        # humanitarian or corporate security officer saves them (session 26); reportsr was
        # written beside it
        Shape(
            "reportsq",
            words=(100, 500),
            paragraphs=(1, 16),
            same_session=frozenset({"reportsr"}),
            desk_dates=True,
        ),
        # Telegram Desktop chat exports (result.json, suffix .json) of channels and groups over
        # one to three days: the JSON as the user has it, one line or indented (session 26);
        # reportsq was written beside it
        Shape(
            "reportsr",
            words=(250, 800),
            paragraphs=(1, 1),
            same_session=frozenset({"reportsq"}),
            chat_export=True,
        ),
        # official statements and claims as a monitor saves them: armed forces' press releases and
        # daily briefings, police and interior-ministry releases, armed groups' claims and
        # communiqués, governments' statements on an attack, UN missions' press statements
        # (session 27); reportst was written beside it
        Shape(
            "reportss",
            words=(120, 450),
            paragraphs=(3, 16),
            same_session=frozenset({"reportst"}),
        ),
        # subtitle files of news videos (SubRip .srt and WebVTT .vtt: evening news packages,
        # agency rushes, explainers, briefings, press conferences, documentaries) (session 27);
        # reportss was written beside it
        Shape(
            "reportst",
            words=(150, 1200),
            paragraphs=(5, 150),
            same_session=frozenset({"reportss"}),
            subtitles=True,
        ),
        # live pages saved from a news site's browser tab (`html`): newest-first time-stamped
        # entries, day separators, a key-events box repeating entries, embedded posts, captions,
        # menus and most-read lists (session 28); notesp was written beside it (its writer could
        # not see reportsu's dates: one day and country, Sudan 26 Sep 2024, is in both)
        Shape(
            "reportsu", words=(280, 650), paragraphs=(45, 75), same_session=frozenset({"notesp"})
        ),
    )
}


# the trap kinds every article writer since reportsd was asked for
TRAPS_ASKED = (
    "cumulative_toll",
    "told_twice",
    "two_events_one_sentence",
    "far_away_protest",
    "person_place_name",
    "detention_state",
    "live_blog",
)

# the mix each README row claims (reportsa's own test counts its traps by phrase)
MIXES = {
    "reportsb": Mix(
        non_events=6,
        most_per_article=5,
        events=(70, 90),
        battles=15,
        explosions=15,
        protests=10,
        countries=15,
        trapped=25,
        background=10,
    ),
    "reportsc": Mix(
        non_events=7,
        most_per_article=6,
        events=(70, 90),
        battles=15,
        explosions=15,
        protests=10,
        countries=20,
        trapped=30,
        background=10,
    ),
    "reportsd": Mix(
        non_events=7,
        most_per_article=6,
        events=(75, 85),
        battles=12,
        explosions=12,
        protests=15,
        countries=30,
        trapped=30,
        background=20,
        kinds=(*TRAPS_ASKED, "transcript"),
    ),
    "reportse": Mix(
        non_events=7,
        most_per_article=6,
        events=(75, 85),
        battles=12,
        explosions=12,
        protests=15,
        countries=30,
        trapped=30,
        background=20,
        kinds=(
            *TRAPS_ASKED,
            "night_date",
            "both_sides_toll",
            "gunmen",
            "police_operation",
            "teargas_dispersal",
            "roundup",
            "bulletin",
            "press_release",
            "translated",
            "wire_brief",
            "no_dateline",
            "site_header",
            "timeline",
        ),
    ),
    "reportsf": Mix(
        non_events=7,
        most_per_article=6,
        events=(75, 85),
        battles=15,
        explosions=15,
        protests=20,
        countries=30,
        trapped=35,
        background=20,
        kinds=(
            *TRAPS_ASKED,
            "round_up",
            "bulletin",
            "press_release",
            "timeline",
            "translated",
            "wire_brief",
            "no_dateline",
            "site_header",
            "night_date",
            "both_sides_tolls",
            "unnamed_gunmen",
            "police_operation_kills",
            "tear_gas_dispersal",
        ),
    ),
    "reportsg": Mix(
        non_events=7,
        most_per_article=5,
        events=(84, 86),
        battles=25,
        explosions=20,
        protests=23,
        countries=40,
        trapped=40,
        background=16,
        kinds=(
            *TRAPS_ASKED,
            "bulletin",
            "ngo_sitrep",
            "press_release",
            "translated",
            "transcript",
            "correction",
            "long_feature",
            "far_dateline",
            "parliament",
            "court",
            "funeral",
            "anniversary",
            "exercise",
            "accident",
            "disaster",
            "sport",
            "event_abroad",
            "defender_told",
            "sides_and",
            "ultimatum",
        ),
    ),
    "reportsh": Mix(
        non_events=7,
        most_per_article=4,
        events=(86, 86),
        battles=24,
        explosions=24,
        protests=24,
        countries=40,
        trapped=40,
        background=23,
        kinds=(
            *TRAPS_ASKED,
            "ticker_other_incident",
            "sidebar_other_news",
            "caption_older_event",
            "reader_comment_claim",
            "read_more_link",
            "correction",
            "updated_gmt_only",
            "relative_date_page",
            "print_page",
            "press_release",
            "translated",
            "ngo_sitrep",
            "exercise",
            "disaster",
            "accident",
            "sport",
            "court",
            "parliament",
            "talks",
            "event_abroad",
        ),
    ),
    "reportsi": Mix(
        non_events=7,
        most_per_article=5,
        events=(95, 95),
        battles=27,
        explosions=26,
        protests=21,
        countries=39,
        trapped=40,
        background=10,
        kinds=(
            *(kind for kind in TRAPS_ASKED if kind != "live_blog"),
            "pdf_text",
            "hard_wrap",
            "hyphenated_break",
            "page_header",
            "table_rows",
            "footnote",
            "key_figures",
            "period_toll",
            "displacement_figures",
            "aid_figures",
            "plan",
            "disease",
            "weather",
            "disaster",
            "ngo_sitrep",
            "security_desk",
            "monitoring_daily",
            "press_release",
            "parliament",
            "epaper",
            "translated",
            "event_abroad",
            "background_dated",
        ),
    ),
    "reportsj": Mix(
        non_events=7,
        most_per_article=5,
        events=(92, 92),
        battles=25,
        explosions=25,
        protests=22,
        countries=40,
        trapped=40,
        background=11,
        kinds=(
            *TRAPS_ASKED,
            "forward",
            "repost",
            "both_sides_claim",
            "claim",
            "unverified",
            "rumour_denied",
            "denial",
            "correction",
            "old_footage",
            "week_toll",
            "whole_period_toll",
            "threat",
            "commemoration",
            "anniversary",
            "fundraising",
            "advert",
            "opinion",
            "prayer",
            "hashtag",
            "date_in_first_post_only",
            "date_on_every_post",
            "translated",
            "press_release",
            "event_abroad",
            "exercise",
            "disaster",
            "sport",
            "election",
            "truce",
        ),
    ),
    "reportsk": Mix(
        non_events=7,
        most_per_article=4,
        events=(85, 85),
        battles=22,
        explosions=21,
        protests=22,
        countries=40,
        trapped=40,
        background=10,
        kinds=(
            *(kind for kind in TRAPS_ASKED if kind != "live_blog"),
            "transcript",
            "radio_bulletin",
            "tv_rush",
            "asr_captions",
            "press_conference",
            "podcast",
            "qa_interview",
            "parliament",
            "headline_repeated",
            "yesterday_recap",
            "weather",
            "sport",
            "market_prices",
            "caller_rumour",
            "trail",
            "numbers_as_words",
            "misheard_name",
            "repeated_words",
            "night_date",
            "figurative_attack",
            "walkout_not_protest",
            "rumour_denied",
            "translated",
            "event_abroad",
            "background_dated",
            "disaster",
            "exercise",
            "election",
            "talks",
            "anniversary",
        ),
    ),
    "reportsl": Mix(
        non_events=7,
        most_per_article=8,
        events=(91, 91),
        battles=27,
        explosions=26,
        protests=21,
        countries=40,
        trapped=40,
        background=15,
        kinds=(
            *(kind for kind in TRAPS_ASKED if kind != "live_blog"),
            "forward",
            "forward_older_date",
            "quoted_reply",
            "nested_quote",
            "security_desk",
            "monitoring_digest",
            "week_in_review",
            "ngo_newsletter",
            "consultancy_newsletter",
            "update_of_yesterday",
            "signature_city",
            "travel_advisory",
            "advisory",
            "planned_demonstration",
            "road_closure",
            "curfew",
            "week_toll",
            "month_toll",
            "whole_period_toll",
            "rising_toll",
            "job_ad",
            "event_invitation",
            "view_in_browser",
            "read_more_link",
            "old_footage",
            "claim",
            "negation",
            "event_abroad",
            "background_dated",
            "disaster",
            "court",
            "election",
            "talks",
        ),
    ),
    "reportsm": Mix(
        non_events=7,
        most_per_article=5,
        events=(78, 78),
        battles=25,
        explosions=20,
        protests=20,
        countries=40,
        trapped=40,
        background=8,
        kinds=(
            *(kind for kind in TRAPS_ASKED if kind != "live_blog"),
            "translated",
            "site_header",
            "untranslated_word",
            "numeric_date",
            "persian_calendar",
            "ethiopian_calendar",
            "honorific_title",
            "martyr_word",
            "so_called_name",
            "governor_past_operations",
            "condolence",
            "official_visit",
            "court",
            "weather",
            "fire",
            "accident",
            "plan",
            "disaster",
            "event_abroad",
            "both_sides_toll",
            "night_date",
        ),
    ),
    # incident logs exported from spreadsheets: 30 documents (its brief asked for 30)
    "reportsn": Mix(
        non_events=5,
        most_per_article=5,
        events=(92, 92),
        battles=31,
        explosions=22,
        protests=21,
        countries=30,
        trapped=30,
        background=3,
        kinds=(
            "told_twice",
            "split_across_days",
            "spreadsheet_export",
            "title_row",
            "totals_row",
            "repeated_header",
            "blank_separator",
            "quoted_cells",
            "empty_cells",
            "desk_shorthand",
            "date_dd_mm_yyyy",
            "date_mm_dd_yyyy",
            "date_iso",
            "date_dd_mon_yy",
            "date_dotted",
            "crime",
            "carjacking",
            "accident",
            "fire",
            "suspicious_item",
            "movement_restriction",
            "planned_demonstration",
            "curfew",
            "both_sides_toll",
            "vague_toll",
            "background_dated",
            "non_event_log",
        ),
        documents=30,
    ),
    # human-rights documentation told long after the incidents: 36 documents (its brief asked
    # for 36: 30 with events, 6 without)
    "reportso": Mix(
        non_events=6,
        most_per_article=4,
        events=(75, 75),
        battles=7,
        explosions=5,
        protests=23,
        countries=36,
        trapped=36,
        background=16,
        kinds=(
            "cumulative_toll",
            "detention_state",
            "numbered_paragraphs",
            "reasonable_grounds",
            "database_entry",
            "monthly_bulletin",
            "dated_list",
            "urgent_appeal",
            "press_release",
            "court",
            "trial_frame",
            "sentence",
            "appeal",
            "methodology",
            "recommendations",
            "denial",
            "government_reply",
            "call_for_investigation",
            "pattern_over_months",
            "context_battle",
            "two_days_later",
            "the_day_before",
            "night_date",
            "taken_earlier_found_later",
            "witness_quote",
            "background_dated",
            "anniversary",
            "vague_toll",
            "negation",
        ),
        documents=36,
    ),
    # social-media threads and chat exports: 36 documents (its brief asked for 36)
    "reportsp": Mix(
        non_events=6,
        most_per_article=4,
        events=(76, 76),
        battles=21,
        explosions=23,
        protests=20,
        countries=36,
        trapped=36,
        background=5,
        kinds=(
            "told_twice",
            "two_events_one_sentence",
            "far_away_protest",
            "detention_state",
            "whatsapp_export",
            "x_thread",
            "facebook_post",
            "reddit_thread",
            "rumour_denied",
            "forwarded_old_video",
            "toll_changes",
            "prayer",
            "planned_protest",
            "sports_chat",
            "meme",
            "advert",
            "question",
            "news_about_another_country",
            "voice_note",
            "quote_post",
        ),
        documents=36,
    ),
    # a security desk's flash alerts, incident reports, sitreps and advisories: 36 documents
    # (its brief asked for 36: 30 with events, 6 without)
    "reportsq": Mix(
        non_events=6,
        most_per_article=5,
        events=(90, 90),
        battles=22,
        explosions=28,
        protests=20,
        countries=36,
        trapped=36,
        background=2,
        kinds=(
            "told_twice",
            "two_events_one_sentence",
            "sitrep",
            "flash_alert",
            "incident_report",
            "travel_advisory",
            "dtg",
            "short_dates",
            "field_labels",
            "toll_update",
            "repeated_from_previous",
            "threat_warning",
            "curfew",
            "road_closure",
            "movement_restriction",
            "crime",
            "carjacking",
            "drill",
            "exercise",
            "weather",
            "disease",
            "rumour_denied",
            "planned_demonstration",
            "idf_is_israel",
            "saf_ambiguity",
            "event_abroad",
        ),
        documents=36,
    ),
    # Telegram chat exports: 36 documents (its brief asked for 36: 30 with events, 6 without)
    "reportsr": Mix(
        non_events=6,
        most_per_article=6,
        events=(90, 90),
        battles=27,
        explosions=29,
        protests=21,
        countries=34,
        trapped=36,
        background=2,
        kinds=(
            "cumulative_toll",
            "told_twice",
            "two_events_one_sentence",
            "far_away_protest",
            "person_place_name",
            "detention_state",
            "telegram_export",
            "regional_news",
            "osint_aggregator",
            "army_press",
            "militia_press",
            "city_administration",
            "humanitarian",
            "residents_group",
            "forwarded",
            "forwarded_old_video",
            "air_raid_alert_no_strike",
            "propaganda",
            "fundraising",
            "weather",
            "news_about_another_country",
            "denial",
            "rumour_denied",
            "planned_protest",
            "toll_changes",
            "claim",
            "claims_both_sides",
            "vague_toll",
            "pinned_message",
            "video_caption",
            "translated",
            "event_abroad",
            "exercise",
            "background_dated",
        ),
        documents=36,
    ),
    # official statements and claims: 36 documents (its brief asked for 36: 30 with events, 6
    # without)
    "reportss": Mix(
        non_events=6,
        most_per_article=4,
        events=(68, 68),
        battles=24,
        explosions=20,
        protests=14,
        countries=36,
        trapped=36,
        background=5,
        kinds=(
            *(kind for kind in TRAPS_ASKED if kind != "live_blog"),
            "official_statement",
            "press_release",
            "un_statement",
            "numbered_paragraphs",
            "claim",
            "claims_both_sides",
            "inflated_claim",
            "no_place_claim",
            "euphemism",
            "enemy_label",
            "boilerplate",
            "denial",
            "condolence",
            "commemoration",
            "warning",
            "threat",
            "appeal_for_calm",
            "monthly_statistics",
            "ceremony",
            "routine_patrol",
            "exercise",
            "prisoner_exchange_planned",
            "non_event_statement",
            "both_sides_toll",
            "vague_toll",
            "negation",
            "event_abroad",
            "background_dated",
            "translated",
        ),
        documents=36,
    ),
    # news videos' subtitle files: 36 documents (its brief asked for 36: 30 with events, 6
    # without; about 24 .srt and 12 .vtt)
    "reportst": Mix(
        non_events=6,
        most_per_article=4,
        events=(79, 79),
        battles=24,
        explosions=21,
        protests=20,
        countries=36,
        trapped=36,
        background=12,
        kinds=(
            "cumulative_toll",
            "told_twice",
            "two_events_one_sentence",
            "far_away_protest",
            "person_place_name",
            "detention_state",
            "evening_news",
            "agency_rushes",
            "piece_to_camera",
            "explainer",
            "army_briefing",
            "ministry_briefing",
            "press_conference",
            "documentary",
            "auto_captions",
            "rolling_captions",
            "misheard_names",
            "archive_footage",
            "reconstruction",
            "trailer",
            "exercise",
            "weather_segment",
            "sports_segment",
            "funeral_of_earlier_victim",
            "interview_opinion",
            "lower_third_date",
            "no_date",
            "event_abroad",
            "background_dated",
        ),
        documents=36,
    ),
    # live pages of wars, coups and mass protests: 36 documents (its brief asked for 36: 30 with
    # 2-8 events, 6 without)
    "reportsu": Mix(
        non_events=6,
        most_per_article=4,
        events=(92, 92),
        battles=24,
        explosions=23,
        protests=23,
        countries=36,
        trapped=36,
        background=9,
        kinds=(
            *TRAPS_ASKED,
            "summary_box",
            "rising_toll",
            "overnight_recap",
            "late_night_entry",
            "claims_both_sides",
            "denial",
            "threat",
            "whole_war_toll",
            "whole_period_toll",
            "exercise",
            "funeral_of_earlier_victim",
            "event_abroad",
            "embedded_post",
            "video_caption",
            "read_more_link",
            "pinned_post",
            "markets_entry",
            "analyst_comment",
            "aid_convoy",
            "end_of_page",
            "election_count",
            "summit",
            "disaster",
            "trial",
            "talks",
            "sports_segment",
        ),
        documents=36,
    ),
}
