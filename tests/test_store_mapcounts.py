"""The map's count table (migration 0011): per grid cell, event type and country, kept by
triggers on every write to events. Checked on both backends against the events themselves after
saves, re-extractions, deletions and a bulk copy, and the cells it answers against the live walk
of the events (bit for bit), for views that cut through cells and views that do not."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.store import mapqueries
from ceasewatch.store.base import EventSearch
from tests.event_builders import (
    assert_map_answers_live,
    copy_map_events,
    map_archive,
    save_random_map_events,
)
from tests.migration_backfill import assert_backfilled

SEARCHES = [
    EventSearch(),
    EventSearch(event_type="Battles"),
    EventSearch(country="Syria"),
    EventSearch(event_type="Violence against civilians", country="Yemen"),
    EventSearch(hedged=True),  # not in the table's key: the live walk
]
VIEWS = [
    (30.0, 10.0, 50.0, 40.0),  # holds everything: no cell cut
    (35.37, 34.91, 37.13, 36.77),  # cuts through the clusters' cells
    (36.0, 35.5, 36.5, 36.0),  # on grid lines exactly
    (36.05, 35.55, 36.2, 35.7),  # inside one cell: no cell wholly in view, all edge
    (35.6, 34.1, 37.9, 35.95),  # wider on one side: two edge columns and rows
]


def _day(_rng: random.Random) -> dt.date:
    return dt.date(2020, 1, 1)


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_map_events(store, rng, article_id, n, _day)


def _table(store) -> dict[tuple[int, int, str, str], tuple[int, int, int]]:
    return {
        (int(gx), int(gy), str(t), str(c)): (int(n), int(sx), int(sy))
        for gx, gy, t, c, n, sx, sy in store.db.execute(
            "SELECT grid_x, grid_y, event_type, country, n, sum_x, sum_y FROM map_counts"
        )
    }


def _recounted(store) -> dict[tuple[int, int, str, str], tuple[int, int, int]]:
    """The table as it should be, counted from the events' own columns in Python."""
    want: dict[tuple[int, int, str, str], tuple[int, int, int]] = {}
    for gx, gy, t, c, lon, lat in store.db.execute(
        "SELECT grid_x, grid_y, event_type, country, longitude, latitude FROM events"
        " WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
    ):
        key = (int(gx), int(gy), str(t), c or "")
        n, sx, sy = want.get(key, (0, 0, 0))
        want[key] = (n + 1, sx + _units(lon), sy + _units(lat))
    return want


def _units(value: float) -> int:
    # both backends round halves away from zero or to even; a random float is never a half
    return round(value * mapqueries.UNITS)


def _check(store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _table(store) == _recounted(store)
    assert_map_answers_live(store, monkeypatch, SEARCHES, VIEWS)


def test_count_table_follows_saves_reextractions_and_deletions(store, monkeypatch):
    rng = random.Random(11)
    ids = map_archive(store, rng, "map", 30, _day)
    assert _table(store)  # something was counted
    _check(store, monkeypatch)
    for aid in ids[::3]:  # re-extracted: other places, types, fewer or more events
        _save(store, rng, aid, rng.randint(0, 10))
    _check(store, monkeypatch)
    for aid in ids:  # every event gone: every row gone (none left at zero)
        _save(store, rng, aid, 0)
    assert _table(store) == {}
    assert store.map_cells(EventSearch(), VIEWS[0], 0.5) == []


def test_count_table_follows_bulk_statements(store, monkeypatch):
    """Statements that write many events at once (bench/make_synthetic.py --replicate copies
    events in SQL; a moved event is an UPDATE) keep the table as exact as single saves."""
    map_archive(store, random.Random(5), "map", 10, _day, sizes=(5, 5))
    with store.transaction() as db:
        copy_map_events(db)
        db.execute(
            "UPDATE events SET longitude = longitude + 0.3, grid_x = grid_x + 1,"
            " event_type = 'Battles' WHERE id LIKE '%-c' AND latitude IS NOT NULL"
        )
        db.execute("DELETE FROM events WHERE id LIKE 'map00%'")
    _check(store, monkeypatch)


def test_migration_backfills_an_existing_archive(archive_url, backend, monkeypatch):
    """An archive holding events before 0011 gains their counts when it is opened."""
    assert_backfilled(
        archive_url, prefix="map", save=_save, table=_table, recounted=_recounted,
        check=lambda store: _check(store, monkeypatch), undo=lambda db: _undo_0011(db, backend),
        seed=3,
    )  # fmt: skip


def _undo_0011(db, backend: str) -> None:
    """Back to the archive as 0010 left it."""
    on = " ON events" if backend == "postgresql" else ""
    for kind in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER map_counts_{kind}{on}")
    db.execute("DROP TABLE map_counts")
    if backend == "postgresql":
        db.execute("DROP FUNCTION map_counts_trigger()")
    db.execute("DELETE FROM schema_migrations WHERE version = 11")
