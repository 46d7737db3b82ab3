"""Event type and sub-event classification by phenomenon (ACLED codebook conventions).

Hand-written sentences (invented places and groups, never evaluation items): a chemical attack
is a Chemical weapon whatever delivers it; shelling inside a ground battle is the battle;
property destroyed by rioters is the riot; a crowd's violence is Mob violence; a group's new
leader, name, allegiance, boycott or suspension is a Change to group/activity; emergency rule
is Other; and the everyday senses of the new words stay no event.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # chemical attacks, whatever carries the agent
        (
            "Rockets carrying nerve gas struck the town of Kafr Tala before dawn on Monday.",
            "Chemical weapon",
        ),
        (
            "Helicopters dropped barrel bombs filled with toxic chemicals on Beit Nour on Friday.",
            "Chemical weapon",
        ),
        (
            "Artillery shells loaded with chlorine hit the village of Marj Said on Tuesday.",
            "Chemical weapon",
        ),
        # shelling inside a ground battle
        (
            "Soldiers clashed with rebels near the town of Korvel on Monday as both sides "
            "exchanged artillery fire.",
            "Armed clash",
        ),
        (
            "Fierce fighting between the army and insurgents raged in Dalmora on Sunday, "
            "with heavy shelling.",
            "Armed clash",
        ),
        # riots, property destruction and mobs
        (
            "Protesters set fire to the governor's office in the town of Ravine on Tuesday.",
            "Violent demonstration",
        ),
        (
            "Rioters torched cars and shops in the city of Tarsa on Friday night.",
            "Violent demonstration",
        ),
        (
            "An angry crowd beat a suspected cattle thief to death in the village of Oruma "
            "on Sunday.",
            "Mob violence",
        ),
        (
            "Villagers killed a man accused of sorcery in the town of Bakuri on Monday.",
            "Mob violence",
        ),
        ("A mob lynched two traders in the market town of Gidan on Friday.", "Mob violence"),
        # protests met with crowd-control weapons or arrests are protests with intervention
        (
            "Riot police fired stun grenades to disperse students protesting in Velka on Sunday.",
            "Protest with intervention",
        ),
        (
            "Police detained 40 people who gathered in Freedom Square in Velka to protest "
            "against the new law on Sunday.",
            "Protest with intervention",
        ),
        # changes to a group's activity
        (
            "The rebel movement announced on Monday that it had changed its name to the "
            "Northern Salvation Front.",
            "Change to group/activity",
        ),
        (
            "The militia appointed a new commander on Sunday in the town of Tesso.",
            "Change to group/activity",
        ),
        (
            "The insurgent group pledged allegiance to the Islamic State on Friday.",
            "Change to group/activity",
        ),
        (
            "The armed opposition announced a boycott of the presidential election on Tuesday.",
            "Change to group/activity",
        ),
        (
            "The rebels suspended their participation in the peace talks on Thursday.",
            "Change to group/activity",
        ),
        (
            "The rebel alliance said on Monday it had disbanded its armed wing.",
            "Change to group/activity",
        ),
        # emergency rule
        ("The junta declared martial law in six townships on Thursday.", "Other"),
        (
            "The government declared a state of emergency in the northern region on Monday "
            "after rebel raids.",
            "Other",
        ),
        # the taker decides a capture; "recaptured" is a return to the state's hands
        (
            "Kenyan and Somali troops recaptured the town of Dhobley from militants on Friday.",
            "Government regains territory",
        ),
        # a vehicle packed with explosives seized is a disrupted weapon, not a captured place
        (
            "Soldiers seized a truck loaded with explosives at a checkpoint in Bulo on Monday.",
            "Disrupted weapons use",
        ),
        (
            "A militant rammed an explosive-laden car into the gate of the army base in Tanko "
            "on Monday, killing eight soldiers.",
            "Suicide bomb",
        ),
        # agreeing to disband under a deal is the agreement
        (
            "The separatist forces agreed on Wednesday to disband under a ceasefire brokered "
            "by the mediators.",
            "Agreement",
        ),
    ],
)
def test_sub_event_by_phenomenon(extractor: Extractor, text: str, sub: str) -> None:
    subs = _subs(text, extractor)
    assert subs and subs[0] == sub, subs


@pytest.mark.parametrize(
    "text",
    [
        "The company changed its name to Nordline on Thursday.",
        "The club named a new head coach on Monday after a poor season.",
        "The board appointed a new chairman at its annual meeting on Tuesday.",
        "Shoppers announced a boycott of the brand on social media.",
        "The airline suspended operations at the airport on Friday because of the storm.",
        "A leak at the chemical plant released toxic gas over the town, killing three workers.",
        "The government declared a state of emergency after the earthquake on Tuesday.",
        "The boxer beat his rival on points on Saturday.",
    ],
)
def test_everyday_senses_are_no_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


def test_shelling_of_civilians_beside_a_battle_stays_shelling(extractor: Extractor) -> None:
    subs = _subs(
        "Army shelling killed 12 civilians in Harmal on Monday as fighting raged in the north.",
        extractor,
    )
    assert subs and subs[0] == "Shelling/artillery/missile attack", subs


def test_arrests_of_fighters_beside_a_protest_stay_arrests(extractor: Extractor) -> None:
    subs = _subs(
        "Police arrested five militants in Darsa on Monday while a small protest took place "
        "outside the court.",
        extractor,
    )
    assert "Arrests" in subs, subs


def test_a_crowd_fighting_police_is_a_riot_not_mob_violence(extractor: Extractor) -> None:
    subs = _subs("Rioters clashed with police in the city of Tarsa on Friday.", extractor)
    assert subs and subs[0] == "Violent demonstration", subs
