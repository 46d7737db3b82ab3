"""The map's lean reads (migration 0014): the points a view draws read from columns (no JSON),
the count table's cells for the framing, the events of far cells, and uncertainty radii. On
both backends, against the events themselves."""

from __future__ import annotations

import datetime as dt
import json
import random

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.store.base import EventSearch
from tests.event_builders import MAP_PLACES as PLACES
from tests.event_builders import MAP_TYPES as TYPES
from tests.event_builders import numbered_articles
from tests.test_store_mapcounts import SEARCHES, VIEWS


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    country, lat, lon = rng.choice(PLACES)
    placed = rng.random() > 0.15
    event_type = rng.choice(sorted(TYPES))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id,
        event_date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(400)),
        time_precision=1, disorder_type="Political violence", event_type=event_type,
        sub_event_type=TYPES[event_type], actor1=None, hedged=rng.random() < 0.3,
        location=Location(
            name=f"town {n}", country=country, geo_precision=rng.choice([1, 2, 3]),
            latitude=lat + rng.uniform(-1, 1) if placed else None,
            longitude=lon + rng.uniform(-1, 1) if placed else None,
            uncertainty_km=rng.choice([None, 2.5, 25.0]),
        ),
    )  # fmt: skip


def _fill(store, seed: int = 21) -> list[Event]:
    rng = random.Random(seed)
    events: list[Event] = []
    for aid in numbered_articles(store, 25, "map"):
        batch = tuple(_event(rng, aid, i) for i in range(rng.randint(1, 8)))
        store.save_extraction(Extraction(article_id=aid, stage="test", events=batch))
        events += batch
    return events


def _inside(event: Event, search: EventSearch, view) -> bool:
    loc = event.location
    if loc is None or loc.longitude is None or loc.latitude is None:
        return False
    if search.event_type and event.event_type != search.event_type:
        return False
    if search.country and loc.country != search.country:
        return False
    if search.hedged is not None and event.hedged != search.hedged:
        return False
    west, south, east, north = view
    return west <= loc.longitude <= east and south <= loc.latitude <= north


def test_points_are_the_events_columns_newest_first(store):
    events = _fill(store)
    for search in SEARCHES:
        for view in VIEWS:
            want = sorted(
                (e for e in events if _inside(e, search, view)),
                key=lambda e: (e.event_date, e.id), reverse=True,
            )  # fmt: skip
            got = store.map_points(search, view, 10_000)
            assert [p.id for p in got] == [e.id for e in want], (search, view)
            assert [p.id for p in store.map_points(search, view, 3)] == [e.id for e in want[:3]]
            for point, event in zip(got, want, strict=True):
                loc = event.location
                assert (point.article_id, point.event_date, point.event_type) == (
                    event.article_id, event.event_date, event.event_type,
                )  # fmt: skip
                assert (point.place, point.geo_precision, point.country) == (
                    loc.name, loc.geo_precision, loc.country or "",
                )  # fmt: skip
                assert (point.longitude, point.latitude) == (loc.longitude, loc.latitude)
    everywhere = store.map_points(EventSearch(), None, 10_000)
    assert len(everywhere) == store.count_placed(EventSearch())


def test_spots_sum_the_count_table_per_cell(store):
    events = _fill(store)
    for search in SEARCHES:
        spots = store.map_spots(search)
        if search.hedged is not None:  # not in the table's key: the caller samples instead
            assert spots is None
            continue
        world = (-180.0, -90.0, 180.0, 90.0)
        assert spots is not None and sum(s.n for s in spots) == store.count_placed(search)
        for spot in spots:
            inside = [e for e in events if _inside(e, search, spot.bbox)]
            west, south, east, north = spot.bbox
            assert len(inside) >= spot.n  # (a point on a cell's edge is in both boxes)
            assert west <= spot.longitude <= east and south <= spot.latitude <= north
            assert spot.country in {e.location.country or "" for e in inside}
        cells = [(s.gx, s.gy) for s in spots[:3]]
        listed = store.map_points_in_cells(search, cells, 10_000)
        assert len(listed) == sum(s.n for s in spots[:3])
        assert [p.id for p in store.map_points_in_cells(search, cells, 2)] == [
            p.id for p in listed[:2]
        ]
        assert {p.id for p in listed} <= {p.id for p in store.map_points(search, world, 10_000)}


def test_uncertainty_is_read_for_the_events_asked(store):
    events = _fill(store)
    ids = [e.id for e in events[:40]]
    want = {
        e.id: e.location.uncertainty_km
        for e in events[:40]
        if e.location is not None and e.location.uncertainty_km is not None
    }
    assert store.map_uncertainty(ids) == want and want


def test_a_view_reads_its_points_from_the_map_index(backend, store):
    """On SQLite, the plan of a view's point list and capped count: the 0014 index alone."""
    _fill(store)
    if backend != "sqlite":
        return
    clauses, params = store._placed(EventSearch(event_type="Battles"), VIEWS[1])
    sql = "SELECT id, place_name, article_id FROM events WHERE " + " AND ".join(clauses)
    plan = " ".join(str(r[-1]) for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "COVERING INDEX events_map_points" in plan, plan


class _Plans:
    """Wraps a SQLite connection: the query plan of every SELECT on events run through it."""

    def __init__(self, db) -> None:
        self.db, self.plans = db, []

    def execute(self, sql, params=()):
        if sql.lstrip().startswith("SELECT") and " FROM events" in sql:
            rows = self.db.execute("EXPLAIN QUERY PLAN " + sql, params)
            self.plans.append(" ".join(str(r[-1]) for r in rows))
        return self.db.execute(sql, params)


def test_a_panned_view_reads_the_grid_indexes_only(backend, store):
    """The ring of cells a view's border cuts is read by seeks of a grid index, never by a
    walk of every latitude (or longitude) band the view spans."""
    _fill(store)
    if backend != "sqlite":
        return
    spy = _Plans(store.db)
    store.db = spy
    try:
        for search in (EventSearch(), EventSearch(event_type="Battles", country="Syria")):
            store.map_cells(search, (35.6, 34.1, 37.9, 35.95), 0.5)
    finally:
        store.db = spy.db
    assert spy.plans and all("events_grid" in p or "events_map_points" in p for p in spy.plans)


def test_unplaced_events_are_counted_from_their_partial_index(backend, store):
    events = _fill(store)
    for search in SEARCHES:
        want = sum(
            1
            for e in events
            if e.location is not None
            and e.location.latitude is None
            and (not search.event_type or e.event_type == search.event_type)
            and (not search.country or e.location.country == search.country)
            and (search.hedged is None or e.hedged == search.hedged)
        )
        assert store.count_unplaced(search) == want, search
    if backend != "sqlite":
        return
    spy = _Plans(store.db)
    store.db = spy
    try:
        store.count_unplaced(EventSearch(country="Syria", event_type="Battles"))
    finally:
        store.db = spy.db
    assert "events_unplaced" in spy.plans[0], spy.plans


def test_undated_events_come_last_on_both_backends(store):
    """Newest first, the undated last (then by id), whatever a backend's NULL order: the map's
    sample and its lists are the same events on SQLite and PostgreSQL."""
    rng = random.Random(5)
    events: list[Event] = []
    for aid in numbered_articles(store, 12, "undated"):
        batch = tuple(
            _event(rng, aid, i).model_copy(update={"event_date": None})
            if rng.random() < 0.4 else _event(rng, aid, i)
            for i in range(rng.randint(1, 6))
        )  # fmt: skip
        store.save_extraction(Extraction(article_id=aid, stage="test", events=batch))
        events += batch
    placed = [e for e in events if _inside(e, EventSearch(), (-180.0, -90.0, 180.0, 90.0))]
    want = [e.id for e in sorted(placed, key=lambda e: (e.event_date or dt.date.min, e.id),
                                 reverse=True)]  # fmt: skip
    assert any(e.event_date is None for e in placed) and any(e.event_date for e in placed)
    for limit in (1, 5, len(want) - 2, len(want), 10_000):
        assert [p.id for p in store.map_points(EventSearch(), None, limit)] == want[:limit]
        world = (-180.0, -90.0, 180.0, 90.0)
        assert [p.id for p in store.map_points(EventSearch(), world, limit)] == want[:limit]
        assert [e.id for e in store.map_events(EventSearch(), None, limit)] == want[:limit]
    spots = store.map_spots(EventSearch())
    cells = [(s.gx, s.gy) for s in spots]
    got = store.map_points_in_cells(EventSearch(), cells, 10_000)
    assert [p.id for p in got] == want


def test_uncertainty_found_in_the_json_text_as_parsed():
    """``_uncertainty_km`` (the key found in the text) is the parser's value, whatever the
    names around it hold: quotes, the key's own name, other numbers."""
    from ceasewatch.store.mapqueries import _uncertainty_km

    rng = random.Random(8)
    odd = ['"uncertainty_km": 5', ',"uncertainty_km":7}', "\\", 'a\\",', "plain"]
    for n in range(400):
        event = _event(rng, "art", n)
        loc = event.location
        assert loc is not None
        location = loc.model_copy(update={
            "name": rng.choice(odd), "reason": rng.choice(odd),
            "uncertainty_km": rng.choice([None, 0.0, 1e-5, 2.5, 123456.75, 1 / 3]),
        })  # fmt: skip
        event = event.model_copy(update={"location": rng.choice([location, None])})
        text = event.model_dump_json()
        want = event.location.uncertainty_km if event.location else None
        assert _uncertainty_km(text) == want
        assert _uncertainty_km(text.encode()) == want
        spaced = json.dumps(json.loads(text), indent=1)
        assert _uncertainty_km(spaced) == want
