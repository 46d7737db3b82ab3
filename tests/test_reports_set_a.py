"""The reports set's file reportsa.jsonl (data/eval/world/reports/) is valid gold: the record
format, the codebook (event type, sub-event, disorder, inter and interaction codes), places (admin1
a unit of the country, the point inside it), unique ids, every event dated by a weekday word of
the text within the week before the article's date, background older than that week, and the mix
its README row claims (40 articles, 6 non-events, about 80 events, 15+ countries, traps)."""

from __future__ import annotations

import re
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
    "reportsa",
    words=(150, 450),
    paragraphs=(3, 9),
    same_session=frozenset({"reportsb"}),
    relative_dates=False,
    body_date_is_an_event=True,
    traps=False,
)

# phrases of the traps the set was written with (statements, negations, detention states,
# figurative conflict words, whole-war tolls)
TRAPS = re.compile(
    r"no casualties|no shots|no deaths|nobody|no one|were no|without major violence|"
    r"warned|threat|vowed|promised|will be|would not|war of|fight against|battle for|"
    r"jailed|held since|in detention|in prison|detained since|have been held|"
    r"have been killed|has killed|have died|killed more than|since (?:19|20)\d\d",
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


def test_the_mix_the_readme_claims() -> None:
    found = rows(SHAPE.path)
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
