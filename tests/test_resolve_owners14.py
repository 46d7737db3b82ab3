"""A group's members by what local reporting calls them, a weapon's model as its owner's
forces, and the Naga faction of Khaplang (issue 9, session 15, wip/actors14)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import load_actors
from ceasewatch.resolve.conventions import identity_militia
from ceasewatch.resolve.matching import Matcher, matcher_for
from ceasewatch.resolve.owners import read


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return matcher_for(load_actors())


ON = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        # a group's members as police or local reporting calls them
        ("MS-13 gang members", "SV", "Mara Salvatrucha"),
        (
            "SEBIN agents",
            "VE",
            "Police Forces of Venezuela Bolivarian National Intelligence Service",
        ),
        ("ULFA(I) cadres", "IN", "United Liberation Front of Asom (Independent)"),
        ("ELN men", "CO", "ELN: National Liberation Army"),
        # the Khaplang faction is not the Isak-Muivah one
        ("NSCN-K militants", "IN", "National Socialist Council of Nagaland (Khaplang)"),
        ("NSCN (IM) cadres", "IN", "National Socialist Council of Nagaland (Isak-Muivah)"),
        # an aircraft or launcher named by its model after its owner: the owner's forces
        ("Thai F-16s", "TH", "Military Forces of Thailand"),
        ("Russian Su-34s", "UA", "Military Forces of Russia"),
        ("Cambodian BM-21 rockets", "KH", "Military Forces of Cambodia"),
    ],
)
def test_members_and_models(matcher: Matcher, words: str, country: str, expected: str) -> None:
    found = matcher.match(words, on=ON, country=country)
    assert found is not None and found.actor.name.startswith(expected.split(" (20")[0]), words


@pytest.mark.parametrize("words", ["armed men", "security men", "F-16s", "MS-13"])
def test_no_owner_no_model_unit(matcher: Matcher, words: str) -> None:
    """A model alone or plain men are no owner's forces (MS-13 is a name, not a model)."""
    reading = read(words, matcher.kb.descriptors)
    assert reading is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Aqidat tribal fighters", "Aqidat Tribal Militia (Syria)"),
        ("tribal fighters of the Aqidat", "Aqidat Tribal Militia (Syria)"),
        ("clan militia of the Abgaal", "Abgaal Clan Militia (Syria)"),
        ("the Shaitat tribal militia", "Shaitat Tribal Militia (Syria)"),
        ("tribal fighters", None),
        ("fighters of the Aqidat", None),
    ],
)
def test_tribal_militia_named_by_the_report(words: str, expected: str | None) -> None:
    made = identity_militia(words, load_actors(), "SY")
    assert (made["name"] if made else None) == expected
    if made is not None:
        assert made["inter"] == 4 and made["id"] is None
