"""Speed-ups that must give the same answers as the plain code they replace (session 29).

Each test checks a cached or indexed look-up against the plain definition it replaced, on the
built-in data; speed itself is measured by bench/bench_extract.py (docs/PERFORMANCE.md), never
in a unit test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors, world

D = dt.date
DAYS = (D(2011, 1, 1), D(2016, 8, 1), D(2018, 1, 11), D(2018, 6, 1), D(2023, 4, 15), D(2025, 3, 1))


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def test_members_on_is_every_actor_whose_parents_name_it(kb: ActorKB) -> None:
    parents = {m.parent for a in kb for m in a.memberships} | {"no-such-parent", "hts"}
    assert len(parents) > 20
    for parent in sorted(parents):
        for day in DAYS:
            plain = [a.id for a in kb.actors.values() if parent in kb.parents_on(a.id, day)]
            assert kb.members_on(parent, day) == plain, (parent, day)


def test_town_tables_are_those_of_every_row_read_one_by_one() -> None:
    """``_towns`` keeps only the two tables (not the rows with their alternates): the same keys,
    in the same order, with the same countries in the same order as read from the rows."""
    rows = [
        (r["country"], int(r["population"] or 0), (r["name"], *r["alternates"].split("|")))
        for r in world.read_rows(world.PLACES_FILE)
        if int(r["population"] or 0) >= world.TOWN_POPULATION
    ]
    named: dict[str, set[str]] = {}
    big: dict[str, dict[str, None]] = {}
    for country, population, names in rows:
        if key := world.plain_key(names[0]):
            named.setdefault(key, set()).add(country)
        for name in names if population >= world.BIG_CITY_POPULATION else ():
            if key := (world.plain_key(name) if name else ""):
                big.setdefault(key, {})[country] = None
    assert list(world.towns_named().items()) == [(k, frozenset(v)) for k, v in named.items()]
    assert list(world.big_cities().items()) == [(k, tuple(v)) for k, v in big.items()]
