"""The actor page's events (``QueriesMixin.actor_events``, issue 12): read from the actor key
index, a page at a time, they are the events the page listed before (every event whose actors
held the id's text, kept when a reference carries the id, sorted newest first, the undated
last), paged, on both backends, over random archives: ids that are a prefix of another id or
part of a name, an actor in several roles of one event, undated events, re-extractions that
drop events."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.model import ActorRef, Event, Extraction, Location
from ceasewatch.serve.views.events import sort_events
from ceasewatch.store import EventQuery
from tests.event_builders import numbered_articles

# "hts" is a prefix of "hts-2" and part of the names "Shtsa" and "hts fighters"; "HTS" is the
# id written in capitals (ids compare in lower case, as the actors list counts them).
IDS = ("hts", "hts-2", "sy-army", "ye-houthis", "HTS", None)
NAMES = ("Hayat Tahrir al-Sham", "Shtsa brigade", "hts fighters", "army", "Ansar Allah")
WANTED = ("hts", "hts-2", "sy-army", "ye-houthis", "nobody")


def _ref(rng: random.Random) -> ActorRef:
    return ActorRef(name=rng.choice(NAMES), id=rng.choice(IDS))


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    day = None if rng.random() < 0.15 else dt.date(2020, 1, 1) + dt.timedelta(rng.randrange(40))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1=_ref(rng), actor2=_ref(rng) if rng.random() < 0.7 else None,
        assoc_actors1=tuple(_ref(rng) for _ in range(rng.randrange(3))),
        assoc_actors2=tuple(_ref(rng) for _ in range(rng.randrange(2))),
        location=Location(name=f"town {n}", country="Syria"),
    )  # fmt: skip


def _save(store, rng: random.Random, article_ids: list[str]) -> None:
    for aid in article_ids:
        events = tuple(_event(rng, aid, i) for i in range(rng.randint(0, 7)))
        store.save_extraction(Extraction(article_id=aid, stage="test", events=events))


def _listed_before(store, actor_id: str) -> list[Event]:
    """What the actor page listed before the index: the events whose actors hold the id's
    text, those with a reference carrying the id (in lower case), newest first."""
    found = [
        e
        for e in store.events(EventQuery(actor=actor_id))
        if any(
            r is not None and r.id is not None and r.id.lower() == actor_id.lower()
            for r in (e.actor1, e.actor2, *e.assoc_actors1, *e.assoc_actors2)
        )
    ]
    return sort_events(found, "-date")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_actor_event_pages_equal_the_sorted_walk(store, seed):
    rng = random.Random(seed)
    articles = numbered_articles(store, 30, "ae")
    _save(store, rng, articles)
    _save(store, rng, rng.sample(articles, 10))  # re-extracted: old events and keys dropped
    for actor_id in WANTED:
        expected = [e.id for e in _listed_before(store, actor_id)]
        for limit in (1, 7, 50):
            for offset in sorted({0, 3, limit, len(expected) - 1, len(expected) + 2} - {-1}):
                total, page = store.actor_events(actor_id, limit, offset)
                assert total == len(expected), (actor_id, limit, offset)
                assert [e.id for e in page] == expected[offset : offset + limit], (
                    actor_id,
                    limit,
                    offset,
                )
    assert store.actor_events("hts", 500)[0] > 0  # the archive names it (the test tests)


def test_an_id_with_like_wildcards_matches_only_itself(store):
    (aid,) = numbered_articles(store, 1, "aw")
    refs = [ActorRef(name="x", id="a_b"), ActorRef(name="y", id="axb"), ActorRef(name="z", id="a%")]
    events = tuple(
        Event(
            id=f"{aid}-e{i}",
            article_id=aid,
            event_date=dt.date(2021, 1, 1 + i),
            time_precision=1,
            disorder_type="Political violence",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1=ref,
        )
        for i, ref in enumerate(refs)
    )
    store.save_extraction(Extraction(article_id=aid, stage="test", events=events))
    assert [e.id for e in store.actor_events("a_b", 10)[1]] == [f"{aid}-e0"]
    assert [e.id for e in store.actor_events("a%", 10)[1]] == [f"{aid}-e2"]
    assert store.actor_events("a", 10) == (0, [])
