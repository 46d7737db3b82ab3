"""Event type and sub-event: session 16's causes seen in three or more writers (issue 9).

Hand-written notes with invented places and people (never evaluation items). The phenomena: a
crowd that rallies, walks, sits or marches with its demand said but no protest word; force at
a demonstration that killed (Excessive force, not a mere intervention); two communities
fighting, one of them a crowd (Mob violence); and a place named with the place that holds it
(one event, not one per name: extract/eventplaces.py ``nested``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run
from tests.test_extract_types_notes import main_sub_event as _main

PUBLISHED = dt.date(2023, 5, 6)


CASES = [
    # a crowd's act with its demand said: a demonstration without a protest word
    (
        "On 5 May 2023, in Varno, a few hundred people rallied in the main square, calling for "
        "the governor to resign.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, in Varno, families of the missing walked through the town chanting "
        "against the mayor.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, in Varno, lawyers sat outside the town hall against the new decree.",
        "Peaceful protest",
    ),
    (
        "On 5 May 2023, relatives of the victims marched through Varno on the first "
        "anniversary of the fire.",
        "Peaceful protest",
    ),
    # what the crowd demands may name troops: still the crowd's protest
    (
        "On 5 May 2023, thousands rallied near the army base in Varno calling for the "
        "withdrawal of foreign troops.",
        "Peaceful protest",
    ),
    # ... and the everyday senses stay no event
    ("On 5 May 2023, the minister walked through Varno market with reporters.", "no event"),
    ("On 5 May 2023, shares rallied in Varno after the bank's results.", "no event"),
    # force at a demonstration that killed: Excessive force, not a mere intervention
    (
        "On 5 May 2023, police fired tear gas at marchers in Varno; one marcher was killed by "
        "a canister.",
        "Excessive force against protesters",
    ),
    (
        "On 5 May 2023, police fired tear gas to disperse marchers in Varno. Nobody was hurt.",
        "Protest with intervention",
    ),
    # a state force's killing with the protest as its scene: one Excessive force event; a
    # killing on another scene stays an attack
    (
        "On 5 May 2023, police in Varno shot dead three people during an opposition protest "
        "against fuel prices.",
        "Excessive force against protesters",
    ),
    ("On 5 May 2023, gunmen killed a farmer in Varno during a market day.", "Attack"),
    # two communities fighting, one a crowd: Mob violence; armed men fighting villagers stay
    # a battle
    (
        "On 5 May 2023, Dorel settlers and Kasi villagers clashed in Varno; houses burned, one "
        "man killed.",
        "Mob violence",
    ),
    ("On 5 May 2023, gunmen clashed with villagers near Varno; 4 killed.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_session16_wording(text: str, sub: str, extractor: Extractor) -> None:
    assert _main(text, extractor) == sub


def _places(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor, published=PUBLISHED)
    return [e.location.name for e in x.events if e.location is not None]


NESTED = [
    # a site in a town: the town is the event's place
    ("On 5 May 2023, police fired on protesters at the Varno toll gate in Lagos.", ["Lagos"]),
    ("On 5 May 2023, gunmen shot two traders in Molyko, Buea.", ["Buea"]),
    # a coder's "village (district, region)": the village
    ("On 5 May 2023, soldiers clashed with rebels near Akom village (Enga, Hela).", ["Akom"]),
    # a list of places stays one event per place
    ("On 5 May 2023, troops clashed with rebels in Kidal, Gao and Menaka.", 3),
]


@pytest.mark.parametrize(("text", "kept"), NESTED)
def test_nested_places_are_one_scene(
    text: str, kept: list[str] | int, extractor: Extractor
) -> None:
    found = _places(text, extractor)
    if isinstance(kept, int):
        assert len(found) == kept
    else:
        assert found == kept


def test_killing_at_protest_is_one_event(extractor: Extractor) -> None:
    _, x = run(
        "On 5 May 2023, police in Varno shot dead three people during an opposition protest "
        "against fuel prices.",
        extractor,
        published=PUBLISHED,
    )
    assert len(x.events) == 1
    event = x.events[0]
    assert event.fatalities == 3
    assert event.actor1 is not None and event.actor1.surface == "police"
