"""Remote violence is coded by its means even when civilians are the victims.

ACLED codes an air strike that kills civilians as an Air/drone strike (its civilian_targeting
flag marks the victims), not as an Attack. Hand-built sentences, never eval items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import only, run


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Coalition strikes killed 14 civilians in Hajjah on Monday.", "Air/drone strike"),
        (
            "Eight children were among 19 civilians killed in aerial attacks on Ariha.",
            "Air/drone strike",
        ),
        ("Jets carried out a bombing raid on Sirte, killing six people.", "Air/drone strike"),
        ("A bombing at a bus station in Kirkuk killed 12 people.", "Remote explosive/landmine/IED"),
        (
            "A missile strike hit a hospital in Saada, killing 7 people.",
            "Shelling/artillery/missile attack",
        ),
        ("Workers went on strike in Basra on Monday.", "Peaceful protest"),
    ],
)
def test_means_sets_the_type(extractor: Extractor, text: str, sub: str) -> None:
    _, x = run(text, extractor)
    assert only(x.events).sub_event_type == sub


def test_civilian_victims_of_a_strike_flag_the_event(extractor: Extractor) -> None:
    _, x = run("Coalition strikes killed 14 civilians in Hajjah on Monday.", extractor)
    event = only(x.events)
    assert event.civilian_targeting is True and event.fatalities == 14


def test_toll_in_the_next_sentence_joins_the_strike(extractor: Extractor) -> None:
    text = "Air strikes hit the town of Maarat Misrin on Monday. Twelve civilians were killed, activists said."
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 12
    assert event.location is not None and event.location.name == "Maarat Misrin"
    assert event.fatality_claims[0].claimed_by == "activists"


def test_toll_at_another_place_is_its_own_event(extractor: Extractor) -> None:
    text = "Rebels shelled the village of Kurnaz on Monday. In Suqaylabiyah, three soldiers were killed."
    _, x = run(text, extractor)
    assert len(x.events) == 2
    assert x.events[0].fatalities is None and x.events[1].fatalities == 3


def test_toll_with_its_own_killer_is_its_own_event(extractor: Extractor) -> None:
    text = "Clashes erupted in Aden on Tuesday. Gunmen killed four civilians in Aden."
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Armed clash", "Attack"]
