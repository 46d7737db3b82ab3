"""Session 48, helper zk48: generic doers, weapons as actors and admin1 abbreviations.

Sentences written for these tests (common places, invented victims), never evaluation items:
unnamed people as the doers of an attack in a report that names no country are the place's
Unidentified Armed Group once geocode has placed the event (``resolve.framing``, point 5); a
named air-defence system is its operator, never an actor of its own (Iron Dome: Israel's
military); a bracketed parent written as its common abbreviation ("KP", "KZN", "CABA") is
that first-level unit (``admin_exonyms.tsv``).
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_main_event


def test_unnamed_men_in_a_report_naming_no_country_are_the_places_armed_group(
    resources: Resources,
) -> None:
    text = "On 18 January 2024, two men on a motorcycle shot dead a shopkeeper in Tarlac City."
    event = report_main_event(text, resources)
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Philippines)"
    assert event.actor1.surface == "two men"  # the report's words stay the slot's surface


def test_unnamed_men_in_a_protest_are_still_protesters(resources: Resources) -> None:
    text = "On 18 January 2024, two men staged a sit-in outside the city hall of Tarlac City."
    event = report_main_event(text, resources)
    assert event.actor1 is None or "Unidentified Armed Group" not in event.actor1.name


@pytest.mark.parametrize(("system", "town"), [("Iron Dome", "Sderot"), ("David's Sling", "Haifa")])
def test_an_air_defence_system_is_its_operator(
    system: str, town: str, resources: Resources
) -> None:
    text = f"On 11 May 2023, {system} intercepted two rockets over {town}."
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 is not None
    assert event.actor1.name.startswith("Military Forces of Israel")


@pytest.mark.parametrize(
    ("place", "admin1"),
    [
        ("Nawagai (Bajaur, KP)", "Khyber Pakhtunkhwa"),
        ("Nawagai (Bajaur, KPK)", "Khyber Pakhtunkhwa"),
        ("Umlazi (KZN)", "KwaZulu-Natal"),
        ("Palermo (CABA)", "Buenos Aires F.D."),
    ],
)
def test_a_bracketed_admin1_abbreviation_is_the_unit(
    place: str, admin1: str, resources: Resources
) -> None:
    text = f"On 2 May 2024, gunmen shot dead a shopkeeper near {place}."
    event = report_main_event(text, resources)
    assert event.location is not None
    assert event.location.admin1 == admin1
