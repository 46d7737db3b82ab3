"""A text with no publication date: a weekday or a day and month without a year read against the
date the text told before (session 26, helper dates26). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import load_lexicon

LEX = load_lexicon()
FRIDAY = dt.date(2025, 3, 14)


def _date(text: str, anchor: dt.date | None = FRIDAY) -> dt.date | None:
    reading = read_date(text, None, LEX, anchor)
    return reading.date if reading else None


def test_a_weekday_is_the_latest_on_or_before_the_date_told() -> None:
    assert _date("On Tuesday gunmen attacked a market in the north.") == dt.date(2025, 3, 11)
    assert _date("Troops shelled the town on Friday.") == FRIDAY
    assert _date("Last Friday the convoy was ambushed.") == dt.date(2025, 3, 7)


def test_without_a_date_told_the_weekday_stays_undated() -> None:
    reading = read_date("On Tuesday gunmen attacked a market.", None, LEX, None)
    assert reading is not None and reading.date is None


def test_a_day_and_month_take_the_year_nearest_the_date_told() -> None:
    assert _date("On March 12 the army retook the bridge.") == dt.date(2025, 3, 12)
    assert _date("On 30 December rebels raided the camp.", dt.date(2025, 1, 3)) == dt.date(
        2024, 12, 30
    )
    assert _date("Talks open on 2 January.", dt.date(2024, 12, 28)) == dt.date(2025, 1, 2)


def test_a_lower_case_may_is_no_month() -> None:
    assert _date("Fighters may 3 times a day cross the line.") is None


def test_a_statement_day_gives_way_to_the_event_day() -> None:
    text = "Gunmen attacked the village on Sunday, police said on Tuesday."
    assert _date(text) == dt.date(2025, 3, 9)


def test_with_a_publication_date_nothing_changes() -> None:
    reading = read_date("On Tuesday gunmen attacked a market.", dt.date(2025, 3, 20), LEX, FRIDAY)
    assert reading is not None and reading.date == dt.date(2025, 3, 18)
