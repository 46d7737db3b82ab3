"""actor1 (issue 9, session 34): armed men identified by someone as a named group are that
group; one person with a hand weapon, or a former member of a force, acting alone is ACLED's
Sole Perpetrator; a force written as attacked by no one named is attacked by the unidentified
armed group, not by itself; the side a battle's ground is taken from is actor2.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.branches import tied_to
from ceasewatch.resolve.conventions import lone_subject
from ceasewatch.resolve.devices import laid_by
from ceasewatch.resolve.elision import sides_between
from ceasewatch.resolve.handover import lost_by, subject_words
from ceasewatch.resolve.matching import Matcher
from ceasewatch.resolve.passive import attacked_unnamed
from ceasewatch.resolve.places import placed_in_areas
from tests.event_builders import report_events, resolved_actor1, slot_words

ON = dt.date(2024, 3, 1)


# --- identified as a named group ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("armed men identified by villagers as Fano fighters stopped a bus", "ET", "Fano Militia"),
        ("gunmen, identified by local residents as colectivos, fired", "VE", "Colectivos"),
        ("attackers identified as members of the Fano seized a truck", "ET", "Fano Militia"),
    ],
)
def test_identified_by_someone_as_a_group(
    kb: ActorKB, matcher: Matcher, sentence: str, country: str, expected: str
) -> None:
    def named(words: str):  # type: ignore[no-untyped-def]
        found = matcher.match(words, on=ON, country=country)
        return found.actor if found is not None else None

    group = tied_to(sentence, kb, named, country, ON)
    assert group is not None and group.name == expected, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "armed men identified by villagers as bandits stopped a bus",  # a generic word: no one
        "gunmen identified by police as an armed gang fired on a bar",
    ],
)
def test_identified_as_no_named_group(kb: ActorKB, matcher: Matcher, sentence: str) -> None:
    def named(words: str):  # type: ignore[no-untyped-def]
        found = matcher.match(words, on=ON, country="ET")
        return found.actor if found is not None else None

    assert tied_to(sentence, kb, named, "ET", ON) is None, sentence


def test_the_identified_group_is_actor1_not_also_associated(kb: ActorKB) -> None:
    text = (
        "On 1 March 2024, armed men identified by villagers as Fano fighters stopped a minibus "
        "near Dabat in Amhara, Ethiopia, and took six passengers away."
    )
    got = resolved_actor1(
        kb,
        text,
        "armed men",
        "six passengers",
        event_type="Violence against civilians",
        sub_event_type="Abduction/forced disappearance",
        assoc_actors1=(slot_words(text, "Fano fighters"),),
    )
    assert got == "Fano Militia"


# --- one person acting alone -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 June 2023, a man with a hunting rifle shot dead a councillor",
        "On 4 June 2023, a woman with a kitchen knife stabbed three shoppers",
        "On 11 March 2023, a former police officer shot dead six guests",
        "On 2 May 2022, an ex-soldier opened fire in a market",
        "a retired army officer shot his neighbours",
    ],
)
def test_one_person_as_the_subject(sentence: str) -> None:
    assert lone_subject(sentence) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "gunmen killed a former soldier in the market",  # the victim
        "On 3 May, a former soldier was shot dead in his shop",  # passive: the victim again
        "On 3 May, a man with a knife wound was found near the station",
        "On 3 May, a former soldier and two accomplices robbed a bank",  # not alone
        "On 3 May, an unidentified man with a pistol shot a trader",  # ACLED's UAG
    ],
)
def test_no_lone_subject(sentence: str) -> None:
    assert lone_subject(sentence) is None, sentence


def _first(text: str, resources: Resources) -> str | None:
    events = report_events(text, resources)
    assert events, text
    first = events[0].actor1
    return first.name if first is not None else None


def _sides(text: str, resources: Resources) -> tuple[str, str]:
    """The names of the first event's actor1 and actor2 (both must be there)."""
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None and events[0].actor2 is not None, events
    return events[0].actor1.name, events[0].actor2.name


def test_a_man_with_a_gun_is_the_sole_perpetrator(resources: Resources) -> None:
    text = "On 4 June 2023, a man with a hunting rifle shot dead a shopkeeper in Osaka, Japan."
    assert _first(text, resources) == "Sole Perpetrator (Japan)"


def test_a_former_officer_is_no_force(resources: Resources) -> None:
    # the report names no country: the place's (framing step 10)
    text = (
        "On 11 March 2023, a former police officer shot dead six guests at a wedding in Yasothon."
    )
    assert _first(text, resources) == "Sole Perpetrator (Thailand)"


# --- attacked by no one named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "sentence", "expected"),
    [
        ("Malian army", "soldiers of the Malian army were ambushed near Boni", True),
        ("the patrol", "the patrol was reportedly attacked on the road", True),
        ("Malian army", "soldiers of the Malian army were ambushed by JNIM near Boni", False),
        ("Malian army", "the Malian army ambushed militants near Boni", False),
    ],
)
def test_attacked_with_no_agent(words: str, sentence: str, expected: bool) -> None:
    assert attacked_unnamed(words, sentence) is expected


def test_a_force_ambushed_by_no_one_named(resources: Resources) -> None:
    text = "On 2 February 2024, soldiers of the Malian army were ambushed near Boni (Mopti); 7 soldiers killed."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Unidentified Armed Group (Mali)"
    assert events[0].actor2 is not None and events[0].actor2.name.startswith(
        "Military Forces of Mali"
    )


# --- the side the ground is taken from ---------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "sentence", "lost"),
    [
        ("Russian troops", "brigades said they had cleared the village of Russian troops", True),
        ("al-Shabaab", "Somali troops retook Elbur from al-Shabaab after a fight", True),
        ("the rebels", "the army drove the rebels out of the district", False),  # object, not "of"
        ("Somali troops", "Somali troops retook Elbur from al-Shabaab after a fight", False),
    ],
)
def test_the_side_ground_is_taken_from(words: str, sentence: str, lost: bool) -> None:
    assert (lost_by(words, sentence) is not None) is lost


def test_subject_words_longest_first() -> None:
    sentence = "On 2 May, Ukrainian brigades said they had cleared the village"
    at = sentence.index("cleared")
    assert subject_words(sentence, at)[-2:] == ["Ukrainian brigades", "Ukrainian"]


def test_a_clearing_is_the_clearing_sides(resources: Resources) -> None:
    text = (
        "Around 14 October 2023 (week of), Ukrainian brigades said they had cleared Andriivka, "
        "south of Bakhmut (Donetsk), of Russian troops after weeks of fighting."
    )
    first, second = _sides(text, resources)
    assert first.startswith("Military Forces of Ukraine")
    assert second.startswith("Military Forces of Russia")


# --- a device's author written after "by" ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("a farmer stepped on a mine left by Russian troops in a field", "Russian troops"),
        ("an IED planted by the rebels exploded under a bus", "the rebels"),
        ("a grenade thrown by unknown men hit a bar, 2 killed", "unknown men"),
        ("an IED exploded near a patrol", None),
        ("a mine exploded; the area was cleared by sappers", None),
    ],
)
def test_laid_by(sentence: str, who: str | None) -> None:
    found = laid_by(sentence)
    assert (who in found) if who is not None else not found, found


def test_a_mine_left_by_a_force_is_its(resources: Resources) -> None:
    text = (
        "On 3 May 2024, a farmer stepped on an anti-tank mine left by Russian troops in a field "
        "near Balakliia (Kharkiv) and died."
    )
    assert (_first(text, resources) or "").startswith("Military Forces of Russia")


# --- two sides written with one noun -----------------------------------------------------------


def test_sides_between_with_one_noun() -> None:
    pairs = sides_between("gunfire between Uzbek and Tajik border guards near a canal")
    assert ("Uzbek border guards", "Tajik border guards") in pairs
    assert sides_between("gunfire near a canal between the two villages") == []


def test_a_clash_between_two_states_guards(resources: Resources) -> None:
    text = "On 3 June 2022, gunfire between Kyrgyz and Tajik border guards near Kok-Tash (Batken); 2 killed."
    first, second = _sides(text, resources)
    assert first.startswith("Military Forces of Kyrgyzstan")
    assert second.startswith("Military Forces of Tajikistan")


# --- a note's place with its areas in brackets -------------------------------------------------


@pytest.mark.parametrize(
    ("after", "place"),
    [
        (" (Mayo-Sava, Far North), looted shops", True),
        (" (Bakhmut raion, Donetsk) on Monday", True),
        (" (ADF) attacked a village", False),  # an acronym
        (" (and its allies) attacked", False),
        (" attacked a village", False),
    ],
)
def test_placed_in_areas(after: str, place: bool) -> None:
    assert placed_in_areas(after) is place


def test_a_place_with_its_areas_is_no_actor(resources: Resources) -> None:
    text = (
        "On 6 May 2023 (night), suspected Boko Haram fighters raided Tourou (Mayo-Tsanaga, "
        "Far North), looted shops and killed 3 civilians."
    )
    firsts = [e.actor1.name for e in report_events(text, resources) if e.actor1 is not None]
    assert firsts and all("Tourou" not in n and "Mayo-Tsanaga" not in n for n in firsts)
