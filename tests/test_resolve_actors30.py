"""actor1 (issue 9, session 30): bandits read through the country; a note's place lead is no
actor; a toll "in a police/military operation" is the operation's owner's.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import ActorRef
from ceasewatch.resolve import resolve_ref

ON = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize(
    ("words", "country", "name"),
    [
        ("bandits", "NG", "Bandits (Nigeria)"),
        ("armed bandits", "NG", "Bandits (Nigeria)"),
        ("a bandit gang", "NG", "Bandits (Nigeria)"),
        ("bandits", "KE", "Unidentified Armed Group (Kenya)"),
        ("bandits", "CO", "Unidentified Armed Group (Colombia)"),
        ("gunmen", "NG", "Unidentified Armed Group (Nigeria)"),  # no bandits written
    ],
)
def test_bandits_are_read_through_the_country(
    kb: ActorKB, words: str, country: str, name: str
) -> None:
    ref = ActorRef(name=words, surface=words)
    assert resolve_ref(ref, kb, ON, country=country).name == name
