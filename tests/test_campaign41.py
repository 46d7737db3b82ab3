"""A fight named by whom it is against, as the subject of a perfect, is the campaign as a whole,
not an incident of one day (extract/background.py ``_campaign``; session 41, a VOA story:
"The fight against al-Shabab militants has caused many to flee their homes"). The extractor
alone (no note-reader fallback). The sentences are invented."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs


@pytest.mark.parametrize(
    "text",
    [
        "The fight against the militants has caused many to flee their homes.",
        "The campaign against the cartels has killed thousands of people.",
    ],
)
def test_a_campaign_in_the_perfect_is_no_event(extractor: Extractor, text: str) -> None:
    assert subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        # a day and a place of its own: one incident
        "The fight against the militants in Balcad killed 12 soldiers on Tuesday.",
        # no "against": the fight itself
        "A fight between rival clans has killed 5 people in Galkayo.",
        "Soldiers have killed 5 militants in Balcad.",
    ],
)
def test_an_incident_stays(extractor: Extractor, text: str) -> None:
    assert subs(text, extractor)
