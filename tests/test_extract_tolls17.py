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
