"""Whole-article prose about no political violence: shows of arms, disasters, relief, trade,
questions and legal processes (extract/modality.py rules 10-15, session 20).

Hand-built sentences (issue 9, session 20: kinds read in the reports set's dev halves and the
VOA corpus), never eval items or corpus sentences; each "not an event" group has a reported
twin group beside it.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


@pytest.mark.parametrize(
    "text",
    [
        "Lomaria marked its national day on Friday with a military parade through the capital,"
        " where tanks, rocket launchers and artillery rolled past the president.",
        "The ten-day exercise involves about 8,000 troops and includes live-fire drills based on"
        " scenarios of an enemy attack on the islands.",
        "Troops fired artillery and rockets during the annual exercise near the coast on Tuesday.",
        "The navies held joint drills in the strait on Monday, firing missiles at floating targets.",
    ],
)
def test_a_show_of_arms_is_not_an_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit the parade ground in Lomara on Friday, killing two soldiers.",
        "Gunmen threw a grenade at the parade in Lomara on Sunday.",
        "Rebels fired rockets at a military parade in Lomara on Sunday.",
        "Militants attacked soldiers during a training exercise near Lomara, killing five.",
    ],
)
def test_violence_against_a_show_stays(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "Wildfires killed 25 people in the hills above the port.",
        "The fires killed at least 130 people and destroyed 3,000 homes.",
        "A wildfire killed 25 people and burned thousands of houses in the hills.",
        "Soldiers were deployed to help rescue survivors and clear the rubble.",
        "The army sent troops and helicopters to evacuate residents from the flooded villages.",
    ],
)
def test_disasters_and_relief_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen set fire to houses in Lomara, killing four people.",
        "Five people were killed in an arson attack in Lomara on Monday.",
        "Troops were deployed to Lomara on Monday after clashes with rebels.",
        "The army deployed troops to retake the town of Lomara.",
    ],
)
def test_arson_and_deployments_in_war_stay(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of residents fled into the hills during the fighting, aid workers said.",
        "Analysts said a military strike on the dam remained unlikely.",
        "Analysts said an attack on the dam was unlikely.",
        "The country signed a deal to buy 24 fighter jets and a battery of air defence missiles.",
        "Q: Is the government sending more troops to the north?",
        "Are the rebels still attacking convoys on the main road?",
        "The former minister faces a rape investigation and murder charges.",
    ],
)
def test_flight_likelihood_trade_questions_and_cases_are_not_events(
    extractor: Extractor, text: str
) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled during fighting between the army and rebels in Lomara on Tuesday.",
        "Residents fled after gunmen attacked the village of Lomara on Monday.",
        "The army and the rebels signed a ceasefire agreement in Lomara on Friday.",
        "The two sides signed a peace deal on Friday.",
        "Police said gunmen killed three people in Lomara on Monday.",
    ],
)
def test_reported_twins_stay(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []
