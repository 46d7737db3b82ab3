"""Event types (types36, session 36), by ACLED's codebook (extract/subtypes.py): a place entered
in a fight that the takers left again is the Armed clash; an Attack that the sentence also tells
as fire on a state or armed side is the Armed clash; weapons and war machines captured are the
Disrupted weapons use; MLRS and howitzers used are the shelling; a toll told as unknown is no
harm beside a raid that burned property; arrests and damage told with a toll go on the event
before them (continuation); the reader's guard makes no Attack of fire told both ways. Texts
and events written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.learn.guard import refusal
from tests.test_extract_events import subs
from tests.test_extract_types_notes import main_sub_event
from tests.test_learn_guard import REBELS, STATE, event

CLASH = "Armed clash"
TAKEOVER = "Non-state actor overtakes territory"
LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, rebel fighters entered parts of Kalemie and fought the army; they "
            "withdrew by evening.",
            CLASH,
        ),
        (
            "On 5 May 2023, militants stormed Kalemie and clashed with soldiers before they "
            "retreated into the forest.",
            CLASH,
        ),
    ],
)
def test_a_place_fought_for_and_left_again_is_the_clash(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


def test_the_withdrawal_after_the_fight_is_no_event_of_its_own(extractor: Extractor) -> None:
    text = (
        "On 5 May 2023, rebel fighters entered parts of Kalemie and fought the army; they "
        "withdrew by evening."
    )
    assert subs(text, extractor) == [CLASH]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, gendarmes shot dead two men in Tsafe; they said they had been "
            "fired upon.",
            CLASH,
        ),
        (
            "On 5 May 2023, police in Tsafe said they were shot at by gang members and "
            "killed two suspects.",
            CLASH,
        ),
        (
            "On 5 May 2023, soldiers killed three men in Tsafe; the army said the soldiers "
            "came under fire first.",
            CLASH,
        ),
        # the people fired on are the victims, or the doers themselves: the attack stays
        (
            "On 5 May 2023, soldiers killed three villagers in Tsafe; residents said they "
            "were shot at while fleeing.",
            "Attack",
        ),
        (
            "On 5 May 2023, gunmen killed three farmers in Tsafe; they were shot at close range.",
            "Attack",
        ),
    ],
)
def test_an_attack_on_a_side_that_fired_is_the_clash(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, soldiers raided villages near Kelmar; residents said huts were "
            "burned. Toll unknown.",
            LOOTING,
        ),
        (
            "On 5 May 2023, soldiers raided villages near Kelmar; residents said huts were "
            "burned. Casualties unclear.",
            LOOTING,
        ),
        (
            "On 5 May 2023, soldiers raided villages near Kelmar; residents said huts were "
            "burned. Two people were killed.",
            "Attack",
        ),
    ],
)
def test_a_toll_told_as_unknown_is_no_harm(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Gendarmes shot dead two men in Velka; they said they had been fired upon.", True),
        ("Police raided a hideout in Velka and exchanged fire with kidnappers; 3 killed.", True),
        ("Soldiers returned fire after gunmen ambushed their convoy near Velka.", True),
        # one-sided violence told without fire both ways: the reader may re-type it
        ("Gunmen opened fire on worshippers at a church in Velka, killing five.", False),
        ("Soldiers shot dead two farmers at a checkpoint near Velka.", False),
    ],
)
def test_the_reader_makes_no_attack_of_fire_told_both_ways(text: str, refused: bool) -> None:
    fight = event(CLASH, STATE, REBELS)
    assert (refusal(fight, "Attack", text) is not None) is refused


def test_four_killed_and_two_arrested_after_a_raid_are_its_outcome(extractor: Extractor) -> None:
    # the arrests told with the toll, no doer named, are what the raid did (continuation)
    text = (
        "On 5 May 2023, military police raided the Vila Nova favela in Kelmar and exchanged "
        "fire with gang members. 4 killed, 2 arrested."
    )
    assert subs(text, extractor) == [CLASH]


def test_a_toll_with_houses_burnt_after_an_air_strike_is_its_outcome(
    extractor: Extractor,
) -> None:
    text = (
        "On 5 May 2023, army aircraft bombed Tamso village near Kelmar. Local sources: 4 "
        "civilians killed, several houses burnt."
    )
    assert subs(text, extractor) == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 May 2023, Ukrainian troops captured two Russian tanks near Kupiansk.", DISRUPTED),
        (
            "On 5 May 2023, soldiers seized a truck with 300 kg of explosives near Kelmar.",
            DISRUPTED,
        ),
        # a place, or a place with a depot in it, is taken
        ("On 5 May 2023, rebels captured an army base near Kelmar.", TAKEOVER),
    ],
)
def test_weapons_and_war_machines_captured_are_a_disrupted_weapons_use(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2023, Russian forces struck Kostiantynivka with MLRS. Two civilians killed.",
        "On 5 May 2023, Russian forces hit Kostiantynivka with howitzers, killing two civilians.",
    ],
)
def test_ground_launchers_used_are_the_shelling(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == "Shelling/artillery/missile attack"


def test_a_launcher_shown_is_no_event(extractor: Extractor) -> None:
    assert (
        subs("On 5 May 2023, the army displayed new MLRS at a parade in Kelmar.", extractor) == []
    )
