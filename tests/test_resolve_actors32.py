"""actor1 (issue 9, session 32): a coalition's member factions as the coalition; "resistance
forces" read by the country (Myanmar's People's Defence Force, elsewhere ACLED's Unidentified
Armed Group).

Every phrase is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.resolve.matching import Matcher

ON = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        # a coalition's member groups are the coalition, read by the country ("SNA")
        ("Turkey-backed SNA factions", "SY", "Syrian National Army"),
        ("the SNA faction", "SY", "Syrian National Army"),
        ("Houthi factions", "YE", "Houthi Movement"),
    ],
)
def test_members_of_a_named_group(
    matcher: Matcher, words: str, country: str, expected: str
) -> None:
    found = matcher.match(words, on=ON, country=country)
    assert found is not None and found.actor.name == expected, words


@pytest.mark.parametrize(
    "words", ["rival factions", "armed factions", "a breakaway faction of the SNA"]
)
def test_no_name_no_group(matcher: Matcher, words: str) -> None:
    """The member words alone name no group."""
    assert matcher.match(words, on=ON, country="CF") is None


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        # Myanmar's anti-junta fighters the press leaves unnamed: the People's Defence Force
        ("resistance forces", "MM", "People's Defence Force"),
        ("local resistance fighters", "MM", "People's Defence Force"),
        # elsewhere the words name no one group: ACLED's Unidentified Armed Group
        ("resistance fighters", "UA", "Unidentified Armed Group (Ukraine)"),
        ("resistance groups", "PS", "Unidentified Armed Group (Palestine)"),
    ],
)
def test_resistance_forces_by_country(
    kb: ActorKB, matcher: Matcher, words: str, country: str, expected: str
) -> None:
    found = matcher.match(words, on=ON, country=country)
    assert found is not None and found.actor.generic, words
    reading = kb.reading(found.actor, country, ON)
    assert reading is not None and reading.name == expected, words
