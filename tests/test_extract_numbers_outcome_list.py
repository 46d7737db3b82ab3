"""A coder's list of outcomes gives each its own figure: in "2 civilians killed, 5 injured" the
death participle on the counted noun (and "dead" on the figure in "Three dead, 21 injured") is
the figure's own word, not a tie the injury word wins (extract/numbers.py ``_toll``; issue 9,
session 43). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def _tolls(text: str, extractor: Extractor) -> list[int | None]:
    _, extraction = run(text, extractor)
    return [e.fatalities for e in extraction.events if e.fatalities is not None]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the parse makes "civilians" the root with both participles hung on it
        ("Russian forces shelled Kupiansk on Monday; 2 civilians killed, 5 injured.", 2),
        (
            "Russian forces shelled Kupiansk on Monday; 2 civilians killed, 5 injured, per police.",
            2,
        ),
        # "dead" an adjective of the figure, the figure the object of "injured"
        ("A glide bomb struck a school in Kupiansk on Monday. Three dead, 21 injured.", 3),
        # the injured figure's own word still counts its own figure only
        (
            "A bomb exploded in a market in Jalalabad on Monday; 40 were killed and another 210 injured.",
            40,
        ),
        ("A bomb exploded in a market in Jalalabad on Monday; 12 injured, 3 killed.", 3),
    ],
)
def test_each_outcome_counts_its_own_figure(text: str, toll: int, extractor: Extractor) -> None:
    assert _tolls(text, extractor) == [toll]


def test_an_injury_figure_alone_is_no_toll(extractor: Extractor) -> None:
    assert _tolls("A bomb exploded in a market in Jalalabad on Monday. 5 injured.", extractor) == []
