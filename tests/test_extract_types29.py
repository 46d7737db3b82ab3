"""Event types (types29, session 29): a remote weapon named as the instrument of another
violence word types the event by its class ("attacked the city with drones" is an Air/drone
strike, "struck the town using artillery" a shelling); mortars named with small arms as the means
of one assault are the ground battle; live ammunition by its other names ("live rounds") is
excessive force on protesters; an attack told as a noun whose target is a post ("the post was
the target of an attack", "a police post attack") is a battle. Texts written for these tests, not taken from any evaluation
set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the weapon is the instrument of "attacked": its class, not the verb or the victims
        (
            "On 5 May 2023, Russian forces attacked Varno with drones overnight. "
            "Two civilians killed.",
            "Air/drone strike",
        ),
        (
            "On 5 May 2023, the army attacked the village of Kanwa with rockets, killing five "
            "villagers.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 5 May 2023, rebels attacked Kelmar using mortars, killing three residents.",
            "Shelling/artillery/missile attack",
        ),
        # a hand weapon stays the attack in person
        (
            "On 5 May 2023, gunmen attacked a bus with machetes near Kanwa, killing five "
            "passengers.",
            "Attack",
        ),
        # mortars and gunfire as the means of one assault on a base: the battle
        (
            "On 5 May 2023, insurgents attacked an army base near Kanwa with mortars and gunfire.",
            "Armed clash",
        ),
        # mortars alone on a town stay the shelling
        (
            "On 5 May 2023, insurgents shelled Kanwa with mortars; a market was hit.",
            "Shelling/artillery/missile attack",
        ),
        # an attack told as a noun on a post: "the post was the target of an attack", "a post
        # attack" (its compound) act on armed people, a battle
        (
            "On 5 May 2023, the army post at Kanwa was the target of a complex attack by "
            "gunmen on motorcycles.",
            "Armed clash",
        ),
        (
            "Kanwa police post attack on 5 May 2023: the attackers fled towards the hills.",
            "Armed clash",
        ),
        # a village the target of an attack: civilians
        (
            "On 5 May 2023, the village of Kanwa was the target of an attack by gunmen; six "
            "residents were killed.",
            "Attack",
        ),
        # live ammunition by its other names
        (
            "On 5 May 2023, police fired tear gas and live rounds at traders protesting new "
            "taxes in Varno; one trader was wounded.",
            "Excessive force against protesters",
        ),
        (
            "On 5 May 2023, hundreds of students marched in Kelmar against fee rises; police "
            "fired live bullets to disperse them.",
            "Excessive force against protesters",
        ),
        # protesters who stoned the police and met live rounds rioted
        (
            "On 5 May 2023, youths threw stones at police in Varno during a protest over "
            "power cuts; police answered with live rounds.",
            "Violent demonstration",
        ),
    ],
)
def test_types29(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub
