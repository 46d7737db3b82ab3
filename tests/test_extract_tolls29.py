"""Tolls told without a figure (session 29, helper fresh29: coders' notes from local sources):
a victim "burned alive" is dead as a victim "killed" is, and a dying verb joined by "and" to the
first verb takes its subject ("a man ... stepped on a mine and died"). Texts written for these
tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 3 March 2022, in Kisangani (Tshopo) a suspected robber was burned alive by "
            "residents of the neighbourhood.",
            1,
        ),
        (
            "On 9 May 2021, in Bukavu (South Kivu), residents burned alive a man accused of theft.",
            1,
        ),
        # a figure stands as before
        (
            "On 9 May 2021, in Bukavu (South Kivu), a mob burned alive two men accused of "
            "witchcraft.",
            2,
        ),
        # without "alive", burning a man is no death told
        (
            "On 9 May 2021, in Bukavu (South Kivu), a mob beat a man accused of theft and "
            "burned his house.",
            0,
        ),
    ],
)
def test_a_victim_burned_alive_is_dead(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 4 April 2022, a herder stepped on a landmine near Kidal (Kidal) and died of "
            "his wounds.",
            1,
        ),
        (
            "On 4 April 2022, a driver was shot by gunmen near Gao (Gao) and died in hospital.",
            1,
        ),
        # the subject of "died" is its own: the first verb's is not borrowed
        (
            "On 4 April 2022, gunmen attacked a bus near Gao (Gao) and two passengers died.",
            2,
        ),
    ],
)
def test_a_dying_verb_after_and_takes_the_first_verbs_subject(
    text: str, toll: int, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and (main.fatalities or 0) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a party's claim, the toll declared unknown: kept as a claim, not coded
        (
            "On 8 March 2022, army troops clashed with rebels near Bunia (Ituri). The rebels "
            "claim 30 soldiers killed. Fatalities unknown.",
            None,
        ),
        # the same claim without the declaration stands as before
        (
            "On 8 March 2022, army troops clashed with rebels near Bunia (Ituri). The rebels "
            "claim 30 soldiers killed.",
            30,
        ),
        # the text's own vague figure is not a party's claim: ACLED's 10 for "many"
        (
            "On 8 March 2022, a drone hit the market of Bunia (Ituri): many dead, toll unclear.",
            10,
        ),
    ],
)
def test_a_toll_declared_unknown_leaves_a_partys_claim_uncoded(
    text: str, toll: int | None, extractor: Extractor
) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll
    if toll is None:
        assert [c.count for c in main.fatality_claims] == [30]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # "incl." read as "including": the 5 are the dead, not the killers of the children
        (
            "On 6 June 2022, a bomb hit a minibus in Quetta (Balochistan); 5 killed incl. children.",
            5,
        ),
        # the part counted after "incl." is inside the whole, never added to it
        (
            "On 6 June 2022, gunmen attacked a bus near Quetta (Balochistan); 7 dead incl. 2 women.",
            7,
        ),
    ],
)
def test_incl_is_including(text: str, toll: int, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2023, hitmen shot three men outside a bar in Tulua (Valle del Cauca).",
        "On 2 May 2023, cattle rustlers attacked a village near Moroto (Northern).",
    ],
)
def test_hired_killers_and_rustlers_are_armed_groups(text: str, extractor: Extractor) -> None:
    # armed criminals named by their trade, as "bandits" and "kidnappers" are (actors.yaml)
    _, extraction = run(text, extractor, published=None)
    main = main_event(extraction.events)
    assert main is not None and main.sub_event_type == "Attack"
    # the doer is kept for resolve, which reads it as an unidentified armed group
    # (knowledge/data/actors/descriptors.yaml)
    assert main.actor1 is not None and main.actor1.surface in ("hitmen", "cattle rustlers")
