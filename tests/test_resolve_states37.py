"""actor1 (issue 9, session 37): state forces named right. A numbered formation written after
the war monitors' owner codes ("RU 155th Marine Brigade", "UA 3rd Assault Brigade") is the
owner's military, not an "RU-155" weapon model; bare army words ("troops", "soldiers", "the
army") in a report about the Palestinian territories are Israel's army (the Palestinian
Authority has police and security services, no army); missile launchers a strike hits are its
target, not a missile attack of their own.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources
from tests.event_builders import report_main_event


def _actor1(text: str, resources: Resources) -> str | None:
    event = report_main_event(text, resources)
    return event.actor1.name if event.actor1 is not None else None


# --- an ordinal after an owner code is a formation, not a weapon's model ---------------------


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "On 4 May 2024, the RU 155th Marine Brigade attacked Ukrainian positions near "
            "Vuhledar (Donetsk); heavy losses reported.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "On 4 May 2024, the UA 3rd Assault Brigade says it retook the village of Robotyne "
            "(Zaporizhzhia) from Russian units.",
            "Military Forces of Ukraine (2019-)",
        ),
        (
            "On 4 May 2024, the UA 21st Mechanized Brigade shelled Russian positions near "
            "Kupiansk (Kharkiv).",
            "Military Forces of Ukraine (2019-)",
        ),
    ],
)
def test_owner_code_before_a_numbered_formation(
    text: str, force: str, resources: Resources
) -> None:
    name = _actor1(text, resources)
    assert same_actor(name, force), name


def test_a_model_designation_still_names_no_owner(resources: Resources) -> None:
    # "Su-25" is a model: the owner is the demonym before it
    text = "On 4 May 2024, Russian Su-25 jets struck Ukrainian positions near Bakhmut (Donetsk)."
    assert same_actor(_actor1(text, resources), "Military Forces of Russia (2000-)")


# --- the army in the Palestinian territories is Israel's --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 6 May 2024, a teenager was shot dead by soldiers during an army raid on Balata camp "
        "near Nablus (West Bank).",
        "On 6 May 2024, troops stormed Nur Shams camp near Tulkarm (West Bank) and killed two "
        "gunmen in an exchange of fire.",
    ],
)
def test_bare_army_words_in_palestine_are_israels(text: str, resources: Resources) -> None:
    name = _actor1(text, resources)
    assert same_actor(name, "Military Forces of Israel (2022-)"), name


def test_palestinian_security_forces_stay_the_pa_police(resources: Resources) -> None:
    text = "On 6 May 2024, Palestinian security forces arrested two Hamas members in Jenin."
    assert same_actor(_actor1(text, resources), "Police Forces of Palestine (2007-)")


def test_bare_army_words_elsewhere_stay_the_countrys(resources: Resources) -> None:
    text = "On 6 May 2024, troops killed two gunmen in an exchange of fire near Gao (Mali)."
    assert same_actor(_actor1(text, resources), "Military Forces of Mali (2021-)")


# --- launchers hit are a strike's target ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2024, US strikes hit Houthi missile launchers near Hodeidah.",
        "On 9 March 2024, British jets struck Houthi missile launchers near Saada. No toll.",
    ],
)
def test_missile_launchers_struck_are_the_target(text: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    name = event.actor1.name if event.actor1 is not None else None
    assert name is not None and "Houthi" not in name, name
    assert event.sub_event_type == "Air/drone strike"
