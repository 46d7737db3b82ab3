"""Issue 9, wire-report wording: killings the parser splits, tolls of one, the doers' numbers,
arrests beside protests, riots' tolls and changes to a group's activity.

Hand-built short sentences, one phenomenon each (other places and groups than any eval item).
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Event
from tests.test_extract_events import run


def only(text: str, extractor: Extractor) -> Event:
    _, x = run(text, extractor)
    assert len(x.events) == 1, (text, [e.sub_event_type for e in x.events])
    return x.events[0]


# --- 1. "shot dead" with "dead" as the parse's root; a toll of one named victim -------------


def test_shot_dead_parsed_as_an_adjective_root_is_still_an_attack(extractor: Extractor) -> None:
    # the small model reads "on a motorcycle shot" as a noun and makes "dead" the root
    text = "Two unidentified gunmen on a motorcycle shot dead a union organiser in Ayacucho."
    event = only(text, extractor)
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and "gunmen" in event.actor1.name.lower()
    assert event.fatalities == 1


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A shopkeeper was shot dead by gunmen in Kaduna on Monday.", 1),
        ("Gunmen stormed the house of a chief in Zamfara, killing him and four guards.", 5),
        ("A mob beat to death a suspected thief in Onitsha on Monday.", 1),
        ("Militants killed a family in a village near Beni on Monday.", None),
    ],
)
def test_one_named_victim_is_a_toll_of_one(extractor: Extractor, text: str, toll: int) -> None:
    _, x = run(text, extractor)
    assert x.events, text
    assert max((e.fatalities or 0 for e in x.events), default=0) == (toll or 0)


# --- 2. a number in the doers' phrase is no toll ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 gunmen attacked the village of Dogo Nini, killing 14 people.",
        "Two suicide bombers attacked a market in Konduga, killing 14 people.",
        "Hundreds of herders attacked the village of Dogo Nini, killing 14 people.",
    ],
)
def test_the_doers_number_is_not_a_toll(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert [e.fatalities for e in x.events if e.fatalities] == [14]


def test_a_subject_who_died_is_still_the_toll(extractor: Extractor) -> None:
    event = only("Nine soldiers died in clashes with rebels near Kalehe on Monday.", extractor)
    assert event.fatalities == 9


# --- 3. arrests beside a protest (ACLED codebook: arrests at the protest are its intervention) --


def test_arrests_a_day_after_a_protest_are_arrests(extractor: Extractor) -> None:
    text = (
        "Police arrested 20 opposition activists in Lusaka on Monday, a day after they protested."
    )
    assert only(text, extractor).sub_event_type == "Arrests"


def test_arrests_that_set_off_protests_are_arrests(extractor: Extractor) -> None:
    text = "Police arrested opposition leader Hakainde Chilufya in Lusaka, sparking protests."
    assert only(text, extractor).sub_event_type == "Arrests"


def test_arrests_at_a_protest_are_its_intervention(extractor: Extractor) -> None:
    text = "Police detained dozens of people who gathered to protest in Lusaka on Monday."
    assert only(text, extractor).sub_event_type == "Protest with intervention"


# --- 4. a riot's toll ---------------------------------------------------------------------------


def test_people_killed_in_riots_are_the_riot_s_toll_and_its_second_actor(
    extractor: Extractor,
) -> None:
    event = only("Three protesters were killed in riots in Kananga on Monday.", extractor)
    assert event.sub_event_type == "Violent demonstration"
    assert event.fatalities == 3
    assert event.actor1 is None
    assert event.actor2 is not None and "protesters" in event.actor2.name.lower()


# --- 5. changes to a group or its activity --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ADF rebels moved their headquarters to Mwalika on Monday.",
        "The CODECO militia launched a recruitment drive in Djugu on Monday.",
        "The M23 rebels declared a unilateral ceasefire in Rutshuru on Monday.",
        "The Zaire militia announced its dissolution in Djugu on Monday.",
        "The army announced in Bunia on Monday that the militias would be dissolved.",
    ],
)
def test_change_to_group_activity_wordings(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Change to group/activity"], text


def test_troops_moved_to_a_base_stay_a_deployment(extractor: Extractor) -> None:
    text = "The army moved troops to the base in Bunia on Monday."
    assert only(text, extractor).sub_event_type == "Change to group/activity"


def test_a_ceasefire_both_sides_agreed_stays_an_agreement(extractor: Extractor) -> None:
    text = "The army and the M23 rebels agreed a ceasefire in Rutshuru on Monday."
    assert only(text, extractor).sub_event_type == "Agreement"


def test_protesters_named_as_the_arrested_are_arrests(extractor: Extractor) -> None:
    # no protest is told as held: "protesters" only says who was arrested (ACLED: Arrests)
    text = "Police arrested 25 protesters in Lusaka on Monday."
    assert only(text, extractor).sub_event_type == "Arrests"
