"""The reports set's file reportse.jsonl (data/eval/world/reports/) is valid gold: the record
format, the codebook (event type, sub-event, disorder type, inter and interaction codes as the
notes are checked), admin1 a unit of the country and the point inside it, unique ids, event dates
within the week before the article's date and told by their weekday, background older than that
week; and the file holds the mix its README row claims. Its article forms are wider than
reportsa/reportsb's: wire briefs of 80 words, long articles, live blogs and a briefing transcript
(so 80-600 words and up to 12 paragraphs)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.reports_gold import (
    Shape,
    check_dates,
    check_format,
    check_gold,
    check_no_collision,
    rows,
)

SHAPE = Shape(
    "reportse",
    words=(55, 600),
    paragraphs=(3, 12),
    same_session=frozenset({"reportsf", "notesk"}),
)


def test_records_have_the_format() -> None:
    check_format(SHAPE)


@pytest.mark.parametrize("row", rows(SHAPE.path), ids=lambda r: r["id"])
def test_gold_follows_the_codebook_and_the_map(row: dict[str, Any]) -> None:
    check_gold(row)


@pytest.mark.parametrize("row", rows(SHAPE.path), ids=lambda r: r["id"])
def test_dates_agree_with_the_weekday_words(row: dict[str, Any]) -> None:
    check_dates(row, SHAPE)


def test_no_event_shares_a_date_and_country_with_another_set() -> None:
    check_no_collision(SHAPE)


def test_the_mix_is_what_the_readme_claims() -> None:
    found = rows(SHAPE.path)
    events = [e for r in found for e in r["events"]]
    reports = [r for r in found if r["events"]]
    assert len(found) == 40
    assert len(found) - len(reports) == 7
    assert all(1 <= len(r["events"]) <= 6 for r in reports)
    assert 75 <= len(events) <= 85
    assert {e["event_type"] for e in events} == set(SUB_EVENT_TO_TYPE.values())
    types = Counter(e["event_type"] for e in events)
    assert (
        types["Battles"] >= 12
        and types["Explosions/Remote violence"] >= 12
        and types["Protests"] >= 15
    )
    assert len({r["country"] for r in found}) >= 30
    assert sum(1 for r in found if r["traps"]) >= 30
    assert sum(len(r["background"]) for r in found) >= 20
    kinds = Counter(t for r in found for t in set(r["traps"]))
    for kind in (
        "cumulative_toll",
        "told_twice",
        "two_events_one_sentence",
        "far_away_protest",
        "person_place_name",
        "detention_state",
        "night_date",
        "both_sides_toll",
        "gunmen",
        "police_operation",
        "teargas_dispersal",
        "live_blog",
        "roundup",
        "bulletin",
        "press_release",
        "translated",
        "wire_brief",
        "no_dateline",
        "site_header",
        "timeline",
    ):
        assert kinds[kind] >= 1, kind
