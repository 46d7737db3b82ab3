"""Strategic developments, protests and riots, and reports that are no ACLED event.

Hand-built sentences (other places and groups than the seed), never eval items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Police seized 40 rifles and two rocket launchers in Mombasa on Monday.",
            "Disrupted weapons use",
        ),
        ("Two explosive devices were found near a bridge in Omagh.", "Disrupted weapons use"),
        (
            "Soldiers discovered a cache of ammunition in a farm near Kidal.",
            "Disrupted weapons use",
        ),
        ("Air defences intercepted three drones over Abha on Sunday.", "Disrupted weapons use"),
        (
            "Turkish forces set up a new observation post near Tal Touqan on Monday.",
            "Headquarters or base established",
        ),
        (
            "US troops established a military base near the town of Rumeilan.",
            "Headquarters or base established",
        ),
        ("The army deployed reinforcements to the town of Ras al-Ain.", "Change to group/activity"),
        (
            "Government troops withdrew from the town of Menaka on Tuesday.",
            "Change to group/activity",
        ),
        (
            "Two rebel factions announced they had formed a new coalition in Daraa.",
            "Change to group/activity",
        ),
        ("Rebels and the army agreed to a 48-hour truce in Zabadani.", "Agreement"),
        ("The two sides exchanged prisoners in Marib on Sunday.", "Agreement"),
        (
            "Militants burned 20 houses in the village of Kaura on Sunday.",
            "Looting/property destruction",
        ),
        ("Police arrested 15 opposition members in Lusaka.", "Arrests"),
    ],
)
def test_strategic_development_types(extractor: Extractor, text: str, sub: str) -> None:
    _, x = run(text, extractor)
    assert x.events, text
    assert x.events[0].sub_event_type == sub
    assert x.events[0].disorder_type == "Strategic developments" or sub == "Arrests"


def test_weapons_seized_are_not_an_attack(extractor: Extractor) -> None:
    _, x = run("Police seized rockets, grenades and mortars in a raid in Mosul.", extractor)
    assert {e.sub_event_type for e in x.events} == {"Disrupted weapons use"}


def test_agreement_is_not_folded_into_the_fighting_it_ends(extractor: Extractor) -> None:
    text = "Kurdish and Iraqi forces agreed a ceasefire near Zummar after two weeks of fighting."
    _, x = run(text, extractor)
    assert x.events[0].sub_event_type == "Agreement"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Clashes broke out between police and protesters in Algiers on Friday.",
            "Violent demonstration",
        ),
        (
            "Protesters threw stones at police, who responded with tear gas, in Sfax.",
            "Violent demonstration",
        ),
        ("Rioters torched police cars in Port Harcourt on Tuesday.", "Violent demonstration"),
        (
            "Police fired tear gas to disperse protesters in Quito on Monday.",
            "Protest with intervention",
        ),
        (
            "Security forces opened fire on protesters in Nasiriyah, killing four.",
            "Excessive force against protesters",
        ),
        ("Farmers held a peaceful protest in Nakuru on Monday.", "Peaceful protest"),
    ],
)
def test_protest_types(extractor: Extractor, text: str, sub: str) -> None:
    _, x = run(text, extractor)
    assert x.events and x.events[0].sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake killed 30 people in Sulawesi on Monday.",
        "A gas explosion at a factory in Chittagong killed 12 workers.",
        "A boiler exploded at a textile plant in Faisalabad, injuring nine workers.",
        "Pyongyang carried out another missile test on Saturday.",
    ],
)
def test_disasters_accidents_and_tests_are_no_event(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.sentence) for e in x.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Al-Shabaab fighters attacked a military base near Afgoye on Monday.", "Armed clash"),
        (
            "Taliban fighters stormed a checkpoint in Kunduz, killing 12 police officers.",
            "Armed clash",
        ),
        ("Gunmen attacked a village near Kaura, killing 11 people.", "Attack"),
        (
            "The army took full control of the town of Rabia on Sunday.",
            "Government regains territory",
        ),
        (
            "Government forces dealt a blow to the rebels by recapturing several villages near Gharyan.",
            "Government regains territory",
        ),
    ],
)
def test_battles_by_target_and_territory(extractor: Extractor, text: str, sub: str) -> None:
    _, x = run(text, extractor)
    assert x.events and x.events[0].sub_event_type == sub
