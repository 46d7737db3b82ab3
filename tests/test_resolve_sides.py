"""Generic belligerents read through the article's own battle lines (resolve/sides.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.model import Actor, ActorRef, Event, Relation, Span
from ceasewatch.resolve.sides import read_sides

D = dt.date(2021, 3, 2)


def actor(actor_id: str, actor_type: str, inter: int, *, generic: bool = False) -> Actor:
    return Actor(
        id=actor_id,
        name=actor_id.replace("-", " ").title(),
        type=actor_type,
        inter=inter,
        generic=generic,
        sources=("https://example.org",),
    )


KB = ActorKB(
    [
        actor("nor-army", "state forces", 1),
        actor("red-front", "rebel group", 2),
        actor("blue-brigade", "rebel group", 2),
        actor("gunmen", "rebel group", 2, generic=True),
        actor("troops", "state forces", 1, generic=True),
        actor("villagers", "civilians", 7, generic=True),
    ]
)


def ref(actor_id: str) -> ActorRef:
    return ActorRef(name=actor_id, id=actor_id, method="exact")


def event(n: int, a1: str, a2: str | None, *, day: dt.date = D, kind: str = "Battles") -> Event:
    return Event(
        id=f"e{n}",
        article_id="a",
        event_date=day,
        time_precision=1,
        disorder_type="Political violence",
        event_type=kind,
        sub_event_type="Armed clash" if kind == "Battles" else "Peaceful protest",
        actor1=ref(a1),
        actor2=ref(a2) if a2 else None,
        sentence=Span(start=n * 100, end=n * 100 + 50, text="x"),
    )


def support(source: str, target: str) -> Relation:
    return Relation(
        id=f"r-{source}",
        article_id="a",
        type="declaration",
        source=ref(source),
        target=ref(target),
        what="support",
    )


def test_generic_side_becomes_the_named_opponents_principal_first():
    events = [
        event(1, "blue-brigade", "nor-army"),
        event(2, "nor-army", "red-front"),
        event(3, "gunmen", "nor-army"),
    ]
    out = read_sides(events, [support("blue-brigade", "red-front")], KB)
    clash = out[2]
    assert clash.actor1 is not None and clash.actor1.id == "red-front"  # the supported one
    assert [r.id for r in clash.assoc_actors1] == ["blue-brigade"]
    assert clash.actor1.method == "context" and clash.actor1.surface is None
    assert "read as" in clash.notes and "Nor Army" in clash.notes
    assert out[:2] == events[:2]  # named events untouched


def test_without_support_relations_the_first_named_leads():
    events = [
        event(1, "blue-brigade", "nor-army"),
        event(2, "red-front", "nor-army"),
        event(3, "nor-army", "gunmen"),
    ]
    clash = read_sides(events, [], KB)[2]
    assert clash.actor2 is not None and clash.actor2.id == "blue-brigade"
    assert [r.id for r in clash.assoc_actors2] == ["red-front"]


@pytest.mark.parametrize(
    "events",
    [
        # nobody named fights the army in the article: the generic stays
        [event(1, "gunmen", "nor-army")],
        # named opponents, but on another day
        [
            event(1, "red-front", "nor-army", day=dt.date(2021, 2, 1)),
            event(2, "gunmen", "nor-army"),
        ],
        # a protest is not a battle line
        [event(1, "red-front", "nor-army", kind="Protests"), event(2, "gunmen", "nor-army")],
        # the other side is itself generic: nothing to read the battle through
        [event(1, "red-front", "troops"), event(2, "gunmen", "troops")],
    ],
)
def test_generic_stays_when_the_article_does_not_say(events):
    out = read_sides(events, [], KB)
    assert out[-1] == events[-1]


def test_civilians_facing_an_army_are_no_battle_line():
    events = [event(1, "nor-army", "red-front"), event(2, "nor-army", "villagers")]
    out = read_sides(events, [], KB)
    assert out[1].actor2 is not None and out[1].actor2.id == "villagers"
