"""A part of the dead counted apart ("20 women among the dead") is no toll of its own: the
whole is the event's toll (issue 15: such a part gave one report of a gas attack a toll of 20
beside the others' 58 to 100). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


def _tolls(text: str, extractor: Extractor) -> list[int]:
    _, extraction = run(text, extractor)
    return sorted(e.fatalities for e in extraction.events if e.fatalities is not None)


@pytest.mark.parametrize(
    "text",
    [
        "An air strike killed 45 in Kafr Nabl on Monday, and 12 women were among the dead.",
        "An air strike killed 45 in Kafr Nabl on Monday; among the dead were 12 women.",
        "An air strike killed 45 in Kafr Nabl on Monday, and twelve children were among those "
        "killed.",
    ],
)
def test_a_part_among_the_dead_is_not_a_toll(text: str, extractor: Extractor) -> None:
    # Counted as another victim group, the part would be added to the whole (57)
    assert _tolls(text, extractor) == [45]


def test_a_toll_of_its_own_still_counts(extractor: Extractor) -> None:
    text = "An air strike hit a market in Kafr Nabl on Monday, killing 12 women."
    assert _tolls(text, extractor) == [12]
