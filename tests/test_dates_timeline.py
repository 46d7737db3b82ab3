"""Dates of retrospective and timeline sentences (extract/dates.py): a period or a timeline
entry that opens with its year recalls the past; a weekday naming a full date is that date.

Sentences are written by hand for these tests (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract.dates import read_date
from ceasewatch.extract.lexicon import Lexicon, load_lexicon

PUBLISHED = dt.date(2017, 4, 4)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2014 The group seizes swathes of territory in the east.", 2014),
        ("September 2014 The US and its allies launch air strikes.", 2014),
        ("Part of the island served as a detention station from 1910 to 1940.", 1940),
        ("The camp held prisoners between 1975 and 1990.", 1990),
    ],
)
def test_a_timeline_entry_or_a_period_is_read_as_its_year(
    lex: Lexicon, text: str, year: int
) -> None:
    reading = read_date(text, PUBLISHED, lex)
    assert reading is not None and reading.date == dt.date(year, 7, 1)
    assert reading.precision == 3


@pytest.mark.parametrize(
    "text",
    [
        "2000 Syrian soldiers were deployed to the front.",  # a round count, not a year
        "The 2014 offensive was planned by the army.",  # no lead year: background.py's job
        "2017 Protesters gathered in the square.",  # the publication's own year
    ],
)
def test_a_count_or_this_years_entry_is_no_past_year(lex: Lexicon, text: str) -> None:
    reading = read_date(text, PUBLISHED, lex)
    assert reading is None or reading.date is None or reading.date.year == 2017


def test_a_weekday_naming_a_full_date_is_that_date(lex: Lexicon) -> None:
    text = "The agency announced on Tuesday April 29 2014 that it will send a mission."
    for published in (PUBLISHED, None):
        reading = read_date(text, published, lex)
        assert reading is not None and reading.date == dt.date(2014, 4, 29)


def test_a_weekday_alone_is_still_read_back_from_publication(lex: Lexicon) -> None:
    reading = read_date("Shelling on Monday killed five people.", PUBLISHED, lex)
    assert reading is not None and reading.date == dt.date(2017, 4, 3)
    undated = read_date("Shelling on Monday killed five people.", None, lex)
    assert undated is not None and undated.date is None
