"""Migration 0021 on both backends: the map's count of matching unplaced events, read from the
partial index keyed by country when the search names one, equals a count of the events in
Python for every kind of filter, after saves, re-extractions and a bulk statement; SQLite's
plan for a country reads that index alone."""

from __future__ import annotations

import datetime as dt
import random

from ceasewatch.store.base import EventSearch
from tests.event_builders import copy_map_events, map_archive, save_random_map_events

D = dt.date
SEARCHES = [
    EventSearch(),
    EventSearch(country="Syria"),
    EventSearch(country="Yemen", event_type="Battles"),
    EventSearch(country="Syria", start=D(2020, 3, 1), end=D(2020, 9, 30)),
    EventSearch(start=D(2020, 6, 1)),
    EventSearch(event_type="Violence against civilians"),
    EventSearch(country="Syria", hedged=True),
    EventSearch(country="Atlantis"),
]


def _day(rng: random.Random) -> dt.date | None:
    return None if rng.random() < 0.1 else D(2020, 1, 1) + dt.timedelta(days=rng.randrange(400))


def _counted_in_python(store, search: EventSearch) -> int:
    n = 0
    for day, kind, country, hedged, lat, lon in store.db.execute(
        "SELECT event_date, event_type, country, hedged, latitude, longitude FROM events"
    ):
        if lat is not None and lon is not None:
            continue
        day = dt.date.fromisoformat(str(day)[:10]) if day else None
        n += (
            (search.country is None or country == search.country)
            and (search.event_type is None or kind == search.event_type)
            and (search.hedged is None or bool(hedged) == search.hedged)
            and (search.start is None or (day is not None and day >= search.start))
            and (search.end is None or (day is not None and day <= search.end))
        )
    return n


def _check(store) -> None:
    for search in SEARCHES:
        assert store.count_unplaced(search) == _counted_in_python(store, search), search


def test_unplaced_counts_follow_saves_and_bulk_statements(store):
    rng = random.Random(21)
    ids = map_archive(store, rng, "up", 40, _day)
    assert _counted_in_python(store, EventSearch(country="Syria")) > 0
    _check(store)
    for aid in ids[::4]:  # re-extracted
        save_random_map_events(store, rng, aid, rng.randint(0, 9), _day)
    with store.transaction() as db:
        copy_map_events(db)
        db.execute("UPDATE events SET latitude = NULL, grid_x = NULL, grid_y = NULL"
                   " WHERE id LIKE 'up001%'")  # fmt: skip
    _check(store)


def test_a_country_reads_the_country_keyed_index(tmp_path):
    from ceasewatch.store import open_store

    store = open_store(str(tmp_path / "plan.db"))
    try:
        map_archive(store, random.Random(2), "up", 20, _day)
        store.db.execute("ANALYZE")
        for search in SEARCHES[1:4]:
            captured: list[str] = []

            def plan(clauses, params, captured=captured):
                sql = (
                    f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM events WHERE {' AND '.join(clauses)}"
                )
                captured.extend(str(r[-1]) for r in store.db.execute(sql, params))
                return 0

            store._count = plan
            store.count_unplaced(search)
            assert "events_unplaced_country" in " ".join(captured), (search, captured)
    finally:
        store.close()
