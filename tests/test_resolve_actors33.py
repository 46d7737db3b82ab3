"""actor1 (issue 9, session 33): a definite generic read back to a group the report names in a
sentence that holds no event (``resolve/coref.py``); "RU/UA forces"; Syria's General Security
after December 2024 (Lebanon's read by the country); "resistance drones".

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.resolve.matching import Matcher
from tests.event_builders import resolved_actor1

ON = dt.date(2024, 3, 1)


BACKGROUND = "The Arakan Army has fought the military in Rakhine State since 2019. "


def test_the_rebels_are_the_group_a_background_sentence_names(kb: ActorKB) -> None:
    text = BACKGROUND + "On Monday the rebels overran an army outpost near Kyauktaw."
    assert resolved_actor1(kb, text, "the rebels", "an army outpost", "On Monday") == "Arakan Army"


def test_two_sentences_back_across_a_sentence_naming_no_group(kb: ActorKB) -> None:
    text = (
        "Al Shabaab has held much of rural Lower Shabelle for a decade. Aid agencies warned of "
        "drought in the region last week. On Friday the militants stormed a police post in "
        "Jamame, killing four officers."
    )
    assert resolved_actor1(kb, text, "the militants", "a police post", "On Friday") == "Al Shabaab"


def test_two_groups_named_before_name_nobody(kb: ActorKB) -> None:
    text = (
        "The Arakan Army and the Ta'ang National Liberation Army both gained ground this year. "
        "On Monday the rebels overran an army outpost near Kyauktaw."
    )
    got = resolved_actor1(kb, text, "the rebels", "an army outpost", "On Monday")
    assert got not in ("Arakan Army", "TNLA: Ta'ang National Liberation Army")


def test_no_reach_across_another_group_named_between(kb: ActorKB) -> None:
    text = (
        BACKGROUND + "The Chin National Front signed a pact with it in 2023. "
        "On Monday the rebels overran an army outpost near Paletwa."
    )
    assert resolved_actor1(kb, text, "the rebels", "an army outpost", "On Monday") != "Arakan Army"


def test_an_indefinite_generic_introduces_someone_new(kb: ActorKB) -> None:
    text = BACKGROUND + "On Monday rebels overran an army outpost near Kyauktaw."
    assert resolved_actor1(kb, text, "rebels", "an army outpost", "On Monday") != "Arakan Army"


def test_gunmen_never_refer_back_to_a_named_group(kb: ActorKB) -> None:
    text = BACKGROUND + "On Monday the gunmen shot a headman near Kyauktaw."
    assert resolved_actor1(kb, text, "the gunmen", "a headman", "On Monday") != "Arakan Army"


def test_the_group_refers_back_to_an_organisation(kb: ActorKB) -> None:
    text = (
        "Al Shabaab has waged an insurgency against the government since 2006. "
        "On Friday the group attacked a military base near Balcad."
    )
    assert resolved_actor1(kb, text, "the group", "a military base", "On Friday") == "Al Shabaab"


def test_a_group_of_another_kind_is_no_referent(kb: ActorKB) -> None:
    # a gang is no rebel group: "the rebels" do not refer back to it
    text = (
        "The Barrio 18 gang controls several districts of the capital. "
        "On Monday the rebels ambushed an army convoy in the north."
    )
    assert resolved_actor1(kb, text, "the rebels", "an army convoy", "On Monday") != "Barrio 18"


@pytest.mark.parametrize(
    ("words", "country", "on", "expected"),
    [
        # the ISO code as war monitors' shorthand
        ("RU forces", "UA", dt.date(2023, 5, 1), "Military Forces of Russia"),
        ("RU troops", "UA", dt.date(2023, 5, 1), "Military Forces of Russia"),
        ("UA forces", "RU", dt.date(2024, 9, 1), "Military Forces of Ukraine"),
        # Syria's General Security after December 2024; Lebanon's read by the country
        ("General Security forces", "SY", dt.date(2025, 3, 8), "Military Forces of Syria (2024-)"),
        (
            "men of the General Security",
            "SY",
            dt.date(2025, 7, 15),
            "Military Forces of Syria (2024-)",
        ),
        ("the General Security", "LB", dt.date(2025, 2, 1), "Police Forces of Lebanon"),
        # the resistance's drones: Myanmar's People's Defence Force
        ("resistance drones", "MM", dt.date(2024, 1, 10), "People's Defence Force"),
    ],
)
def test_names_the_base_now_reads(
    matcher: Matcher, words: str, country: str, on: dt.date, expected: str
) -> None:
    found = matcher.match(words, on=on, country=country)
    assert found is not None, words
    kb = matcher.kb
    actor = found.actor
    reading = kb.reading(actor, country, on) if actor.generic else actor
    assert reading is not None and reading.name == expected, words


@pytest.mark.parametrize("words", ["ru forces in the text", "Ukrainian forces"])
def test_the_code_is_no_other_word(matcher: Matcher, words: str) -> None:
    found = matcher.match(words, on=ON, country="UA")
    assert found is None or found.actor.name != "Military Forces of Russia", words


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        # an owner's government is its government, a party to agreements ...
        ("the Kenyan government", "KE", "Government of Kenya"),
        ("Colombian government", "CO", "Government of Colombia"),
        # ... its words before a unit noun still name its forces
        ("Kenyan government troops", "KE", "Military Forces of Kenya"),
        ("Colombian army", "CO", "Military Forces of Colombia"),
    ],
)
def test_a_states_government_is_its_government(
    matcher: Matcher, words: str, country: str, expected: str
) -> None:
    found = matcher.match(words, on=ON, country=country)
    assert found is not None and found.actor.name == expected, words


def test_a_governments_violence_stays_its_forces(kb: ActorKB) -> None:
    text = "The Kenyan government shelled a camp near Lamu on Monday."
    assert (
        resolved_actor1(kb, text, "The Kenyan government", "a camp", "The")
        == "Military Forces of Kenya"
    )
