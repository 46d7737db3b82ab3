"""The training corpus data/train/train8.jsonl (helper train8, session 32): events of 2000-2011,
world-wide. The checks are those of tests/train_corpus.py (format, codebook, ids, admin1 a unit
of the country, all 25 types, wire datelines and weekdays); the counts and the 14-day window
are this file's."""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.model import SUB_EVENT_TO_TYPE
from tests.train_corpus import (
    TRAIN_DIR,
    check_admin1,
    check_apart,
    check_codes,
    check_dates,
    check_ids,
    check_record_format,
    check_sub_event_types,
    check_weekdays,
    check_wire_datelines,
    evaluation_files,
    events_of,
    records,
)

CORPUS = TRAIN_DIR / "train8.jsonl"
RECORDS = records(CORPUS)
EVENTS = events_of(RECORDS)
COUNTRIES = frozenset({
    "Afghanistan", "Argentina", "Bahrain", "Bangladesh", "Bolivia", "Central African Republic",
    "Chad", "Chile", "China", "Colombia", "Democratic Republic of Congo", "Egypt", "Ethiopia",
    "France", "Georgia", "Guinea", "Haiti", "India", "Iran", "Iraq", "Israel", "Ivory Coast",
    "Kenya", "Kyrgyzstan", "Lebanon", "Libya", "Madagascar", "Mexico", "Mozambique", "Myanmar",
    "Nepal", "Niger", "Nigeria", "Pakistan", "Palestine", "Philippines", "Russia", "Somalia",
    "Spain", "Sri Lanka", "Sudan", "Syria", "Thailand", "Tunisia", "Uganda", "United Kingdom",
    "Yemen", "Zimbabwe",
})  # fmt: skip


def test_ids_are_unique_and_numbered_in_order() -> None:
    check_ids(RECORDS, r"t8_\d{3}", ordered=True)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_format(record: dict[str, Any]) -> None:
    check_record_format(record)


@pytest.mark.parametrize("event", EVENTS, ids=[r["id"] for r in RECORDS if r["event"]])
def test_codes_agree_with_the_codebook(event: dict[str, Any]) -> None:
    check_codes(event)


def test_admin1_is_a_unit_of_the_country_and_events_are_of_2000_to_2011() -> None:
    check_admin1(RECORDS, COUNTRIES)
    check_dates(EVENTS, "2000-01-01", "2011-12-31")


def test_every_sub_event_type_at_least_eight_times() -> None:
    check_sub_event_types(EVENTS, minimum=8)
    subs = [e["sub_event_type"] for e in EVENTS]
    assert subs.count("Armed clash") == max(subs.count(sub) for sub in SUB_EVENT_TO_TYPE)


def test_no_event_within_fourteen_days_of_an_evaluation_event_of_its_country() -> None:
    """The brief of session 32: the window of scripts/train_overlap.py (14 days) on date and
    country alone, and the same day for the other training files."""
    check_apart(CORPUS, EVENTS, evaluation_files(), window_days=14)


def test_wire_datelines_and_weekdays() -> None:
    check_wire_datelines(RECORDS)
    check_weekdays(RECORDS)


def test_the_mix_the_file_was_written_for() -> None:
    """350 rows, mostly coders' notes, some wire and NGO lines, about 10% non-events, the
    countries of 2000-2011 weighted like real data (Iraq, Afghanistan and Pakistan first)."""
    assert len(RECORDS) == 350
    styles = [r["style"] for r in RECORDS]
    assert styles.count("notes") > len(RECORDS) / 2
    assert styles.count("wire") >= 10 and styles.count("ngo") >= 5
    non_events = [r for r in RECORDS if r["event"] is None]
    assert all(r["category"] == "non-event" for r in non_events)
    assert 0.07 * len(RECORDS) <= len(non_events) <= 0.13 * len(RECORDS)
    countries = [r["country"] for r in RECORDS if r["event"]]
    top = {c for c in countries if countries.count(c) >= 15}
    assert {"Iraq", "Afghanistan", "Pakistan"} <= top
    assert countries.count("Iraq") == max(countries.count(c) for c in countries)
    assert len(set(countries)) >= 40
