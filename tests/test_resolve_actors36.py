"""actor1 (issue 9, session 36): state forces as ACLED files them. Brazil's Military Police
named as a unit of the country's police ("Police Forces of Brazil (2023-) Military Police");
the war monitors' country codes "RU"/"UA" before a weapon or unit; a chemical weapon's means
naming their owner as a strike's do; "Russian instructors" in the Central African Republic
and Mali (the Wagner Group), kept first when written first beside the home army.

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


# --- Brazil's Military Police, a unit of the country's police ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2024, military police shot dead two men during a raid on a favela of Recife "
        "(Pernambuco).",
        "On 5 June 2024, PM officers killed a suspect in a shootout in Campinas (Sao Paulo).",
        "On 5 June 2024, officers of the Military Police of Brazil killed a suspect in Natal "
        "(Rio Grande do Norte).",
    ],
)
def test_brazils_military_police_is_a_unit_of_its_police(text: str, resources: Resources) -> None:
    name = _actor1(text, resources)
    assert same_actor(name, "Police Forces of Brazil (2023-) Military Police"), name
    # the unit, not the parent force: ACLED writes the unit after the force's period
    assert not same_actor(name, "Police Forces of Brazil (2023-)"), name


def test_military_police_outside_brazil_stay_the_police(resources: Resources) -> None:
    text = "On 5 June 2024, military police beat two traders at a market in Lome (Maritime)."
    name = _actor1(text, resources)
    assert name is None or "Brazil" not in name, name


# --- "RU" and "UA", the war monitors' codes, as owners of weapons and units -----------------


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "On 4 May 2024, RU artillery shelled Nikopol (Dnipropetrovsk). One civilian killed.",
            "Russia",
        ),
        (
            "On 4 May 2024, UA artillery shelled a command post near Oleshky (Kherson). "
            "Three killed.",
            "Ukraine",
        ),
    ],
)
def test_country_codes_own_their_weapons(text: str, force: str, resources: Resources) -> None:
    name = _actor1(text, resources)
    assert name is not None and name.startswith(f"Military Forces of {force}"), name


# --- a chemical weapon's means name its owner --------------------------------------------


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "On 4 May 2024, RU drones dropped grenades with tear gas on UA trenches near "
            "Robotyne (Zaporizhzhia). Two soldiers were treated.",
            "Military Forces of Russia",
        ),
        (
            "On 4 May 2024, Ukrainian drones dropped gas grenades on Russian positions near "
            "Vovchansk (Kharkiv). Several soldiers were treated.",
            "Military Forces of Ukraine",
        ),
    ],
)
def test_a_gas_attack_is_its_means_owners(text: str, force: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Chemical weapon", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name.startswith(force), event.actor1


def test_a_gas_attack_with_no_owner_names_none(resources: Resources) -> None:
    text = (
        "On 4 May 2024, a drone dropped tear gas grenades on trenches near Robotyne "
        "(Zaporizhzhia). Two soldiers were treated."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is None or "Russia" not in event.actor1.name, event.actor1


# --- "Russian instructors": the Wagner Group where its hosts called it so ----------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, 'Russian instructors' shot two miners near Bria (Haute-Kotto).",
        # written first beside the home army: the company is the doer, the army associated
        "On 3 May 2023, Russian instructors and FACA soldiers killed six herders near "
        "Kaga-Bandoro (Nana-Grebizi), per residents.",
        "On 3 May 2023, Wagner fighters and FACA soldiers shot five herders near Ndele "
        "(Bamingui-Bangoran).",
    ],
)
def test_russian_instructors_in_car_are_wagner(text: str, resources: Resources) -> None:
    assert _actor1(text, resources) == "Wagner Group"


def test_the_home_army_written_first_stays_first(resources: Resources) -> None:
    text = (
        "On 3 May 2023, FACA soldiers and Russian instructors killed six herders near "
        "Kaga-Bandoro (Nana-Grebizi), per residents."
    )
    name = _actor1(text, resources)
    assert name is not None and name.startswith("Military Forces of the Central African"), name


def test_a_foreign_army_beside_the_home_army_is_still_associated(resources: Resources) -> None:
    # the joint operation of two states' forces keeps the home army first (roles.py)
    text = (
        "On 9 August 2023, Rwandan and Mozambican troops retook Mbau (Cabo Delgado) from "
        "the insurgents."
    )
    name = _actor1(text, resources)
    assert name is not None and name.startswith("Military Forces of Mozambique"), name


def test_russian_instructors_elsewhere_are_not_wagner(resources: Resources) -> None:
    text = "On 3 May 2023, Russian military instructors arrived at the air base in Ouagadougou."
    name = _actor1(text, resources)
    assert name != "Wagner Group", name


# --- a state's branches written bare are its military --------------------------------------


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "On 2 June 2024, the presidential guard fired on a crowd in Conakry; three killed.",
            "Military Forces of Guinea",
        ),
        (
            "On 2 June 2024, special forces raided a house in Kaduna (Kaduna) and killed two "
            "suspects.",
            "Military Forces of Nigeria",
        ),
        (
            "On 2 June 2024, border guards shot dead two smugglers near Zahedan (Sistan and "
            "Baluchestan).",
            "Military Forces of Iran",
        ),
    ],
)
def test_a_branch_written_bare_is_the_military(text: str, force: str, resources: Resources) -> None:
    name = _actor1(text, resources)
    assert name is not None and name.startswith(force), name


def test_a_branch_attacked_is_the_military_as_actor2(resources: Resources) -> None:
    text = (
        "On 2 June 2024, militants ambushed border guards near Torkham (Nangarhar); three "
        "guards killed."
    )
    event = report_main_event(text, resources)
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of"), event
