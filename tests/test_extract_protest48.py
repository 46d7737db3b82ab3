"""Protest and riot wording nobody had tuned to (protest48, session 48), by ACLED's codebook:
weather a crowd marched in, a crowd gathered in solidarity, people who walked over a grievance,
truckers' road blockades cleared with tear gas, a crowd pelting with sticks, and a lynching by a
crowd the resolver names no actor for. Texts written for these tests, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event

PROTEST = "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 3 May 2023, nurses marched in the rain outside the hospital against unpaid wages.",
            PROTEST,
        ),
        (
            "On 3 May 2023, a crowd gathered in the main square of Tartu in solidarity with the strikers.",
            PROTEST,
        ),
        (
            "On 3 May 2023, opposition supporters walked to the town hall over the suspension of the mayor.",
            PROTEST,
        ),
        (
            "On 3 May 2023, truckers blocking roads around Oruro over fuel shortages were cleared "
            "by police with tear gas.",
            "Protest with intervention",
        ),
        (
            "On 3 May 2023, angry villagers in Lima pelted the minister with mud and sticks.",
            "Violent demonstration",
        ),
        (
            "On 3 May 2023, residents of a township near Durban beat and burnt two men accused of theft.",
            "Mob violence",
        ),
        (
            "On 3 May 2023, community members in Tembisa attacked 2 men suspected of burglary, beating them badly.",
            "Mob violence",
        ),
    ],
)
def test_protest_and_riot_wordings(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    "text",
    [
        # a flood that killed people is still nature's, not a crowd's
        "On 3 May 2023, twelve people were killed in floods near Beira.",
        # officials gathering in solidarity are at a meeting
        "On 3 May 2023, ministers gathered at a summit in Accra in solidarity with flood victims.",
        # people walking over a bridge press nothing
        "On 3 May 2023, residents walked over the bridge to the market in Kisumu.",
    ],
)
def test_no_protest_read(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) not in (PROTEST, "Mob violence")


def test_gunmen_who_attack_stay_an_attack(extractor: Extractor) -> None:
    text = "On 3 May 2023, gunmen attacked two men in a village near Maiduguri."
    assert main_sub_event(text, extractor) == "Attack"


def test_an_exploding_volcano_is_no_blast(extractor: Extractor) -> None:
    text = "On 3 May 2023, the volcano on Ambae exploded, covering villages in ash."
    assert main_sub_event(text, extractor) == "no event"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, police used pepper spray on people blocking the entrance of the port in Gdansk.",
        "On 3 May 2023, a group of activists blocked the road outside parliament in Reykjavik; "
        "police pepper-sprayed them.",
    ],
)
def test_pepper_spray_on_a_crowd_is_an_intervention(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == "Protest with intervention"


def test_pepper_spray_on_one_man_is_no_protest(extractor: Extractor) -> None:
    text = "On 3 May 2023, police used pepper spray on a man who resisted arrest in Gdansk."
    assert main_sub_event(text, extractor) not in ("Protest with intervention", "Peaceful protest")


def test_people_who_had_gathered_in_solidarity_are_the_arrest_background(
    extractor: Extractor,
) -> None:
    text = (
        "On 3 May 2023, police arrested about 15 activists who had gathered on the steps of the "
        "union hall in Giza in solidarity with the strikers."
    )
    _, x = run(text, extractor)
    event = main_event(list(x.events))
    assert event is not None and event.sub_event_type == "Arrests"
    # the police arrested; the gathering is no protest event of its own that takes the lead
    assert event.actor1 is not None and not event.actor1.name.startswith("Protesters")


def test_armed_youth_who_raid_are_no_mob(extractor: Extractor) -> None:
    text = (
        "On 3 May 2023, armed youth from a rival clan raided cattle camps north of Bor, "
        "killing 4 herders."
    )
    assert main_sub_event(text, extractor) != "Mob violence"
