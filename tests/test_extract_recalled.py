"""Acts a report recalls, not reports: a clause dated by a lone year ("In 2016, ... attacked")
and an event noun called "recent" ("the recent border skirmish") make no event
(extract/background.py ``_dated_clause``, pastacts.py ``PAST_MODIFIERS``).

Hand-built sentences (Somalia, India and China), never eval items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.pastacts import past_or_habitual, words_of
from tests.test_extract_events import run


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, Al Shabaab fighters overran an army base in El Adde.",
        "Analysts said the recent border skirmish between India and China had raised tensions.",
    ],
)
def test_recalled_acts_are_no_events(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.event_date) for e in x.events]


def test_an_act_dated_by_day_or_month_is_still_reported(extractor: Extractor) -> None:
    _, x = run("In May 2019, Al Shabaab fighters overran an army base in El Adde.", extractor)
    assert x.events


def test_recent_as_a_past_modifier() -> None:
    assert past_or_habitual(words_of("the recent border skirmish"))
    assert not past_or_habitual(words_of("in recent days"))
