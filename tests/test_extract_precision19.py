"""Whole-article prose that names violence without reporting a new event (extract/modality.py
rules 7-9, extract/background.py's lasting verbs).

Hand-built sentences (issue 9, session 19: classes read in the reports set's dev half, articles
of both desks), never eval items or corpus sentences; each "not an event" case has a reported
twin beside it.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import subs as _subs


@pytest.mark.parametrize(
    "text",
    [
        '"It was a slaughter," said a shopkeeper in Lomara who lost his cousin.',
        '"These bandits are losing, so they kill travellers on the roads," the governor told reporters.',
        '"Every night we fear the next shell will hit us," said a mother in the camp.',
        'The minister said the country was "fighting a battle on two fronts", housing refugees.',
    ],
)
def test_quoted_speech_in_the_present_is_not_an_event(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        '"They killed my brother on Monday," said a farmer in Lomara.',
        '"Gunmen were shooting at the bus when we stopped," a passenger in Lomara said on Sunday.',
        'Militants "attacked" the police post in Lomara on Friday, the army said.',
        "Police said gunmen killed three people in Lomara on Monday.",
    ],
)
def test_quoted_past_acts_and_reported_speech_stay(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


@pytest.mark.parametrize(
    "text",
    [
        "Mediators from Kenya and Ghana are trying to broker a truce between the two sides.",
        "The neighbouring state has pressed the militias to stop fighting near its border.",
        "The government said the air strikes violated the country's sovereignty.",
        "The raids came as envoys were expected in Geneva for talks.",
        "A police spokesman has said that the detentions are a matter for the courts.",
    ],
)
def test_efforts_and_references_are_not_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mediators from Kenya and Ghana brokered a truce between the two sides on Sunday.",
        "Gunmen tried to storm the police station in Lomara on Tuesday but were repelled.",
        "The air strikes killed nine people in Lomara on Monday, medics said.",
        "The army carried out air strikes on rebel positions near Lomara on Friday.",
        "Police detained the opposition leader for three days in Lomara last week.",
        "The rebels surrendered to the army in Lomara on Sunday.",
    ],
)
def test_done_twins_are_still_events(extractor: Extractor, text: str) -> None:
    assert _subs(text, extractor) != []


def test_a_refused_surrender_is_no_agreement(extractor: Extractor) -> None:
    subs = _subs("Both gunmen were killed after refusing to surrender, the army said.", extractor)
    assert "Agreement" not in subs and subs != []
