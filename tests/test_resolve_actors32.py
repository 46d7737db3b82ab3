"""actor1 (issue 9, session 32): Venezuela's National Guard and intelligence service as ACLED
names a state's branches, a unit of the country's military or police with the unit after the
period, as the base already names Russia's FSB and Tunisia's National Guard.

Every phrase is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.resolve.matching import Matcher, matcher_for

ON = dt.date(2024, 3, 1)
GUARD = "Military Forces of Venezuela (1999-) National Guard"
SEBIN = "Police Forces of Venezuela (2013-) Bolivarian National Intelligence Service"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.fixture(scope="module")
def matcher(kb: ActorKB) -> Matcher:
    return matcher_for(kb)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("National Guard troops", GUARD),
        ("GNB troops", GUARD),
        ("the Bolivarian National Guard", GUARD),
        ("SEBIN agents", SEBIN),
        ("the Bolivarian National Intelligence Service", SEBIN),
    ],
)
def test_venezuelan_branches_by_acled_name(matcher: Matcher, words: str, expected: str) -> None:
    found = matcher.match(words, on=ON, country="VE")
    assert found is not None and found.actor.name == expected, words


def test_national_guard_elsewhere_stays_the_countrys(matcher: Matcher) -> None:
    """The same words in Tunisia or Mexico are those countries' guards, not Venezuela's."""
    tunisia = matcher.match("National Guard units", on=ON, country="TN")
    assert tunisia is not None and tunisia.actor.name == "Police Forces of Tunisia National Guard"
    mexico = matcher.match("National Guard patrol", on=ON, country="MX")
    assert mexico is not None and mexico.actor.country == "MX"


def test_plain_forces_stay_the_countrys_role(kb: ActorKB, matcher: Matcher) -> None:
    """A unit is never the country's role: plain soldiers and police keep the country's force."""
    military = kb.role_actor("military", "VE", ON)
    police = kb.role_actor("police", "VE", ON)
    assert military is not None and military.name == "Military Forces of Venezuela"
    assert police is not None and police.name == "Police Forces of Venezuela"
    soldiers = matcher.match("Venezuelan soldiers", on=ON, country="VE")
    assert soldiers is not None and soldiers.actor.name == "Military Forces of Venezuela"


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
