"""Protests told without a protest word the old lists knew (issue 9, session 20): people who
"demonstrated", marchers who "rallied", a march "held" or "broken up", a road blocked by a
community; and force fired on people a relative clause says were blockading (ACLED: lethal
force on demonstrators is Excessive force against protesters). Texts written for these tests,
not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 11 July 2023, farmers demonstrated outside the regional assembly in Cusco "
            "(Cusco), calling for fertiliser subsidies.",
            "Peaceful protest",
        ),
        (
            "On 2 February 2024, marchers from a farmers' union rallied in front of the "
            "ministry in Lima for land titles.",
            "Peaceful protest",
        ),
        (
            "On 5 April 2024, retired teachers and their families held a march through the "
            "centre of Arequipa (Arequipa); no incidents.",
            "Peaceful protest",
        ),
        (
            "On 6 August 2023, indigenous communities blocked the main highway near Oruro "
            "(Oruro) for a week over mining rights.",
            "Peaceful protest",
        ),
        (
            "On 3 June 2023, police opened fire on youths who had blocked a highway near Kindu "
            "(Maniema) over power cuts; two young men were killed.",
            "Excessive force against protesters",
        ),
        (
            "On 9 May 2022, two people were killed in Kisumu (Kisumu) when police broke up a "
            "march by traders on the main road.",
            "Excessive force against protesters",
        ),
    ],
)
def test_protests_without_a_listed_demand(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == sub


@pytest.mark.parametrize(
    "text",
    [
        "The test demonstrated that the new missile works, officials said.",
        "On 8 March 2022, the army continued its march on the rebel-held town of Dera (Tigray).",
    ],
)
def test_no_protest_from_other_senses(text: str, extractor: Extractor) -> None:
    _, extraction = run(text, extractor, published=None)
    assert not [e for e in extraction.events if e.event_type == "Protests"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 4 June 2023, supporters of two rival parties fought with sticks and stones "
            "outside a party office in Bo (Bo); one man died.",
            "Mob violence",
        ),
        (
            "On 4 June 2023, supporters of two rival candidates clashed with machetes during a "
            "rally in Kenema (Kenema); no deaths.",
            "Mob violence",
        ),
        (
            "On 4 June 2023, protesters clashed with police in Kenema (Kenema); ten injured.",
            "Violent demonstration",
        ),
    ],
)
def test_partisans_fighting_partisans_are_mob_violence(
    text: str, sub: str, extractor: Extractor
) -> None:
    assert main_sub_event(text, extractor, published=None) == sub
