"""The reports set's file reportsf.jsonl (data/eval/world/reports/) is valid gold: the record
format, the codebook (event type, sub-event, disorder type, inter and interaction codes as the
notes are checked), admin1 a unit of the country and the point inside it, unique ids, event dates
within the week before the article's date and told by their weekday, background older than that
week, no date and country shared with main's sets; and the file holds the mix its README row
claims. Its forms: wire briefs of about 80 words, round-ups, bulletins, press releases quoted at
length, a translated local piece, live blogs, site headers and articles without a dateline."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.evaluate import world
from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.test_evaluate_world import _check_gold, _check_place

PATH = world.WORLD_DIR / "reports" / "reportsf.jsonl"
RECORD_KEYS = {"id", "text", "category", "country", "events", "background", "traps"}
OPTIONAL_KEYS = {"typical"}
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
MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
DAY_MONTH_YEAR = r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})"
MONTH_DAY_YEAR = r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})"
# the other writer of this session (reportse) wrote beside this file and could not see it: the
# two may share a date and country (harmless: neither was read for the other)
SAME_SESSION = {"reportse", "reportsf"}


def rows(path: Path = PATH) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_date(text: str) -> dt.date:
    """The first full date in the text: the dateline's or header's, or the body's where there is
    none."""
    found = []
    for match in re.finditer(DAY_MONTH_YEAR, text):
        day, month, year = match.groups()
        if month[:3].lower() in MONTHS:
            found.append((match.start(), dt.date(int(year), MONTHS[month[:3].lower()], int(day))))
    for match in re.finditer(MONTH_DAY_YEAR, text):
        month, day, year = match.groups()
        if month[:3].lower() in MONTHS:
            found.append((match.start(), dt.date(int(year), MONTHS[month[:3].lower()], int(day))))
    assert found, text[:80]
    return min(found)[1]


def test_records_have_the_format() -> None:
    found = rows()
    ids = [r["id"] for r in found]
    assert ids == [f"rf{i:03d}" for i in range(1, len(found) + 1)]
    for row in found:
        assert RECORD_KEYS <= set(row) <= RECORD_KEYS | OPTIONAL_KEYS, row["id"]
        assert row["category"] == ("report" if row["events"] else "non-event")
        assert row.get("typical", True) is True
        words = len(row["text"].split())
        paragraphs = row["text"].split("\n\n")
        assert 60 <= words <= 600, (row["id"], words)
        assert 3 <= len(paragraphs) <= 12, row["id"]
        assert all(p.strip() == p and p for p in paragraphs), row["id"]
        for event in row["events"]:
            assert set(event) == EVENT_KEYS, row["id"]
        for event in row["background"]:
            assert set(event) == BACKGROUND_KEYS, row["id"]
            assert event["sub_event_type"] in SUB_EVENT_TO_TYPE


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["id"])
def test_gold_follows_the_codebook_and_the_map(row: dict[str, Any]) -> None:
    for event in row["events"]:
        # an event may lie in another country than the article's (Thai jets over Cambodia)
        _check_gold({"event": event, "country": event["country"]})
        _check_place(event)
    for event in row["background"]:
        _check_place({**event, "geo_precision": 1})


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["id"])
def test_dates_agree_with_the_weekday_words(row: dict[str, Any]) -> None:
    text = row["text"]
    published = article_date(text)
    for event in row["events"]:
        date = dt.date.fromisoformat(event["event_date"])
        assert 0 <= (published - date).days <= 7, (row["id"], event["event_date"])
        if date != published:
            named = WEEKDAYS[date.weekday()]
            assert re.search(rf"\b{named}\b", text), (row["id"], named)
    for event in row["background"]:
        if event["event_date"] is not None:
            assert (published - dt.date.fromisoformat(event["event_date"])).days > 7, row["id"]
    # every weekday word names a day of the article's week
    week = {WEEKDAYS[(published - dt.timedelta(days=n)).weekday()] for n in range(7)}
    assert {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text)} <= week


def test_no_event_shares_a_date_and_country_with_another_set() -> None:
    others = [world.WORLD_DIR / "world.jsonl", world.WORLD_DIR / "heldout.jsonl"]
    others += sorted((world.WORLD_DIR / "notes").glob("*.jsonl"))
    others += [
        p
        for p in sorted((world.WORLD_DIR / "reports").glob("*.jsonl"))
        if p.stem not in SAME_SESSION
    ]
    others += sorted((world.WORLD_DIR.parents[1] / "train").glob("*.jsonl"))
    taken = set()
    for path in others:
        for row in rows(path):
            for event in [row.get("event"), *(row.get("events") or [])]:
                if event:
                    taken.add((event["event_date"], event["country"]))
    mine = {(e["event_date"], e["country"]) for r in rows() for e in r["events"]}
    assert not mine & taken, sorted(mine & taken)


def test_the_mix_is_what_the_readme_claims() -> None:
    found = rows()
    events = [e for r in found for e in r["events"]]
    reports = [r for r in found if r["events"]]
    assert len(found) == 40
    assert len(found) - len(reports) == 7
    assert all(1 <= len(r["events"]) <= 6 for r in reports)
    assert 75 <= len(events) <= 85
    assert {e["event_type"] for e in events} == set(SUB_EVENT_TO_TYPE.values())
    types = Counter(e["event_type"] for e in events)
    assert (
        types["Battles"] >= 15
        and types["Explosions/Remote violence"] >= 15
        and types["Protests"] >= 20
    )
    assert len({r["country"] for r in found}) >= 30
    assert sum(1 for r in found if r["traps"]) >= 35
    assert sum(len(r["background"]) for r in found) >= 20
    kinds = Counter(t for r in found for t in set(r["traps"]))
    for kind in (
        "cumulative_toll",
        "told_twice",
        "two_events_one_sentence",
        "far_away_protest",
        "person_place_name",
        "detention_state",
        "live_blog",
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
    ):
        assert kinds[kind] >= 1, kind
