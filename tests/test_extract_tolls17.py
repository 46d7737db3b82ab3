"""Tolls by class of wording (issue 9, session 17): a vague toll told in a sentence of its own
("Several killed.", "Dozens dead, figures disputed.") is the event's toll by ACLED's fixed figure,
as it is beside the event's verb; a count told before still stands against a later vague figure.
Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 5 May 2023, rioters burned banks and a fuel depot in Tamale (Northern). Several killed.",
            10,
        ),
        (
            "On 5 May 2023, rioters burned banks in Tamale (Northern). Several killed in the town.",
            10,
        ),
        (
            "On 8 June 2021, a crowd stormed the prison in Kenema (Eastern). Dozens dead, "
            "figures disputed.",
            12,
        ),
        (
            "On 2 July 2020, militants clashed with troops near Dinguiraye (Faranah). Dozens "
            "killed on both sides.",
            12,
        ),
    ],
)
def test_a_vague_toll_in_its_own_sentence_is_the_events_toll(
    text: str, toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll
    assert [c.qualifier for c in main.fatality_claims] == ["vague"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a count told before stands against a later scene's vague figure
        (
            "On 2 June 2016, a car bomb killed 40 people at a bus station in Homs. Footage "
            "showed many bodies in the street.",
            40,
        ),
        # a vague figure of others than the dead is no toll
        (
            "On 2 July 2020, militants clashed with troops near Dinguiraye (Faranah). Several wounded.",
            0,
        ),
        ("On 2 July 2020, police broke up a march in Kankan (Kankan). Dozens arrested.", 0),
    ],
)
def test_a_count_told_before_or_other_outcomes_stay(
    text: str, toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) == toll


@pytest.mark.parametrize(
    "text",
    [
        # a figure over several days is several day-events' total, not the coded day's toll
        "On 2 July 2020, militants clashed with troops near Dinguiraye (Faranah). Dozens killed "
        "on both sides over the week.",
        "On 2 July 2020, militia fighters took the camps of Dinguiraye (Faranah) after four days "
        "of fighting. About 30 dead over the four days.",
        "On 2 July 2020, mobs burned houses in Dinguiraye (Faranah). Dozens killed in the first "
        "days.",
        # a figure along a coast is a region's
        "On 2 July 2020, gunmen went through Dinguiraye (Faranah) killing men in their homes. "
        "Hundreds killed along the coast; toll for Dinguiraye unclear.",
    ],
)
def test_a_figure_over_days_or_a_coast_is_no_events_toll(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and not main.fatalities


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 2 July 2020, militants clashed with troops near Dinguiraye (Faranah). 12 killed in "
            "the day's fighting.",
            12,
        ),
        (
            "On 2 July 2020, a bomb hit a bus along the road near Dinguiraye (Faranah), killing 7.",
            7,
        ),
    ],
)
def test_a_days_or_a_roads_figure_stays(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll
