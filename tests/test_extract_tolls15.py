"""Tolls by class of wording (issue 9, session 15): a named person beside a counted group, a
note's passive without its auxiliary, a verbless "... dead" that lists its dead, the objects of
a killing verb whatever the noun, and an age that stands for the person. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # one person named beside a counted group: the figure is the group's, the person one more
        (
            "On 2 April 2021, gunmen killed a village chief and 4 of his sons on the road to Kaya.",
            5,
        ),
        # a note's passive without "were": its subjects are the dead, each group counted
        (
            "On 8 March 2020, jets struck a market in Maarat al-Numan. Three rebels and a "
            "shepherd killed.",
            4,
        ),
        # a verbless note: "... dead" lists its dead, the attacker among them
        (
            "On 1 June 2022, a bomber rammed a police truck outside Quetta; 6 policemen and "
            "the bomber dead.",
            7,
        ),
        # whom a killing verb acts on is people, whatever the noun
        (
            "On 9 October 2021, rebels ambushed a patrol near Beni, killing three gendarmes.",
            3,
        ),
        # an age stands for the person
        ("On 5 July 2023, soldiers shot dead a 15-year-old at a checkpoint in Jenin.", 1),
    ],
)
def test_toll_by_class(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        # the doers stay out: a finite verb with its object
        "On 3 May 2021, two gunmen killed a trader in Maiduguri.",
        # the aux makes it active: the subject killed, the object died
        "On 3 May 2021, two gunmen have killed a trader in Maiduguri.",
    ],
)
def test_doers_stay_out(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        "On 1 June 2023, troops shelled Marinka; a woman killed.",
        "On 4 May 2022, militants attacked a checkpoint near Jibo; a policeman killed.",
    ],
)
def test_one_victim_after_a_semicolon_is_the_events_toll(text: str, extractor: Extractor) -> None:
    """ "...; a woman killed.": a note's toll of one person told with the indefinite article
    is the first clause's toll, not a killing of its own with the victim as its doer."""
    _, extraction = run(text, extractor)
    assert len(extraction.events) == 1
    (event,) = extraction.events
    assert event.fatalities == 1
    assert event.actor1 is None or "woman" not in event.actor1.name.lower()
    assert event.actor1 is None or "policeman" not in event.actor1.name.lower()
