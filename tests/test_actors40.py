"""actor1 readings of session 40 (actors40). Hand-written sentences, never evaluation items.

- "security forces" who arrest are the country's police, as at a crowd (resolve/roles.py
  ``POLICE_SUBS``); soldiers who arrest stay the army;
- a state's small attack units ("RU assault groups", "Russian sabotage groups") are its forces
  (knowledge/data/actors/descriptors.yaml ``units``);
- the people a protest word names ("striking dock workers", "protesting students") who burn
  property riot, and a police station or post is property burned (extract/events.py
  ``_crowd_damage``, triggers.yaml); molotovs thrown are a riot's, the plural too.
"""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import first_typed_actor1


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("On 2 May 2022, security forces arrested an opposition blogger at his home in Cairo.",
         "Police Forces of Egypt"),
        ("On 9 March 2024, security forces arrested two union leaders in N'Djamena.",
         "Police Forces of Chad"),
    ],
)  # fmt: skip
def test_security_forces_who_arrest_are_the_police(
    resources: Resources, text: str, police: str
) -> None:
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Arrests"
    assert actor1 is not None and actor1.startswith(police), actor1


def test_soldiers_who_arrest_stay_the_army(resources: Resources) -> None:
    text = "On 2 May 2022, soldiers arrested an opposition blogger at his home in Bamako."
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Arrests"
    assert actor1 is not None and actor1.startswith("Military Forces of Mali"), actor1


@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2025, RU assault groups attacked UA positions near Toretsk (Donetsk).",
        "On 4 April 2025, Russian assault groups tried to infiltrate Kupiansk (Kharkiv).",
        "On 4 April 2025, Russian sabotage groups attacked a border post near Sumy.",
    ],
)
def test_an_owners_assault_groups_are_its_forces(resources: Resources, text: str) -> None:
    _, actor1 = first_typed_actor1(text, resources)
    assert actor1 is not None and actor1.startswith("Military Forces of Russia"), actor1


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2023, striking dock workers burned a police post near Colon, Panama.",
        "On 5 June 2023, striking dock workers burned a police station near Colon, Panama.",
        "On 3 March 2024, masked students threw molotovs at Carabineros outside a school in "
        "Valparaiso.",
    ],
)
def test_a_crowd_burning_a_police_post_or_throwing_molotovs_riots(
    resources: Resources, text: str
) -> None:
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Violent demonstration", sub
    assert actor1 is not None and actor1.startswith("Rioters ("), actor1


def test_a_gang_burning_a_police_station_destroys_property(resources: Resources) -> None:
    text = "On 5 June 2023, gang members burned a police station in Croix-des-Bouquets, Haiti."
    sub, _ = first_typed_actor1(text, resources)
    assert sub == "Looting/property destruction", sub


def test_striking_workers_who_only_march_stay_peaceful(resources: Resources) -> None:
    text = "On 5 June 2023, striking dock workers marched to the port authority in Colon, Panama."
    sub, actor1 = first_typed_actor1(text, resources)
    assert sub == "Peaceful protest", sub
    assert actor1 is not None and actor1.startswith("Protesters ("), actor1
