"""Tolls by class of wording (issue 9, session 14): a toll told in a sentence that makes no
event of its own, figures of one victim group joined by "and", a number carrying its death word
as a reduced relative, nouns that die, one person who died, a country's total, and an adverb of
motion read as a past act. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a toll sentence with no trigger ("dead", "died") is the toll of the event before it
        ("On 3 March 2021, a car bomb exploded at a market in Baidoa. 14 dead.", 14),
        (
            "On 9 May 2019, rioters set fire to a bus depot in Conakry. "
            "Two guards died in the fire.",
            2,
        ),
        # a killing that names nobody, its dead listed as a reduced relative
        (
            "On 2 July 2018, a suicide bomber struck a checkpoint in Kismayo. Two soldiers and a "
            "shopkeeper killed besides the bomber.",
            3,
        ),
        # figures of one victim group joined by "and" are different people
        (
            "On 5 April 2022, militants attacked an army camp near Diffa; 7 soldiers and 12 "
            "attackers killed.",
            19,
        ),
        # a number that carries its death word is the dead, not the subject of the next clause
        (
            "On 8 August 2020, gunmen raided a village near Kaduna. 11 killed besides the "
            "gunmen; a second raid hit Zaria an hour later.",
            11,
        ),
        # nouns that die are people, whatever the word
        ("On 4 June 2021, gunmen attacked a gold mine near Tillaberi; 23 miners died.", 23),
        # one person who died, named without a number
        (
            "On 6 October 2020, a shell hit a house in Tovuz. An elderly woman died and three "
            "neighbours were hurt.",
            1,
        ),
        # a part of the dead as the object: not someone acted on
        ("On 1 May 2022, a drone struck a wedding in Dawro. 6 killed, a child among them.", 6),
        # an adverb of motion is no past act: the killing it goes with is the report's
        (
            "On 3 June 2021, a roadside bomb went off as a minibus drove past in Marawi, "
            "killing a teacher and her son.",
            2,
        ),
    ],
)
def test_toll_by_class(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll


def test_country_total_is_no_event_toll(extractor: Extractor) -> None:
    text = (
        "On 12 May 2021, police fired on marchers in Cali; over 40 dead across the country "
        "since the strike began."
    )
    _, extraction = run(text, extractor, published=None)
    assert all((e.fatalities or 0) < 40 for e in extraction.events)


def test_toll_sentence_with_its_own_place_stays_out(extractor: Extractor) -> None:
    # a toll told for another place is not the event's
    text = "On 3 March 2021, a car bomb exploded at a market in Baidoa. 14 dead in Mogadishu."
    _, extraction = run(text, extractor, published=None)
    baidoa = [e for e in extraction.events if e.location and e.location.name == "Baidoa"]
    assert baidoa and all(e.fatalities != 14 for e in baidoa)


def test_bare_numbers_joined_by_and_stay_a_range(extractor: Extractor) -> None:
    # "between 10 and 15" is a range, never 25
    text = "On 2 May 2020, bandits attacked Zurmi; between 10 and 15 villagers killed."
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) <= 15


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a finite verb the parse hangs on the noun before it names no victim of its own
        ("On 4 May 2017, air strikes on a market killed at least 21 civilians in Idlib.", 21),
        # a vague figure in a sentence of its own is a scene, not the toll told before
        (
            "On 2 June 2016, a car bomb killed 40 people at a bus station in Homs. Footage "
            "showed many bodies in the street.",
            40,
        ),
    ],
)
def test_long_report_tolls_stay(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll


def test_figure_without_victims_equal_to_a_group_is_that_group() -> None:
    # a headline's "15 killed" and the body's "15 civilians were killed", one source: 15, not 30
    from ceasewatch.extract.merging import conservative
    from ceasewatch.model import FatalityClaim

    bare = FatalityClaim(count=15, claimed_by="monitors")
    group = FatalityClaim(count=15, victims="civilians", claimed_by="monitors")
    assert conservative([bare, group]) == 15
    # a different figure without victims is still another group of dead
    other = FatalityClaim(count=4, claimed_by="monitors")
    assert conservative([other, group]) == 19
    # one person beside another is two: "a journalist and an expert were shot dead"
    one = FatalityClaim(count=1, victims="civilians")
    assert conservative([one, FatalityClaim(count=1)]) == 2
