"""Speed-ups that must give the same answers as the plain code they replace (session 29).

Each test checks a cached or indexed look-up against the plain definition it replaced, on the
built-in data; speed itself is measured by bench/bench_extract.py (docs/PERFORMANCE.md), never
in a unit test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors

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
