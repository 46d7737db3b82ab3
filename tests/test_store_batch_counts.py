"""The count tables (map_counts, map_month_counts, event_counts) equal a recount from the events
after every kind of write, on both backends: batch saves, re-saves that keep, change, drop and
add events, re-extractions changing every event, single saves, deleted articles (the cascade),
bulk updates and deletes of events by SQL. On SQLite a batch of enough events keeps them
set-based at its end (migration 0022, ``store/sqlite.py``) and a small one by the row
triggers: both give the same rows, ``change_counts`` included, and a failed batch leaves
nothing behind, not even the deferral's row.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pytest

import ceasewatch.store.sqlite as sqlite_store
from ceasewatch.model import Extraction
from ceasewatch.store import open_store
from tests.test_store_batch_saves import _first, _second

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_synthetic import articles, store_articles

COUNTS = {
    "event_counts": "SELECT period, country, admin1, event_type, sub_event_type, hedged, n"
    " FROM event_counts ORDER BY 1, 2, 3, 4, 5, 6",
    "map_counts": "SELECT grid_x, grid_y, event_type, country, n, sum_x, sum_y FROM map_counts"
    " ORDER BY 1, 2, 3, 4",
    "map_month_counts": "SELECT period, grid_x, grid_y, event_type, country, n, sum_x, sum_y"
    " FROM map_month_counts ORDER BY 1, 2, 3, 4, 5",
}
PLACED = "grid_x IS NOT NULL AND grid_y IS NOT NULL AND longitude IS NOT NULL"
PLACED += " AND latitude IS NOT NULL"


def _recount_sql(postgres: bool) -> dict[str, str]:
    """The count tables from scratch, as each backend's migrations fill them."""

    def units(column: str) -> str:
        if postgres:
            return f"SUM(ROUND({column} * 10000000)::BIGINT)"
        return f"SUM(CAST(ROUND({column} * 10000000) AS INTEGER))"

    sums = f"{units('longitude')}, {units('latitude')}"
    return {
        "event_counts": "SELECT p, COALESCE(country, ''), COALESCE(admin1, ''), event_type,"
        " sub_event_type, hedged, COUNT(*) FROM (SELECT '*' AS p, * FROM events UNION ALL"
        " SELECT substr(event_date, 1, 7) AS p, * FROM events WHERE event_date IS NOT NULL) x"
        " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6",
        "map_counts": f"SELECT grid_x, grid_y, event_type, COALESCE(country, ''), COUNT(*), {sums}"
        f" FROM events WHERE {PLACED} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
        "map_month_counts": f"SELECT p, grid_x, grid_y, event_type, COALESCE(country, ''),"
        f" COUNT(*), {sums} FROM (SELECT substr(event_date, 1, 7) AS p, * FROM events"
        " UNION ALL SELECT 'Y' || substr(event_date, 1, 4) AS p, * FROM events) x"
        f" WHERE event_date IS NOT NULL AND {PLACED} GROUP BY 1, 2, 3, 4, 5"
        " ORDER BY 1, 2, 3, 4, 5",
    }


def _rows(store, sql: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(int(v) if isinstance(v, bool) else v for v in r) for r in store.db.execute(sql)]


def _check(store) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    """Every count table equals its recount; the tables, for further comparison."""
    postgres = store.path.startswith("postgresql")
    recount = _recount_sql(postgres)
    tables = {name: _rows(store, sql) for name, sql in COUNTS.items()}
    for name, sql in recount.items():
        assert tables[name] == _rows(store, sql), name
    assert tables["event_counts"], "the test counts something"
    if not postgres:
        assert store.db.execute("SELECT COUNT(*) FROM counts_deferred").fetchone()[0] == 0
    return tables


def _save(store, extractions: list[Extraction], size: int) -> None:  # type: ignore[no-untyped-def]
    for first in range(0, len(extractions), size):
        store.save_extractions(extractions[first : first + size])


def _every_event_changed(extractions: list[Extraction]) -> list[Extraction]:
    """A re-extraction that changes every event's counted columns (date, type, place)."""
    out = []
    for x in extractions:
        events = []
        for k, e in enumerate(x.events):
            update: dict[str, object] = {"fatalities": (e.fatalities or 0) + 1}
            if e.event_date is not None:
                update["event_date"] = e.event_date + dt.timedelta(days=31 * (k + 1))
            if e.location is not None and e.location.latitude is not None and k % 2:
                loc = e.location.model_copy(update={"latitude": e.location.latitude + 0.37})
                update["location"] = loc
            events.append(e.model_copy(update=update))
        out.append(x.model_copy(update={"events": tuple(events)}))
    return out


def _writes(store) -> list[dict[str, list[tuple[object, ...]]]]:  # type: ignore[no-untyped-def]
    """Every kind of write, the count tables checked after each; their states, in order."""
    made = list(articles(random.Random(21), 400))
    store_articles(store, made)
    states = []
    first = _first(made)
    _save(store, first, 32)  # batches: set-based on SQLite
    states.append(_check(store))
    second = _second(first, random.Random(6))
    _save(store, [*second[:40], first[3], *second[40:]], 32)  # one article twice in a batch
    states.append(_check(store))
    _save(store, _every_event_changed(second), 24)
    states.append(_check(store))
    _save(store, first[:12], 1)  # single saves: the row triggers on SQLite
    states.append(_check(store))
    gone = [x.article_id for x in first[20:60:3]]
    with store.transaction() as db:  # deleted articles: their events go by the cascade
        db.execute(
            f"DELETE FROM articles WHERE id IN ({', '.join('?' * len(gone))})", gone
        )  # fmt: skip
    states.append(_check(store))
    with store.transaction() as db:  # bulk updates and deletes by SQL
        db.execute("UPDATE events SET event_type = 'Riots' WHERE fatalities > 3")
        db.execute("UPDATE events SET event_date = NULL WHERE fatalities = 2")
        db.execute("UPDATE events SET longitude = longitude + 1.1 WHERE confidence > 0.6")
        db.execute("UPDATE events SET country = NULL, admin1 = NULL WHERE hedged = 1")
        db.execute("DELETE FROM events WHERE fatalities = 0")
    states.append(_check(store))
    kept = [x for x in first if x.article_id not in set(gone)]
    _save(store, kept, 64)  # a batch over the bulk-edited rows
    states.append(_check(store))
    return states


def test_count_tables_equal_a_recount_after_every_write(archive_url: str) -> None:
    store = open_store(archive_url)
    try:
        states = _writes(store)
        assert len({str(s["map_month_counts"]) for s in states}) > 3  # the writes moved them
    finally:
        store.close()


def test_sqlite_set_based_counts_equal_the_row_triggers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same writes with every batch set-based and with every batch by the row triggers
    leave the same count tables, the change counter (data and map stamps) included."""
    results = []
    for name, least in (("set", 0), ("rows", 10**9)):
        monkeypatch.setattr(sqlite_store, "SET_BASED_MIN_EVENTS", least)
        store = open_store(tmp_path / f"{name}.db")
        try:
            states = _writes(store)
            changes = store.db.execute("SELECT name, n FROM change_counts ORDER BY 1").fetchall()
            results.append((states, changes))
        finally:
            store.close()
    assert results[0] == results[1]


def test_sqlite_failed_set_based_batch_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch failing half way (one event id twice) rolls back its events, its counts and
    the deferral's row: the row triggers count the next small save."""
    monkeypatch.setattr(sqlite_store, "SET_BASED_MIN_EVENTS", 0)
    made = list(articles(random.Random(22), 60))
    store = open_store(tmp_path / "failed.db")
    try:
        store_articles(store, made)
        first = _first(made)
        _save(store, first[:8], 8)
        before = _check(store)
        stamp = store.data_stamp()  # type: ignore[attr-defined]
        clash = first[9].model_copy(update={"events": first[8].events})  # the same event ids
        with pytest.raises(Exception, match="UNIQUE"):
            store.save_extractions([first[8], clash, *first[10:20]])
        assert _check(store) == before
        assert store.data_stamp() == stamp  # type: ignore[attr-defined]
        monkeypatch.setattr(sqlite_store, "SET_BASED_MIN_EVENTS", 10**9)
        store.save_extractions(first[8:9])  # the row triggers again
        assert _check(store) != before
    finally:
        store.close()
