"""Migration 0018 on both backends: the map's count table per month and year of the event date
(``map_month_counts``), checked against a recount of the events after saves, re-extractions,
deletions and bulk statements, with every dated answer (cells, spots, capped counts) equal to
the live walk's; and the write counters (``change_counts``) behind ``data_stamp`` and
``map_stamp``, which must change on every write of events, verdicts and assessments."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.store import mapqueries
from ceasewatch.store.base import EventSearch
from ceasewatch.store.mapmonths import period_ranges
from tests.event_builders import (
    WORLD,
    assert_map_answers_live,
    copy_map_events,
    map_archive,
    numbered_articles,
    save_random_map_events,
)
from tests.migration_backfill import assert_backfilled

D = dt.date
FIRST_DAY = D(2019, 11, 1)  # events over ~15 months: two year boundaries
SEARCHES = [
    EventSearch(start=D(2020, 1, 1), end=D(2020, 12, 31)),  # one whole year
    EventSearch(start=D(2019, 11, 1)),  # whole months, then every year row from 2020 on
    EventSearch(end=D(2020, 3, 31), event_type="Battles"),  # open start
    EventSearch(start=D(2019, 12, 15), end=D(2020, 2, 10), country="Syria"),  # two partial ends
    EventSearch(start=D(2020, 2, 3), end=D(2020, 2, 20)),  # inside one month
    EventSearch(start=D(2019, 11, 20), end=D(2021, 1, 5)),  # partial, months, a year, partial
    EventSearch(start=D(2020, 3, 1), end=D(2020, 1, 31)),  # empty range
    EventSearch(start=D(2020, 1, 1), event_type="Violence against civilians", country="Yemen"),
    EventSearch(start=D(2020, 1, 1), hedged=True),  # not in the table's key: the live walk
]
VIEWS = [
    (30.0, 10.0, 50.0, 40.0),  # holds everything: no cell cut
    (35.37, 34.91, 37.13, 36.77),  # cuts through the clusters' cells
    (36.05, 35.55, 36.2, 35.7),  # inside one cell: all edge
]


def _day(rng: random.Random) -> dt.date | None:
    return None if rng.random() < 0.1 else FIRST_DAY + dt.timedelta(days=rng.randrange(450))


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_map_events(store, rng, article_id, n, _day)


Key = tuple[str, int, int, str, str]


def _table(store) -> dict[Key, tuple[int, int, int]]:
    return {
        (str(p), int(gx), int(gy), str(t), str(c)): (int(n), int(sx), int(sy))
        for p, gx, gy, t, c, n, sx, sy in store.db.execute(
            "SELECT period, grid_x, grid_y, event_type, country, n, sum_x, sum_y"
            " FROM map_month_counts"
        )
    }


def _recounted(store) -> dict[Key, tuple[int, int, int]]:
    """The table as it should be, counted from the events' own columns in Python."""
    want: dict[Key, tuple[int, int, int]] = {}
    for d, gx, gy, t, c, lon, lat in store.db.execute(
        "SELECT event_date, grid_x, grid_y, event_type, country, longitude, latitude FROM events"
        " WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND event_date IS NOT NULL"
    ):
        for period in (str(d)[:7], "Y" + str(d)[:4]):
            key = (period, int(gx), int(gy), str(t), c or "")
            n, sx, sy = want.get(key, (0, 0, 0))
            want[key] = (n + 1, sx + round(lon * mapqueries.UNITS), sy + round(lat * 1e7))
    return want


def _check(store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _table(store) == _recounted(store)
    assert_map_answers_live(store, monkeypatch, SEARCHES, [*VIEWS, WORLD])


def test_month_table_follows_saves_reextractions_and_deletions(store, monkeypatch):
    rng = random.Random(12)
    ids = map_archive(store, rng, "mm", 30, _day)
    assert {k[0][0] for k in _table(store)} == {"2", "Y"}  # months and years counted
    _check(store, monkeypatch)
    for aid in ids[::3]:  # re-extracted: other places, dates, types, fewer or more events
        _save(store, rng, aid, rng.randint(0, 10))
    _check(store, monkeypatch)
    for aid in ids:  # every event gone: every row gone (none left at zero)
        _save(store, rng, aid, 0)
    assert _table(store) == {}
    assert store.map_spots(SEARCHES[0]) == []


def test_month_table_follows_bulk_statements(store, monkeypatch):
    """Bulk copies, moves in time and space, and deletions in SQL keep the table exact."""
    map_archive(store, random.Random(6), "mm", 10, _day, sizes=(6, 6))
    with store.transaction() as db:
        copy_map_events(db)
        db.execute(
            "UPDATE events SET event_date = '2020-06-30', longitude = longitude + 0.3,"
            " grid_x = grid_x + 1 WHERE id LIKE '%-c' AND latitude IS NOT NULL"
        )
        db.execute("UPDATE events SET event_date = NULL WHERE id LIKE 'mm001%'")
        db.execute("UPDATE events SET event_date = '2021-01-01' WHERE id LIKE 'mm002%'")
        db.execute("DELETE FROM events WHERE id LIKE 'mm00%' AND id NOT LIKE '%-c'")
    _check(store, monkeypatch)


def test_migration_backfills_an_existing_archive(archive_url, backend, monkeypatch):
    """An archive holding events before 0018 gains their dated counts when it is opened."""
    assert_backfilled(
        archive_url, prefix="mm", save=_save, table=_table, recounted=_recounted,
        check=lambda store: _check(store, monkeypatch), undo=lambda db: _undo_0018(db, backend),
        seed=4,
    )  # fmt: skip


def _undo_0018(db, backend: str) -> None:
    """Back to the archive as 0017 left it."""
    if backend == "postgresql":
        for name in ("events", "verdicts", "assessments"):
            db.execute(f"DROP TRIGGER change_counts_{name} ON {name}")
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER map_month_counts_{kind} ON events")
        db.execute("DROP FUNCTION change_counts_trigger()")
        db.execute("DROP FUNCTION map_month_counts_trigger()")
    else:
        for name in ("events", "verdicts", "assessments"):
            for kind in ("insert", "update", "delete"):
                db.execute(f"DROP TRIGGER change_counts_{name}_{kind}")
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER map_month_counts_{kind}")
    db.execute("DROP TABLE change_counts")
    db.execute("DROP TABLE map_month_counts")
    db.execute("DROP INDEX events_map_dates")
    db.execute("DELETE FROM schema_migrations WHERE version = 18")


@pytest.mark.parametrize(
    ("first", "last", "ranges"),
    [
        ("2020-01", "2020-12", [("Y2020", "Y2020")]),
        ("2019-11", None, [("2019-11", "2019-12"), ("Y2020", "Z")]),
        (None, "2020-03", [("Y", "Y2019"), ("2020-01", "2020-03")]),
        ("2020-02", "2020-11", [("2020-02", "2020-11")]),
        ("2019-12", "2020-01", [("2019-12", "2020-01")]),
        ("2018-07", "2021-02", [("2018-07", "2018-12"), ("Y2019", "Y2020"), ("2021-01", "2021-02")]),
        (None, None, [("Y", "Z")]),
    ],
)  # fmt: skip
def test_whole_months_are_years_and_months(first, last, ranges):
    assert period_ranges(first, last) == ranges


def _verdict_row(agreement: str, event_id: str) -> tuple[str, str, str, str]:
    return (agreement, event_id, "violation", "{}")


def test_stamps_change_on_every_write_and_only_then(store):
    """data_stamp changes when events, verdicts or assessments are written, by the store or by
    bulk SQL, and only then; map_stamp ignores verdicts and assessments; a rolled-back write
    leaves both as they were."""
    rng = random.Random(2)
    ids = numbered_articles(store, 3, "st")
    _save(store, rng, ids[0], 4)
    data, map_ = store.data_stamp(), store.map_stamp()
    assert (store.data_stamp(), store.map_stamp()) == (data, map_)  # reading changes nothing
    insert = "INSERT INTO verdicts (agreement_id, event_id, verdict, data) VALUES (?, ?, ?, ?)"
    with store.transaction() as db:
        db.execute(insert, _verdict_row("ag-1", f"{ids[0]}-e0"))
    assert store.data_stamp() != data
    assert store.map_stamp() == map_
    steps = [
        lambda db: db.execute("UPDATE verdicts SET verdict = 'compliant'"),
        lambda db: db.execute("DELETE FROM verdicts"),
        lambda db: db.execute(
            "INSERT INTO assessments (agreement_id, data, created_at) VALUES ('ag-1', '{}', 'x')"
        ),
        lambda db: db.execute("UPDATE events SET fatalities = 2 WHERE id LIKE 'st000%'"),
    ]
    for step in steps:
        before = store.data_stamp()
        with store.transaction() as db:
            step(db)
        assert store.data_stamp() != before
    assert store.map_stamp() != map_  # the events' update
    map_, data = store.map_stamp(), store.data_stamp()
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute(insert, _verdict_row("ag-2", f"{ids[0]}-e1"))
        db.execute("DELETE FROM events WHERE id LIKE 'st000%'")
        raise RuntimeError("rolled back")
    assert (store.data_stamp(), store.map_stamp()) == (data, map_)
    _save(store, rng, ids[1], 2)
    assert store.data_stamp() != data and store.map_stamp() != map_


def test_a_long_transaction_of_single_writes_stays_linear(store, backend):
    """Many one-row statements in one transaction (an executemany of verdicts) bump the
    counter once per statement on SQLite, once per transaction on PostgreSQL; either way the
    stamp changes once the transaction commits."""
    ids = numbered_articles(store, 1, "lt")
    _save(store, random.Random(1), ids[0], 1)
    before = store.data_stamp()
    insert = "INSERT INTO verdicts (agreement_id, event_id, verdict, data) VALUES (?, ?, ?, ?)"
    with store.transaction() as db:
        db.executemany(insert, [_verdict_row(f"ag-{i}", f"{ids[0]}-e0") for i in range(300)])
    after = dict(store.db.execute("SELECT name, n FROM change_counts"))
    assert store.data_stamp() != before
    assert after["verdicts"] == (300 if backend == "sqlite" else 1)
