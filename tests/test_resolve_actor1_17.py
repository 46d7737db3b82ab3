"""actor1 of identity militias written as a people's or clan's armed men (issue 9, session 17,
wip/actors17): ACLED codes them "{Group} Ethnic Militia (X)", "{Clan} Clan Militia (X)", and
unnamed clans fighting "Communal Militia (X)".

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.knowledge import load_actors
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.identity import groups_acting
from tests.event_builders import report_main_event


@pytest.mark.parametrize(
    ("text", "country", "names"),
    [
        ("Tiv youths burned a Jukun hamlet", "NG", ["Tiv Ethnic Militia (Nigeria)"]),
        (
            "shooting between Hema and Lendu youth went on all night",
            "CD",
            [
                "Hema Ethnic Militia (Democratic Republic of Congo)",
                "Lendu Ethnic Militia (Democratic Republic of Congo)",
            ],
        ),
        ("Lou Nuer armed youth drove off cattle", "SS", ["Lou Nuer Ethnic Militia (South Sudan)"]),
        ("raiders from the Garre clan hit a well", "KE", ["Garre Clan Militia (Kenya)"]),
    ],
)
def test_groups_written_as_armed_men(text: str, country: str, names: list[str]) -> None:
    kb = load_actors()
    found = [kb.actors[i].name for i in groups_acting(text, kb, country)]
    assert found == names


@pytest.mark.parametrize(
    "text",
    [
        "bandits shot dead four Tiv youths on a farm",
        "Tiv youths were beaten at a checkpoint",
        "Tiv elders met the governor",  # no armed men
    ],
)
def test_victims_and_others_are_not_the_attackers(text: str) -> None:
    assert groups_acting(text, load_actors(), "NG") == []


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 9 June 2021, Kusasi youth and Mamprusi youth exchanged gunfire in Bawku "
            "(Upper East); 3 dead.",
            "Kusasi Ethnic Militia (Ghana)",
            "Mamprusi Ethnic Militia (Ghana)",
        ),
        (
            "On 9 June 2021, fighting between rival clans in the hills above Mendi "
            "(Southern Highlands) left 6 dead.",
            "Communal Militia (Papua New Guinea)",
            "Communal Militia (Papua New Guinea)",
        ),
    ],
)
def test_clashes_of_groups(resources: Resources, text: str, actor1: str, actor2: str) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Armed clash", text
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1
    assert event.actor2 is not None and same_actor(event.actor2.name, actor2), event.actor2


def test_an_attack_by_a_group_youth(resources: Resources) -> None:
    text = "On 9 June 2021, Tiv youths attacked a Jukun farming village near Wukari (Taraba); 5 killed."
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(
        event.actor1.name, "Tiv Ethnic Militia (Nigeria)"
    ), event.actor1


def test_gunmen_who_killed_youths_stay_unidentified(resources: Resources) -> None:
    text = "On 9 June 2021, gunmen killed four Tiv youths near Wukari (Taraba)."
    event = report_main_event(text, resources)
    assert event.actor1 is not None and not event.actor1.name.startswith("Tiv"), event.actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 2 April 2023, M23 shelling struck the outskirts of Sake (North Kivu); "
            "two children killed.",
            "M23: March 23 Movement",
        ),
        (
            "On 2 April 2023, Russian shelling hit a bakery in Kherson (Kherson); 3 killed.",
            "Military Forces of Russia",
        ),
    ],
)
def test_a_strike_by_the_owner_of_its_means(resources: Resources, text: str, actor1: str) -> None:
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), event.actor1


def test_the_target_of_a_strike_is_not_its_owner(resources: Resources) -> None:
    text = (
        "On 2 April 2023, a drone strike hit Houthi rocket launchers near Hodeidah (Al Hudaydah)."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is None or "Houthi" not in event.actor1.name, event.actor1


def test_blame_on_a_movements_nickname_names_it(resources: Resources) -> None:
    text = (
        "On 2 April 2023, gunmen shot a farmer dead near Kumba (Meme, South-West). "
        "'Amba boys' suspected."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, "Ambazonian Separatists"), (
        event.actor1
    )
