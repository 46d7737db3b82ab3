"""Event types (types23, session 23): tear gas dropped from drones on troops is a Chemical
weapon, while drones over a crowd or of the police stay what they were; a killing told only as
what a gathering remembers or shows ("in memory of a man shot by police", "photos of relatives
killed in raids") is no force on the gathering. Texts written for these tests, not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 5 May 2024, Russian drones dropped tear-gas grenades on Ukrainian trenches "
            "near Chasiv Yar, the brigade holding the sector said.",
            "Chemical weapon",
        ),
        (
            "On 9 March 2024, Russian troops used tear gas grenades dropped from drones on "
            "Ukrainian positions near Avdiivka.",
            "Chemical weapon",
        ),
        # a drone strike without tear gas stays the strike
        (
            "On 9 March 2024, Russian drones dropped grenades on Ukrainian positions near "
            "Avdiivka, killing two soldiers.",
            "Air/drone strike",
        ),
        (
            "On 6 October 2022, in Temuco, hundreds of people held a march in memory of a young "
            "man shot by police years before; peaceful.",
            "Peaceful protest",
        ),
        (
            "On 14 June 2023, hundreds of mothers marched peacefully through Maré, carrying "
            "photos of sons killed in earlier police raids.",
            "Peaceful protest",
        ),
        # a killing at the march itself is still force on it
        (
            "On 14 June 2023, police shot dead two marchers during a protest in Maré.",
            "Excessive force against protesters",
        ),
    ],
)
def test_types23(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == sub


def test_police_drones_with_tear_gas_are_no_chemical_weapon(extractor: Extractor) -> None:
    text = "On 5 May 2023, police drones dropped tear gas on protesters near Nablus."
    _, extraction = run(text, extractor, published=None)
    assert all(e.sub_event_type != "Chemical weapon" for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2022, a flash mob of about twenty students marched through Monywa with "
        "banners against the junta and dispersed within minutes.",
        "On 9 April 2022, anti-junta youths held a flash-mob protest in Sagaing.",
    ],
)
def test_flash_mob_is_a_peaceful_protest(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == "Peaceful protest"


def test_a_mob_that_beats_is_still_mob_violence(extractor: Extractor) -> None:
    text = "On 2 May 2022, a mob beat two suspected thieves to death in Kampala."
    assert main_sub_event(text, extractor, published=None) == "Mob violence"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "In Aizawl, hundreds of students marched to the governor's house on Thursday "
            "demanding an end to the violence.",
            "Peaceful protest",
        ),
        (
            "Thousands marched in Skopje on Friday demanding the release of detained activists.",
            "Peaceful protest",
        ),
        (
            "About 200 relatives gathered outside the governor's office in Damaturu on Monday "
            "demanding the return of girls abducted by Boko Haram.",
            "Peaceful protest",
        ),
        # the crowd's own acts still count
        (
            "Students demanding the minister's resignation threw stones at police in Aizawl on "
            "Thursday.",
            "Violent demonstration",
        ),
        # no protest: the demand's object stays an event
        (
            "Kidnappers abducted 12 pupils in Kagara on Monday and demanded a ransom.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_what_a_crowd_demands_is_its_topic(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == sub
