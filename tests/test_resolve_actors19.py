"""actor1 by event type (issue 9, session 19, wip/actors19): an air or drone strike the report
names nobody for is the military of the state whose air force strikes there (ACLED's codebook:
the state forces known to fly there; the country's own by default, the foreign state where one
flies over the country, nobody where several do); a disrupted weapons use is the interceptor's,
the weapon's owner second; a news agency is never a side.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.model import ActorRef
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.roles import apply_roles
from tests.event_builders import make_event, report_main_event


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 3 May 2023, a drone strike hit a busy market in Shiraro (North Western, Tigray); "
            "12 dead.",
            "Military Forces of Ethiopia",
        ),
        (
            "On 5 June 2024, an air strike destroyed houses in a village near Kutkai (northern "
            "Shan); 7 killed, residents said.",
            "Military Forces of Myanmar",
        ),
        (
            "On 12 May 2024, a drone struck a car on the coastal road near Tyre in south "
            "Lebanon, killing two men.",
            "Military Forces of Israel",
        ),
    ],
)
def test_an_unclaimed_air_strike_is_the_flying_states(
    resources: Resources, text: str, actor1: str
) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Air/drone strike", text
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1


def test_a_strike_on_the_army_is_not_the_armys(resources: Resources) -> None:
    text = "On 4 February 2024, drones dropped explosives on an army post near Kidal; 3 soldiers wounded."
    event = report_main_event(text, resources)
    assert event.actor1 is None or "Mali" not in event.actor1.name, event.actor1


def test_no_default_where_several_air_forces_fly(resources: Resources) -> None:
    text = (
        "On 14 March 2024, an air strike hit a farm outside Jilib (Middle Juba); "
        "4 killed, elders said."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is None or "Somalia" not in event.actor1.name, event.actor1


def test_intercepted_foreign_drones_are_the_interceptors(resources: Resources) -> None:
    text = (
        "On 2 June 2024, air defences shot down eleven Ukrainian drones over Kursk region "
        "overnight; a house was damaged, no one hurt."
    )
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Disrupted weapons use", text
    assert event.actor1 is not None and same_actor(event.actor1.name, "Military Forces of Russia")
    assert event.actor2 is not None and same_actor(event.actor2.name, "Military Forces of Ukraine")


def test_a_news_agency_is_no_side(resources: Resources) -> None:
    event = make_event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=ActorRef(name="Reuters", id="reuters"),
    )
    made = apply_roles(event, resources.actors, "SY")
    assert made.actor1 is None or made.actor1.name != "Reuters", made.actor1


def test_the_interceptor_named_first_stays_actor1(resources: Resources) -> None:
    text = (
        "KYIV, June 3, 2024 - Ukrainian air defences shot down 20 missiles Russia fired at the "
        "capital overnight, the air force said."
    )
    event = report_main_event(text, resources)
    if event.sub_event_type == "Disrupted weapons use" and event.actor1 is not None:
        assert same_actor(event.actor1.name, "Military Forces of Ukraine"), event.actor1
