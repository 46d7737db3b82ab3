"""Event types (types35, session 35), by ACLED's codebook: a raid on a place whose only harm
told is property burned or looted is the property destruction, not an attack; fire laid on
"them", the armed side the clause before names, is the armed clash; an armed group that beats
the people it detains attacks them. The reader's guard: a place entered "unopposed" or
"without a fight" is no takeover (the overtaking is through armed interaction; the rest is a
non-violent transfer), and a text naming a suicide attacker refuses a planted bomb or a
grenade. Texts and events written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.learn.guard import refusal
from tests.test_extract_types_notes import main_sub_event
from tests.test_learn_guard import REBELS, event

TAKEOVER = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
LOOTING = "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 May 2023, gunmen raided Kelmar village and burned 20 houses.", LOOTING),
        (
            "On 5 May 2023, soldiers raided villages near Kelmar; residents said huts were burned.",
            LOOTING,
        ),
        (
            "On 5 May 2023, militiamen raided Kelmar, carried off goats and torched huts. "
            "Nobody hurt.",
            LOOTING,
        ),
        # a person harmed, in the sentence or after it, keeps the attack
        (
            "On 5 May 2023, gunmen raided Kelmar village and burned 20 houses. "
            "Two residents were killed.",
            "Attack",
        ),
        ("On 5 May 2023, gunmen raided Kelmar, shooting two men and burning houses.", "Attack"),
        ("On 5 May 2023, gunmen attacked villagers in Kelmar and burned their houses.", "Attack"),
        ("On 5 May 2023, gunmen stopped a truck near Kelmar and set him on fire.", "Attack"),
        # nothing burned or looted: the raid stays the attack
        ("On 5 May 2023, gunmen raided Kelmar village at night.", "Attack"),
    ],
)
def test_a_raid_that_only_destroys_property_is_property_destruction(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Rebel fighters entered Velka unopposed after the garrison left.", True),
        ("The army pulled out of Velka and the rebels moved in without a fight.", True),
        ("Rebels took over Velka without any resistance from the police.", True),
        # a fight told, or nothing said of one: the reader's takeover may stand
        ("Rebels stormed Velka and took it after two days of fighting.", False),
        ("Rebels entered Velka after the army withdrew.", False),
    ],
)
def test_a_place_entered_unopposed_is_no_takeover(text: str, refused: bool) -> None:
    transfer = event(TRANSFER, REBELS)
    assert (refusal(transfer, TAKEOVER, text) is not None) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("A suicide bomber blew himself up at the Velka market gate.", True),
        ("Two attackers detonated explosive vests at a checkpoint near Velka.", True),
        # a device with no bomber who died by it: the reader's planted bomb may stand
        ("A bomb hidden in a cart exploded at the Velka market gate.", False),
    ],
)
def test_a_suicide_attack_is_no_planted_bomb_nor_grenade(text: str, refused: bool) -> None:
    suicide = event("Suicide bomb", REBELS)
    for sub in ("Remote explosive/landmine/IED", "Grenade"):
        assert (refusal(suicide, sub, text) is not None) is refused


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, soldiers raided Kelmar camp to arrest a suspect; militia gunmen "
            "opened fire at them.",
            "Armed clash",
        ),
        # "them" are the villagers or traders the clause before names: the attack stays
        (
            "On 5 May 2023, villagers gathered near Kelmar market; gunmen fired on them, "
            "killing two.",
            "Attack",
        ),
        (
            "On 5 May 2023, traders defying the army's curfew opened their shops in Kelmar; "
            "gunmen fired on them.",
            "Attack",
        ),
        # a doer not known to be armed, and what a firing verb fires, are not read
        (
            "On 5 May 2023, police shot a man in Kelmar. The officers claimed he had fired "
            "at them.",
            "Attack",
        ),
    ],
)
def test_fire_on_them_is_a_clash_when_they_are_armed(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a named armed group hurting the people it seizes: the attack
        (
            "On 5 May 2023, Al-Shabaab fighters beat and detained two traders in Varno.",
            "Attack",
        ),
        # the state's arrest, and a group's detention told without harm, stay as read
        ("On 5 May 2023, police beat and detained opposition members in Varno.", "Arrests"),
        ("On 5 May 2023, Al-Shabaab fighters detained two traders in Varno.", "Arrests"),
    ],
)
def test_an_armed_group_that_beats_the_people_it_detains_attacks_them(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub
