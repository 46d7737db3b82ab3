"""The reports set's file reportsa.jsonl (data/eval/world/reports/) is valid gold: the record
format, the codebook (event type, sub-event, disorder, inter and interaction codes), places (admin1
a unit of the country, the point inside it), unique ids, every event dated by a weekday word of
the text within the week before the article's date, background older than that week, and the mix
its README row claims (40 articles, 6 non-events, about 80 events, 15+ countries, traps)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from ceasewatch.evaluate import world
from ceasewatch.model import DISORDER_BY_EVENT_TYPE, DISORDER_BY_SUB_EVENT, SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_place

PATH = world.WORLD_DIR / "reports" / "reportsa.jsonl"
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
RECORD_KEYS = {"id", "text", "category", "country", "events", "background"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH = "|".join(MONTHS)
_ABBREV = "|".join(m[:3] for m in MONTHS)
DATE_FORMS = (
    re.compile(rf"\b(?P<month>{_MONTH}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTH}) (?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<month>{_ABBREV})\. (?P<day>\d{{1,2}}), (?P<year>\d{{4}})\b"),
)
# phrases of the traps the set was written with (statements, negations, detention states,
# figurative conflict words, whole-war tolls)
TRAPS = re.compile(
    r"no casualties|no shots|no deaths|nobody|no one|were no|without major violence|"
    r"warned|threat|vowed|promised|will be|would not|war of|fight against|battle for|"
    r"jailed|held since|in detention|in prison|detained since|have been held|"
    r"have been killed|has killed|have died|killed more than|since (?:19|20)\d\d",
)


def rows() -> list[dict[str, Any]]:
    with PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_date(text: str) -> tuple[dt.date, bool]:
    """The first date written in the text, and whether it stands in a dateline (before the
    first " - " of the first paragraph) rather than in the body."""
    found = []
    for form in DATE_FORMS:
        for match in form.finditer(text):
            month = next(i for i, m in enumerate(MONTHS) if m.startswith(match["month"])) + 1
            day = dt.date(int(match["year"]), month, int(match["day"]))
            found.append((match.start(), day))
    assert found, text[:80]
    start, day = min(found)
    head = text.split("\n\n", 1)[0]
    return day, " - " in head and start < head.index(" - ")


def test_records_have_the_format() -> None:
    found = rows()
    ids = [r["id"] for r in found]
    assert len(ids) == len(set(ids))
    for row in found:
        assert set(row) - {"typical"} == RECORD_KEYS, row["id"]
        assert re.fullmatch(r"ra\d{3}", row["id"])
        assert row.get("typical", True) is True
        assert row["category"] == ("report" if row["events"] else "non-event")
        words = len(row["text"].split())
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        assert 150 <= words <= 450, (row["id"], words)
        assert 3 <= len(paragraphs) <= 9, row["id"]
        for event in row["events"]:
            assert set(event) == EVENT_KEYS, row["id"]
        for old in row["background"]:
            assert set(old) == BACKGROUND_KEYS, row["id"]


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["id"])
def test_events_follow_the_codebook(row: dict[str, Any]) -> None:
    for event in row["events"]:
        sub = event["sub_event_type"]
        assert SUB_EVENT_TO_TYPE[sub] == event["event_type"]
        disorder = DISORDER_BY_SUB_EVENT.get(sub, DISORDER_BY_EVENT_TYPE[event["event_type"]])
        assert event["disorder_type"] == disorder
        assert event["actor1"] and event["inter1"] in range(1, 9)
        if event["actor2"] is None:
            assert event["inter2"] is None and event["interaction"] == event["inter1"] * 10
        else:
            low, high = sorted((event["inter1"], event["inter2"]))
            assert event["interaction"] == low * 10 + high
        assert event["geo_precision"] in (1, 2, 3)
        assert event["fatalities"] is None or event["fatalities"] >= 0
        _check_place(event)
    for old in row["background"]:
        assert old["sub_event_type"] in SUB_EVENT_TO_TYPE
        _check_place(old)


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["id"])
def test_dates_agree_with_the_weekday_words(row: dict[str, Any]) -> None:
    anchor, dateline = article_date(row["text"])
    assert dt.date(2016, 1, 1) <= anchor <= dt.date(2026, 12, 1)
    for event in row["events"]:
        day = dt.date.fromisoformat(event["event_date"])
        # a dateline is the article's date: events fall in the week before it; a date in the
        # body is one event's date, the others within a week of it
        low, high = (
            (anchor - dt.timedelta(days=7), anchor)
            if dateline
            else (
                anchor - dt.timedelta(days=7),
                anchor + dt.timedelta(days=7),
            )
        )
        assert low <= day <= high, (row["id"], event["event_date"])
        assert WEEKDAYS[day.weekday()] in row["text"], (row["id"], event["event_date"])
    for old in row["background"]:
        if old["event_date"] is not None:
            assert dt.date.fromisoformat(old["event_date"]) < anchor - dt.timedelta(days=7)


def test_the_mix_the_readme_claims() -> None:
    found = rows()
    events = [e for r in found for e in r["events"]]
    non_events = [r for r in found if not r["events"]]
    assert len(found) == 40
    assert len(non_events) == 6
    assert all(1 <= len(r["events"]) <= 5 for r in found if r["events"])
    assert 75 <= len(events) <= 90
    assert {e["event_type"] for e in events} == set(SUB_EVENT_TO_TYPE.values())
    assert len({r["country"] for r in found}) >= 15
    assert sum(1 for e in events if e["sub_event_type"] == "Armed clash") >= 15
    assert sum(1 for e in events if e["event_type"] == "Protests") >= 8
    assert sum(len(r["background"]) for r in found) >= 25
    # traps: at least 25 articles recall an older event or carry a statement, a negation, a
    # detention state, a figurative conflict word or a whole-war toll
    trapped = [r for r in found if r["background"] or TRAPS.search(r["text"])]
    assert len(trapped) >= 25
