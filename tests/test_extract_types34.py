"""Event types (types34, session 34), by ACLED's codebook: an aircraft as the only doer of a
violence word is an air strike ("helicopters fired on a school"); aircraft in support of people
fighting in person ("backed by helicopters") and drones named with small arms are the ground
battle; bombs fired, launched or lobbed are the shelling ("fired mortar bombs on the town"); a
capture undone in the same telling ("entered the town before troops pushed them out") is the
battle, not a takeover; an interception of only part of what was sent, with harm told, is the
strike by what got through. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event, run

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the aircraft fires: the air strike, its toll told in the next sentence or not at all
        (
            "On 5 May 2023, army helicopters fired on a school in Varno village. "
            "Nine pupils were reported killed.",
            AIR,
        ),
        ("On 5 May 2023, regime gunships fired on the market of Kelmar.", AIR),
        ("On 5 May 2023, army helicopters fired on rebel positions near Kelmar.", AIR),
        # soldiers doing it: not read as the aircraft's
        ("On 5 May 2023, army troops fired on rebel positions near Kelmar.", None),
        # a crowd met by a police helicopter stays the crowd's event
        (
            "On 5 May 2023, a police helicopter fired on protesters in Kelmar.",
            "Excessive force against protesters",
        ),
    ],
)
def test_an_aircraft_as_doer_is_an_air_strike(
    text: str, sub: str | None, extractor: Extractor
) -> None:
    got = main_sub_event(text, extractor)
    if sub is None:
        assert got != AIR
    else:
        assert got == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 May 2023, rebels fired mortar bombs on Kanwa, killing two residents.", SHELLING),
        ("On 5 May 2023, a bomb launched by the militia hit the market in Kanwa.", SHELLING),
        # a bomb planted or thrown stays the device
        (
            "On 5 May 2023, a bomb planted under a car exploded in Kanwa, killing two.",
            "Remote explosive/landmine/IED",
        ),
        # an aircraft's bomb is the air strike
        ("On 5 May 2023, jets dropped bombs on Kanwa, killing four.", AIR),
    ],
)
def test_a_fired_bomb_is_shelling(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2023, insurgents entered Kelmar town before army reinforcements pushed "
            "them out.",
            "Armed clash",
        ),
        (
            "On 5 May 2023, insurgents seized the Kelmar checkpoint but were driven back "
            "within hours.",
            "Armed clash",
        ),
        # driving the other side out is the capture itself
        (
            "On 5 May 2023, insurgents captured Kelmar town and drove out the army garrison.",
            "Non-state actor overtakes territory",
        ),
        ("On 5 May 2023, insurgents captured Kelmar town.", "Non-state actor overtakes territory"),
    ],
)
def test_a_capture_undone_in_the_telling_is_a_battle(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # part stopped, harm told: what got through struck
        (
            "On 5 May 2023, the militia launched 12 drones at Kelmar overnight; 9 were shot "
            "down and debris damaged a school.",
            AIR,
        ),
        (
            "On 5 May 2023, the militia launched drones at Kelmar; most were shot down, but "
            "one hit a fuel depot.",
            AIR,
        ),
        # all stopped, or nothing harmed: the disrupted use
        (
            "On 5 May 2023, the militia launched 12 drones at Kelmar overnight; all were shot "
            "down.",
            "Disrupted weapons use",
        ),
        ("On 5 May 2023, air defences shot down 12 drones over Kelmar.", "Disrupted weapons use"),
        (
            "On 5 May 2023, air defences intercepted 12 missiles over Kelmar; falling debris "
            "injured two residents.",
            "Disrupted weapons use",
        ),
    ],
)
def test_an_interception_of_a_part_is_the_strike(text: str, sub: str, extractor: Extractor) -> None:
    subs = [e.sub_event_type for e in run(text, extractor)[1].events]
    assert sub in subs
    assert ("Disrupted weapons use" in subs) == (sub == "Disrupted weapons use")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # aircraft in support of people who fight in person: the ground battle
        (
            "On 5 May 2023, soldiers backed by helicopters attacked rebel positions near Kelmar.",
            "Armed clash",
        ),
        ("On 5 May 2023, troops, supported by drones, stormed the rebel camp at Kelmar.", None),
        # drones named with small arms as one assault's weapons: the battle
        (
            "On 5 May 2023, insurgents attacked a military base in Kelmar with rifles and drones.",
            "Armed clash",
        ),
        # drones alone as the means: the air strike
        (
            "On 5 May 2023, the militia attacked army positions near Kelmar with drones.",
            AIR,
        ),
    ],
)
def test_aircraft_in_support_of_a_ground_fight(
    text: str, sub: str | None, extractor: Extractor
) -> None:
    got = main_sub_event(text, extractor)
    assert got == sub if sub is not None else got != AIR
