"""The initiator named as the owner of a weapon, aircraft or attack ("regime warplanes struck").

Hand-built sentences (Yemen, Libya, Gaza, Ukraine, Syria with other places), never eval items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import only, run


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Regime warplanes struck the town of Kafr Nabl on Monday, killing 9 civilians.", "regime"),
        ("Israeli aircraft struck targets in Khan Younis on Sunday.", "israeli"),
        ("Government helicopters dropped barrel bombs on the town of Daraya.", "government"),
        ("Turkish artillery shelled positions near Tal Abyad on Friday.", "turkish"),
        ("The regime's helicopters dropped barrel bombs on the village of Hish.", "regime"),
        ("The village of Sarmin was hit by Russian warplanes on Sunday.", "russian"),
        ("Russian strikes killed 34 civilians in Mayadin on Tuesday.", "russian"),
    ],
)
def test_owner_of_the_weapon_is_actor1(extractor: Extractor, text: str, owner: str) -> None:
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.actor1 is not None, text
    assert event.actor1.name.lower().startswith(owner)
    assert event.event_type == "Explosions/Remote violence"


def test_coordinated_owners_are_one_event(extractor: Extractor) -> None:
    text = "Syrian and Russian warplanes pounded the town of Khan Tuman on Monday."
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.actor1 is not None and event.actor1.name.lower() == "syrian"
    assert any(a.name.lower().startswith("russian") for a in event.assoc_actors1)


def test_unowned_weapon_names_no_initiator(extractor: Extractor) -> None:
    _, x = run("Warplanes struck the town of Ariha on Monday.", extractor)
    event = only(x.events)
    assert event.actor1 is None
    assert event.sub_event_type == "Air/drone strike"


def test_owner_before_a_kind_of_aircraft(extractor: Extractor) -> None:
    text = "Eleven people were killed when Saudi fighter jets struck a market in Dahyan."
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.actor1 is not None and event.actor1.name.lower() == "saudi"
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Shells fired by the Houthis landed on a market in Taiz on Saturday, killing 5 people.",
        "Drones launched by the Houthis struck an oil depot in Jizan on Sunday.",
    ],
)
def test_the_agent_of_a_weapon_launched_by_someone(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events, text
    assert all(e.actor1 is not None and "houthi" in e.actor1.name.lower() for e in x.events)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Thousands of people rallied in Lima on Sunday against the new mining law.", 1),
        ("About 5,000 people gathered in Nairobi on Tuesday, demanding lower taxes.", 1),
        ("Tens of thousands marched through Seoul on Saturday to oppose the reform.", 1),
        ("Shares rallied in Tokyo on Monday after the central bank's decision.", 0),
        ("Party members rallied behind the new leader in Lima on Sunday.", 0),
        ("Families gathered in Nairobi on Tuesday for the wedding.", 0),
    ],
)
def test_rallies_and_gatherings_with_a_demand_are_protests(
    extractor: Extractor, text: str, events: int
) -> None:
    _, x = run(text, extractor)
    assert len(x.events) == events, text
    assert all(e.sub_event_type == "Peaceful protest" for e in x.events)


def test_air_defences_stand_for_their_owner(extractor: Extractor) -> None:
    text = "Saudi air defences intercepted a ballistic missile over Jizan on Sunday."
    _, x = run(text, extractor)
    event = only(x.events)
    assert event.actor1 is not None and event.actor1.name.lower().startswith("saudi")


def test_a_defence_ministry_is_no_weapon(extractor: Extractor) -> None:
    text = "Saudi defence ministry officials said a ballistic missile was intercepted over Jizan."
    _, x = run(text, extractor)
    assert all(e.actor1 is None or "defence" not in e.actor1.name.lower() for e in x.events)


def test_a_device_operated_by_someone_names_no_attacker(extractor: Extractor) -> None:
    text = "A drone operated by the mapping agency captured footage of the landslides."
    _, x = run(text, extractor)
    assert x.events == () or all(e.actor1 is None for e in x.events)
