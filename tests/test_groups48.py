"""Named forces of self-declared states and peoples' militias the base lacked (session 48,
groups48): Somaliland's police are not Somalia's; the forces of Transnistria, Abkhazia, South
Ossetia and Northern Cyprus by the territory's name; Latvia's State Security Service (VDD) under
its police; the Tana Delta's Pokomo and Orma and the Hawadle clan as identity militias.
Hand-written names, never evaluation items."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import load_actors
from ceasewatch.resolve.identity import groups_acting
from ceasewatch.resolve.matching import matcher_for

ON = dt.date(2022, 8, 11)


def _name(words: str, country: str | None) -> str | None:
    found = matcher_for(load_actors()).match(words, on=ON, country=country)
    return found.actor.name if found is not None else None


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("Somaliland police", "SO", "Police Forces of Somaliland"),
        ("Somaliland Police Force", "SO", "Police Forces of Somaliland"),
        ("Somaliland army", "SO", "Military Forces of Somaliland"),
        ("Somali police", "SO", "Police Forces of Somalia"),
        ("VDD", "LV", "Police Forces of Latvia"),
        ("State Security Service (Latvia)", "LV", "Police Forces of Latvia"),
        ("Transnistrian police", "MD", "Police Forces of Transnistria"),
        ("Transnistrian troops", "MD", "Military Forces of Transnistria"),
        ("Abkhaz border guards", "GE", "Military Forces of Abkhazia"),
        ("Abkhaz police", "GE", "Police Forces of Abkhazia"),
        ("South Ossetian forces", "GE", "Military Forces of South Ossetia"),
        ("Turkish Cypriot police", "CY", "Police Forces of Northern Cyprus"),
        ("Turkish Cypriot Security Forces", "CY", "Military Forces of Northern Cyprus"),
        ("Georgian police", "GE", "Police Forces of Georgia"),
        ("Moldovan police", "MD", "Police Forces of Moldova"),
    ],
)  # fmt: skip
def test_a_territory_s_forces_by_its_own_name(words: str, country: str, expected: str) -> None:
    assert _name(words, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Pokomo militiamen attacked Riketa village at dawn.", "KE", ["Pokomo Ethnic Militia (Kenya)"]),
        ("Orma and Pokomo youths clashed near Tarasaa.", "KE", ["Orma Ethnic Militia (Kenya)", "Pokomo Ethnic Militia (Kenya)"]),
        ("Hawadle militiamen attacked al-Shabaab fighters in Mahas.", "SO", ["Hawadle Clan Militia (Somalia)"]),
        ("Gunmen killed five Pokomo youths in Kipini.", "KE", []),
    ],
)  # fmt: skip
def test_a_people_s_armed_men_are_its_militia(text: str, country: str, expected: list[str]) -> None:
    kb = load_actors()
    assert [kb.actors[i].name for i in groups_acting(text, kb, country)] == expected
