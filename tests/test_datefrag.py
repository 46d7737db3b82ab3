"""The date fragments every stage builds on (ceasewatch/datefrag.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ceasewatch import datefrag as df


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 March 2024", dt.date(2024, 3, 14)),
        ("14 Mar. 2024", dt.date(2024, 3, 14)),
        ("3 Sept, 2023", dt.date(2023, 9, 3)),
        ("31 February 2024", None),  # no day of the calendar
    ],
)
def test_day_month_year(text: str, expected: dt.date | None) -> None:
    m = re.fullmatch(df.day_month_year(), text, re.I)
    assert m is not None
    assert df.read(m) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("March 14, 2024", dt.date(2024, 3, 14)), ("Aug 9 2023", dt.date(2023, 8, 9))],
)
def test_month_day_year(text: str, expected: dt.date) -> None:
    m = re.fullmatch(df.month_day_year(), text, re.I)
    assert m is not None and df.read(m) == expected


def test_month_names_longest_first() -> None:
    # "sept" must be tried before "sep": "Sept. 3" keeps its stop out of the name
    m = re.fullmatch(df.month(), "Sept.", re.I)
    assert m is not None and m["month"] == "Sept"


def test_read_takes_the_alternative_that_matched() -> None:
    pattern = re.compile(
        rf"(?:{df.day_month_year('day1', 'month1', 'year1')}"
        rf"|{df.month_day_year('day2', 'month2', 'year2')})",
        re.I,
    )
    first, second = pattern.fullmatch("9 Aug 2023"), pattern.fullmatch("Aug 9, 2023")
    assert first and second and df.read(first) == df.read(second) == dt.date(2023, 8, 9)


def test_read_two_figure_year_and_month_in_figures() -> None:
    m = re.fullmatch(r"(?P<day>\d+)/(?P<month>\d+)/(?P<year>\d+)", "5/3/24")
    assert m is not None and df.read(m) == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "ok"),
    [("7:05", True), ("07:05", True), ("23:59", True), ("24:00", False), ("12:60", False)],
)
def test_clock(text: str, ok: bool) -> None:
    assert bool(re.fullmatch(df.CLOCK, text)) is ok


def test_two_figure_hour() -> None:
    assert re.fullmatch(rf"{df.HOUR2}{df.MINUTE}", "0700")
    assert not re.fullmatch(rf"{df.HOUR2}{df.MINUTE}", "700")


def test_named_and_unnamed() -> None:
    assert df.named("d", df.DAY) == "(?P<d>[0-3]?\\d)"
    assert df.named(None, df.DAY) == "(?:[0-3]?\\d)"
    # the same fragment twice in one pattern, unnamed: it compiles
    re.compile(f"{df.day_month_year(None, None, None)} to {df.day_month_year(None, None, None)}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DTG: 141430ZMAR24", dt.date(2024, 3, 14)),
        ("at 010930ZAPR24 a convoy", dt.date(2024, 4, 1)),
        ("310000ZFEB24", None),  # no day of the calendar
        ("141430ZXYZ24", "no match"),  # no month
        ("142930ZMAR24", "no match"),  # no hour of the day
        ("141430zmar24", "no match"),  # the form is in capitals
    ],
)
def test_date_time_group(text: str, expected: dt.date | str | None) -> None:
    m = re.search(df.date_time_group(), text)
    if expected == "no match":
        assert m is None
    else:
        assert m is not None and df.read(m) == expected
