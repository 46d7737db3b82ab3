"""Tolls by class of wording (issue 9, session 16): a toll told only vaguely codes ACLED's fixed
figure (12 for "dozens", 10 for "many"/"several"), a killing told by its manner (suffocated, burned alive, beaten to death), a note's verbless
passive the parse misreads. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a manner of dying: the subject is the dead
        ("On 2 March 2017, a gas shell hit a shelter in Latamina; 12 people suffocated.", 12),
        # burning people, told without a death word
        ("On 9 May 2020, a crowd beat and burned alive three men accused of theft in Kisumu.", 3),
        ("On 6 June 2021, a mob in Gonaives burned four men taken for kidnappers.", 4),
        # the verb "to death" completes is what the figure hangs on
        ("On 4 April 2019, vigilantes beat to death three cattle traders near Dori.", 3),
        ("On 8 August 2020, soldiers shot dead two goat herders near Mopti.", 2),
        # a note's verbless passive, the noun outside the person lists
        ("On 3 October 2023, a mine hit a truck near Bijapur; 3 constables killed.", 3),
        # "shot" read as a noun counted by the figure
        ("On 7 May 2022, police fired on mourners in Zahedan; at least 4 shot dead.", 4),
    ],
)
def test_toll_by_class(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) == toll


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2019, fighters overran a camp near Tillia. Dozens of soldiers killed.",
        "On 2 February 2024, a drone struck a market in Mellit: many dead, toll not known.",
        "On 9 September 2018, gunmen raided Dogo village; several villagers were killed.",
    ],
)
def test_a_vague_toll_alone_codes_acleds_fixed_figure(text: str, extractor: Extractor) -> None:
    """ACLED's public FAQ codes "dozens" as 12 and "several"/"many" as 10 when no source gives a
    count; the claim keeps its "vague" qualifier (merger's decision, session 16: the private
    sample is coded by ACLED, whatever our writers chose)."""
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities in (10, 12)
    assert [c.qualifier for c in main.fatality_claims] == ["vague"]


@pytest.mark.parametrize(
    "text",
    [
        # burning things, or a person's things, is no toll
        "On 4 March 2021, rioters burned the homes of two officials in Bujumbura.",
        "On 4 March 2021, rioters burned two police trucks in Bujumbura.",
    ],
)
def test_burning_things_is_no_toll(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    assert all(not e.fatalities for e in extraction.events)
