"""Places, session 21 (issue 9, wip/places21): a parent written with its own parent as
possessor ("in Michoacán's Aguililla municipality") is read as the unit inside its owner.

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases
from tests.test_geocode import one


def test_a_possessed_parent_is_the_unit_then_its_owner() -> None:
    text = "Drones dropped explosives on El Aguaje in Michoacán's Aguililla municipality."
    start = text.index("El Aguaje")
    assert parent_phrases(text, start, start + len("El Aguaje")) == [
        "Aguililla municipality",
        "Michoacán",
    ]


def test_a_parent_without_a_possessor_is_unchanged() -> None:
    text = "Gunmen fired on a checkpoint in the village of Tayyana in Deir ez-Zor province."
    start = text.index("Tayyana")
    assert parent_phrases(text, start, start + len("Tayyana")) == ["Deir ez-Zor province"]


def test_a_village_in_a_states_municipality_stays_in_the_state(builtin: Gazetteer) -> None:
    text = (
        "MORELIA, Mexico, May 23, 2024 - Suspected cartel members dropped explosives from drones"
        " on the village of El Aguaje in Michoacán's Aguililla municipality on Tuesday."
    )
    loc = one(text, builtin, "El Aguaje")
    assert loc.country == "Mexico" and loc.admin1 == "Michoacán"


def test_a_village_in_a_countrys_region_stays_in_the_region(builtin: Gazetteer) -> None:
    text = (
        "NIAMEY, Niger, September 7, 2023 - Fighters attacked soldiers near Tabatol in Niger's"
        " Tillaberi region on Monday."
    )
    loc = one(text, builtin, "Tabatol")
    assert loc.admin1 == "Tillabéri" and loc.latitude is not None
