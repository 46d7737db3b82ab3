"""What a report sets "months after" or "a year after" is the past it measures from, no event
of the report (session 48, reports48; extract.background ``_long_after``). Hand-built sentences
about invented places, never evaluation items."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run

LEAD = "Gunmen attacked a village in Plateau state on Monday, killing five people, police said. "


def _events(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    _, x = run(LEAD + text, extractor)
    return [(e.sub_event_type, e.fatalities) for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "The floods come months after deadly protests in the south of the country, where more"
        " than 60 people were killed in clashes with security forces.",
        "The vote comes a year after protesters stormed the parliament in the capital.",
        "The trial opens two decades after soldiers shot dead 40 villagers in the valley.",
    ],
)
def test_an_act_months_or_years_back_is_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == [("Attack", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Two days after the attack, soldiers clashed with gunmen in Jos.",
        "Hours after the meeting, gunmen killed 20 people in Bokkos.",
        "Months after the floods, hundreds of farmers marched in Jos on Tuesday.",
    ],
)
def test_the_news_told_after_a_short_or_recalled_time_stays(
    extractor: Extractor, text: str
) -> None:
    assert len(_events(extractor, text)) == 2
