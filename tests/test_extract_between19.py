"""The two sides of a fight named with "between" (issue 9, session 19): a sentence-opening
gerund the tagger calls a verb keeps its parties, and the people killed in the fight are its
toll, never the other side."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import only, run


@pytest.mark.parametrize(
    ("text", "sides", "toll"),
    [
        (
            "Fighting between the army and the RSF killed five people in Omdurman on Tuesday, "
            "residents said.",
            {"army", "RSF"},
            5,
        ),
        (
            "Clashes between the Sudanese army and the Rapid Support Forces erupted in El Fasher "
            "on Monday, killing three civilians.",
            {"Sudanese army", "Rapid Support Forces"},
            3,
        ),
        (
            "Fighting between soldiers and militants killed two soldiers near Kismayo on Monday.",
            {"soldiers", "militants"},
            2,
        ),
        (
            "Troops clashed with militants near Kismayo on Monday, killing two civilians.",
            {"Troops", "militants"},
            2,
        ),
    ],
)
def test_the_two_sides_not_the_dead(
    text: str, sides: set[str], toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor)
    event = only(extraction.events)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor2 is not None
    assert {event.actor1.name, event.actor2.name} == sides
    assert event.fatalities == toll


def test_victims_still_the_target_without_a_pair(extractor: Extractor) -> None:
    # one side named by the clash: the soldiers killed are the other
    _, extraction = run(
        "Two soldiers were killed in clashes with al-Shabaab militants near Kismayo on Monday.",
        extractor,
    )
    event = only(extraction.events)
    assert event.actor2 is not None and event.actor2.name == "Two soldiers"


def test_a_fight_told_beside_the_killing_leaves_its_victims(extractor: Extractor) -> None:
    # the ambush is why the gunmen came, not the fight that killed the villagers
    _, extraction = run(
        "On 4 May 2024, gunmen went through the village of Tilia killing farmers in their "
        "fields, after a rebel ambush on an army patrol.",
        extractor,
    )
    event = only(extraction.events)
    assert event.sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.name == "farmers"
