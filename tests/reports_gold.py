"""The checks every file of the reports set (data/eval/world/reports/reportsX.jsonl) passes as gold:
the record format, the codebook and the map, event dates told by the text within the week before
the article's date, background older than that week, and no event sharing a date and country with
another set. Each file's test module names its shape (id letter, length, the date forms its writer
was asked for, the files written beside it) and keeps its own mix check (the README row)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceasewatch.evaluate import world
from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_gold, _check_place

REPORTS = world.WORLD_DIR / "reports"
RECORD_KEYS = {"id", "text", "category", "country", "events", "background"}
OPTIONAL_KEYS = {"typical", "traps"}
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

    @property
    def path(self) -> Path:
        return REPORTS / f"{self.stem}.jsonl"

    @property
    def prefix(self) -> str:
        return "r" + self.stem[-1]


def rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


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
        assert keys <= set(row) <= RECORD_KEYS | OPTIONAL_KEYS, row["id"]
        assert row.get("typical", True) is True
        assert row["category"] == ("report" if row["events"] else "non-event")
        words = len(row["text"].split())
        paragraphs = row["text"].split("\n\n")
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
    text = row["text"]
    anchor, in_dateline = article_date(text)
    assert dt.date(2016, 1, 1) <= anchor <= dt.date(2026, 12, 1), row["id"]
    after = 7 if shape.body_date_is_an_event and not in_dateline else 0
    for event in row["events"]:
        date = dt.date.fromisoformat(event["event_date"])
        assert -after <= (anchor - date).days <= 7, (row["id"], event["event_date"])
        if date != anchor:
            named = WEEKDAYS[date.weekday()]
            told = re.search(rf"\b{named}\b", text) or (
                shape.relative_dates and RELATIVE.search(text)
            )
            assert told, (row["id"], named)
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (anchor - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    if not after:
        # every weekday word names a day of the article's week, none after the article
        week = {WEEKDAYS[(anchor - dt.timedelta(days=n)).weekday()] for n in range(7)}
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
