"""Event types (types37, session 37), by ACLED's codebook: artillery or aircraft told only as the
support of a fight on the ground are that fight (extract/subtypes.py ``supporting_fire``); a
salvo of which a part was intercepted ("some intercepted", "most were shot down") while the rest
hit is the strike, not the Disrupted weapons use; a beating told beside property set on fire is
the attack (no "set" among the contest words); elders taken from a village are abducted;
the reader's guard reads "shot it out" and
gunfire exchanged as fire both ways. Texts and events written for these tests, not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.learn.guard import refusal
from tests.test_extract_events import subs
from tests.test_extract_types_notes import main_sub_event
from tests.test_learn_guard import REBELS, STATE, event

CLASH = "Armed clash"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2023, rebels attacked an army outpost near Kelmar, backed by mortar fire.",
        "On 5 May 2023, militants stormed a police post in Kelmar, supported by rocket fire.",
    ],
)
def test_fire_backing_a_ground_assault_is_the_assault(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == CLASH


def test_artillery_that_supported_the_defenders_is_part_of_the_fight(extractor: Extractor) -> None:
    text = (
        "On 5 May 2023, the rebels attacked army positions near Kelmar; army artillery shelling "
        "supported the defenders."
    )
    assert set(subs(text, extractor)) == {CLASH}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the fire is the doers' own means: the shelling stays
        ("On 5 May 2023, soldiers backed by tanks shelled rebel positions near Kelmar.", SHELLING),
        ("On 5 May 2023, the army shelled Kelmar with artillery; two civilians killed.", SHELLING),
    ],
)
def test_fire_that_is_the_doers_own_stays_the_shelling(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, the militia fired rockets at Kelmar; some intercepted, one hit a "
            "warehouse. No injuries reported.",
            SHELLING,
        ),
        (
            "On 5 May 2023, the army launched drones at Kelmar city; per the air force most were "
            "shot down, debris fell on a school, damaging its roof.",
            AIR,
        ),
    ],
)
def test_a_part_intercepted_while_the_rest_hit_is_the_strike(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


def test_all_intercepted_with_no_harm_stays_disrupted(extractor: Extractor) -> None:
    text = "On 5 May 2023, air defences intercepted four rockets fired at Kelmar by the militia."
    assert main_sub_event(text, extractor) == DISRUPTED


def test_a_beating_beside_a_car_set_on_fire_is_the_attack(extractor: Extractor) -> None:
    text = (
        "On 5 May 2023, armed men entered the outskirts of Kelmar, set fire to two cars and beat "
        "a shepherd. No deaths."
    )
    assert main_sub_event(text, extractor) == "Attack"


def test_elders_taken_from_a_village_are_abducted(extractor: Extractor) -> None:
    text = (
        "On 5 May 2023, militants took three elders from a village near Kelmar after they "
        "refused to pay a levy."
    )
    assert main_sub_event(text, extractor) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Gunmen of two rival gangs shot it out in a market of Velka; 4 bodies found.", True),
        ("Police and bandits exchanged gunfire near Velka for an hour.", True),
        ("Gunmen shot dead three traders in a market of Velka.", False),
    ],
)
def test_the_reader_makes_no_attack_of_a_shoot_out(text: str, refused: bool) -> None:
    fight = event(CLASH, STATE, REBELS)
    assert (refusal(fight, "Attack", text) is not None) is refused
