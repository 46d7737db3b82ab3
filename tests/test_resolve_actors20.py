"""actor1 on whole reports (issue 9, session 20, wip/actors20): a battle the defenders tell
("the army said it repelled them") keeps the attackers as actor1 and the defenders as actor2;
the owner of a weapon is its actor ("drones of the cartel", "mortar rounds fired by X", "fired
from rebel positions"); a state force's name before its members ("NSS agents") is the force;
Brazil's Military Police is ACLED's "Police Forces of Brazil (2023-) Military Police" (renamed
from "Military Police of Brazil" in session 36).

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events, report_main_event


def _names(text: str, resources: Resources) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
        for e in report_events(text, resources)
    ]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 8 June 2024, insurgents stormed a military base near Bama (Borno). The army "
            "said it repelled them, killing 9 of the attackers.",
            "Unidentified Armed Group (Nigeria)",
            "Military Forces of Nigeria",
        ),
        (
            "On 8 June 2024, ISWAP fighters raided army barracks in Marte (Borno). The army said "
            "it repelled them and killed 17 assailants.",
            "Islamic State West Africa Province",
            "Military Forces of Nigeria",
        ),
        (
            "On 8 June 2024, troops repulsed an ISWAP attack on Damasak (Borno), killing 6 "
            "insurgents.",
            "Islamic State West Africa Province",
            "Military Forces of Nigeria",
        ),
        (
            "On 8 June 2024, soldiers repelled an attack on their camp at Djibo (Sahel "
            "region); two soldiers killed.",
            "Unidentified Armed Group (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_the_defenders_account_keeps_the_attacker_first(
    resources: Resources, text: str, actor1: str, actor2: str
) -> None:
    names = _names(text, resources)
    assert names, text
    assert all(a1 is not None and same_actor(a1, actor1) for a1, _ in names), names
    assert any(a2 is not None and same_actor(a2, actor2) for _, a2 in names), names


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 9 June 2024, mortar rounds fired by al-Shabaab fell near the seaport of "
            "Kismayo (Lower Juba); three people hurt.",
            "Al Shabaab",
        ),
        (
            "On 9 June 2022, drones of the Sinaloa Cartel dropped explosives on a farm near "
            "Culiacan (Sinaloa); one man hurt.",
            "Sinaloa Cartel",
        ),
    ],
)
def test_the_owner_of_a_weapon_is_the_actor(resources: Resources, text: str, actor1: str) -> None:
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1
    assert event.actor2 is None or not same_actor(event.actor2.name, actor1), event.actor2


def test_fired_from_rebel_positions_is_the_rebels(resources: Resources) -> None:
    text = (
        "On 9 June 2024, shells fired from rebel positions hit a school in Bunia (Ituri), "
        "killing two pupils."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is not None, event
    assert "Military Forces" not in event.actor1.name and event.actor1.inter != 7, event.actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 10 June 2024, NSS agents detained a radio presenter at his office in Juba.",
            "National Security Service (South Sudan)",
        ),
        (
            "On 10 June 2024, Military Police officers shot dead two men during a raid on a "
            "favela of Fortaleza (Ceara).",
            "Police Forces of Brazil (2023-) Military Police",
        ),
    ],
)
def test_a_named_force_and_its_members(resources: Resources, text: str, actor1: str) -> None:
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1


def test_military_police_elsewhere_are_the_police(resources: Resources) -> None:
    text = "On 10 June 2024, military police fired tear gas at marchers in Dakar (Dakar)."
    names = _names(text, resources)
    assert all(a is None or "Brazil" not in a for pair in names for a in pair), names


def test_a_shelling_of_a_city_keeps_its_target(resources: Resources) -> None:
    text = "On 11 June 2024, Russian artillery shelled Kherson (Kherson), killing 2 civilians."
    event = report_main_event(text, resources)
    assert event.actor1 is not None and "Russia" in event.actor1.name, event.actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 12 June 2024, the Kachin Independence Army said its fighters had seized an army "
            "outpost near Bhamo (Kachin) after two days of fighting.",
            "Kachin Independence Army",
        ),
        (
            "On 12 June 2024, the Saudi-led coalition said its warplanes struck Houthi positions "
            "near Harib (Marib), killing 8.",
            "Military Forces of Saudi Arabia",
        ),
    ],
)
def test_an_actor_reporting_its_own_act(resources: Resources, text: str, actor1: str) -> None:
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1


def test_witnesses_own_nothing(resources: Resources) -> None:
    text = "On 12 June 2024, residents said their homes were shelled near Gao (Gao)."
    names = _names(text, resources)
    assert all(a1 is None or "Civilians" not in a1 for a1, _ in names), names
