"""actor1 by ACLED's names (issue 9, session 18, wip/actors18): the scorer accepts ACLED's own
form of a name the knowledge base lists as an alias of the predicted actor; Israeli settlers are
named in ACLED's "group (country)" form; a state's air force with no owner named is the
country's military.

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources
from tests.event_builders import report_main_event


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        # ACLED names a group active in several countries by its country
        ("Islamic State Khorasan Province", "Islamic State (Afghanistan)"),
        # the acronym of the prefix is an alias of the base's name
        (
            "Cooperative for the Development of Congo",
            "CODECO: Cooperative for Development of Congo",
        ),
        (
            "West Papua National Liberation Army",
            "TPN-OPM: West Papua National Liberation Army-Free Papua Movement",
        ),
        # both forms of the settlers' name
        ("Settlers (Israel)", "Israeli Settlers"),
        ("Settlers (Israel)", "Settlers (Israel)"),
    ],
)
def test_gold_names_the_base_lists_as_aliases(predicted: str, gold: str) -> None:
    assert same_actor(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        # another actor's own name is never taken as an alias
        ("Hayat Tahrir al-Sham", "Jabhat al-Nusra"),
        ("Al Shabaab", "Islamic State (Somalia)"),
        # generic and state actors: their aliases are words, not names
        ("Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"),
        ("Military Forces of Nigeria", "Police Forces of Nigeria"),
    ],
)
def test_other_names_stay_wrong(predicted: str, gold: str) -> None:
    assert not same_actor(predicted, gold)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 6 March 2024, air force jets struck insurgent camps in the hills near Damboa "
            "(Borno); the air force said dozens of fighters were killed.",
            "Military Forces of Nigeria",
        ),
        (
            "On 7 March 2024, the army's air force struck a column of fighters moving near Djibo "
            "(Soum, Sahel). No toll given.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_an_air_force_with_no_owner_is_the_countrys_military(
    resources: Resources, text: str, actor1: str
) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Air/drone strike", text
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1


def test_settlers_are_named_as_acled_names_them(resources: Resources) -> None:
    text = (
        "On 8 July 2024, settlers from an outpost burned a car and a barn at Sinjil "
        "(Ramallah and al-Bireh) at night; no casualties."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is not None and event.actor1.name == "Settlers (Israel)", event.actor1
