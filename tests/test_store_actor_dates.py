"""The actor filter with dates (migration 0019): event_actors carries each event's date, kept in
step with the events by every writer, and an actor filter (with or without a date range) is
counted and paged from that index with the answers of the Python reference, on both backends."""

from __future__ import annotations

import datetime as dt
import random

from ceasewatch.model import Event, Extraction
from ceasewatch.serve.views.events import sort_events
from ceasewatch.store import open_store
from ceasewatch.store.base import EventSearch
from tests.test_store_queries import _article, _event, _matches

SORTS = ("date", "-date", "type", "-fatalities", "confidence")
SEARCHES = [
    EventSearch(actor="alpha"),
    EventSearch(actor="a", start=dt.date(2020, 1, 10)),  # several keys: an event counted once
    EventSearch(actor="e-1", end=dt.date(2020, 1, 31)),
    EventSearch(actor="brigade", start=dt.date(2020, 1, 5), end=dt.date(2020, 2, 10)),
    EventSearch(actor="alpha", start=dt.date(2020, 2, 1), country="Syria"),  # not key-index only
    EventSearch(actor="a_pha", start=dt.date(2020, 1, 1)),  # matches nothing
    EventSearch(actor="alpha", start=dt.date(2021, 1, 1)),  # a range holding none of its events
]


def _fill(store, rng: random.Random, articles: int = 30) -> list[Event]:
    events: list[Event] = []
    for i in range(articles):
        article, raw = _article(i)
        store.add_article(article, raw)
        mine = [_event(rng, article.id, n) for n in range(rng.randint(1, 6))]
        store.save_extraction(Extraction(article_id=article.id, stage="test", events=tuple(mine)))
        events += mine
    return events


def _dates_in_step(store) -> list[tuple[object, ...]]:
    """event_actors rows whose date is not their event's (none, when kept in step)."""
    return list(
        store.db.execute(
            "SELECT a.event_id, a.event_date, e.event_date FROM event_actors a"
            " JOIN events e ON e.id = a.event_id"
            " WHERE a.event_date <> e.event_date OR (a.event_date IS NULL) <> (e.event_date IS NULL)"
        )
    )


def test_actor_filters_with_dates_count_and_page_as_python(store):
    events = _fill(store, random.Random(19))
    for search in SEARCHES:
        expected = [e for e in events if _matches(e, search, [])]
        assert store.count_events(search) == len(expected), search
        for sort in SORTS:
            ordered = [e.id for e in sort_events(expected, sort)]
            pages = [
                e.id
                for offset in range(0, len(ordered) + 7, 7)
                for e in store.event_page(search, sort, 7, offset)
            ]
            assert pages == ordered, (search, sort)


def test_actor_facets_with_dates_count_their_events(store):
    events = _fill(store, random.Random(20))
    search = EventSearch(actor="a", start=dt.date(2020, 1, 15), end=dt.date(2020, 2, 15))
    rows = [e for e in events if _matches(e, search, [])]
    facets = store.event_facets(search, ["country", "event_type"], top=100)
    countries: dict[str, int] = {}
    for e in rows:
        if e.location and e.location.country:
            countries[e.location.country] = countries.get(e.location.country, 0) + 1
    assert dict(facets["country"]) == countries
    assert sum(n for _, n in facets["event_type"]) == len(rows)


def test_event_actor_dates_follow_every_writer(store):
    rng = random.Random(21)
    events = _fill(store, rng, 12)
    assert _dates_in_step(store) == []
    # a re-extraction with other dates
    article_id = events[0].article_id
    again = [
        _event(rng, article_id, n).model_copy(update={"event_date": dt.date(2019, 5, n + 1)})
        for n in range(3)
    ]
    store.save_extraction(Extraction(article_id=article_id, stage="test", events=tuple(again)))
    assert _dates_in_step(store) == []
    with store.transaction() as db:  # bulk SQL: dates moved, one undated, one dated
        db.execute(
            "UPDATE events SET event_date = '2018-03-04' WHERE article_id = ?", (article_id,)
        )
        db.execute("UPDATE events SET event_date = NULL WHERE id = ?", (events[-1].id,))
        db.execute(
            "UPDATE events SET event_date = '2017-01-02' WHERE event_date IS NULL AND id <> ?",
            (events[-1].id,),
        )
    assert _dates_in_step(store) == []
    row = store.db.execute("SELECT MIN(id) FROM events WHERE article_id = ?", (article_id,))
    stored = str(row.fetchone()[0])  # an event of the re-extraction, as stored
    with store.transaction() as db:  # a row written without its date takes its event's
        db.execute("DELETE FROM event_actors WHERE event_id = ?", (stored,))
        db.execute("INSERT INTO event_actors (event_id, actor_key) VALUES (?, ?)", (stored, "x|y"))
        db.execute("INSERT INTO actor_keys (actor_key) VALUES ('x|y')")
    assert _dates_in_step(store) == []
    assert store.count_events(EventSearch(actor="x|y", start=dt.date(2018, 3, 4))) == 1
    assert store.count_events(EventSearch(actor="x|y", start=dt.date(2018, 3, 5))) == 0


def test_migration_backfills_the_dates(archive_url, backend):
    """An archive holding actor rows before 0019 gains their dates when it is opened, and the
    triggers and the new index with them."""
    rng = random.Random(22)
    store = open_store(archive_url)
    events = _fill(store, rng, 10)
    keys = sorted(store.db.execute("SELECT event_id, actor_key FROM event_actors"))
    with store.transaction() as db:  # back to the table as 0006 made it
        _drop_0019(db, backend)
    store.close()
    reopened = open_store(archive_url)
    try:
        assert sorted(reopened.db.execute("SELECT event_id, actor_key FROM event_actors")) == keys
        assert _dates_in_step(reopened) == []
        assert reopened.db.execute("SELECT COUNT(*) FROM event_actors").fetchone()[0] == len(keys)
        search = EventSearch(actor="a", start=dt.date(2020, 1, 20))
        assert reopened.count_events(search) == len([e for e in events if _matches(e, search, [])])
        with reopened.transaction() as db:
            db.execute("UPDATE events SET event_date = '2016-06-06' WHERE id = ?", (events[0].id,))
        assert _dates_in_step(reopened) == []
    finally:
        reopened.close()


def _drop_0019(db, backend: str) -> None:
    if backend == "postgresql":
        db.execute("DROP TRIGGER event_actors_date_follow ON events")
        db.execute("DROP FUNCTION event_actors_date_follow() CASCADE")
        db.execute("DROP FUNCTION event_actors_date_fill() CASCADE")
    else:
        db.execute("DROP TRIGGER event_actors_date_update")
    db.execute("CREATE TABLE event_actors_keys AS SELECT event_id, actor_key FROM event_actors")
    db.execute("DROP TABLE event_actors")
    db.execute(
        "CREATE TABLE event_actors (event_id TEXT NOT NULL REFERENCES events (id)"
        " ON DELETE CASCADE, actor_key TEXT NOT NULL, PRIMARY KEY (event_id, actor_key))"
    )
    db.execute("CREATE INDEX event_actors_key ON event_actors (actor_key, event_id)")
    db.execute("INSERT INTO event_actors SELECT event_id, actor_key FROM event_actors_keys")
    db.execute("DROP TABLE event_actors_keys")
    db.execute("DELETE FROM schema_migrations WHERE version = 19")
