"""Migration 0020 on both backends: a date range covering most of an archive's years is read as
the all-time map count table minus the years outside it minus the placed events without a date
(``store/mapmonths.py``); every answer (cells at three sizes and four views, spots, capped
counts) must be the live walk's, after saves, re-extractions and bulk statements that move
events into and out of "no date". Also the events page filtered by country and type, sorted by
fatalities (0020's second index): every page equal to the plain sort."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.store import mapmonths
from ceasewatch.store.base import EventSearch
from ceasewatch.store.mapmonths import complement
from tests.event_builders import (
    WORLD,
    assert_map_answers_live,
    map_archive,
    map_event,
    numbered_articles,
    save_map_events,
    save_random_map_events,
)
from tests.test_store_mapmonths import VIEWS

D = dt.date
FIRST_DAY = D(2014, 1, 1)  # events over eight years
SEARCHES = [
    EventSearch(start=D(2015, 1, 1)),  # every year but the first: all time minus one year
    EventSearch(start=D(2014, 3, 10)),  # a partial month, months, then the years
    EventSearch(end=D(2020, 12, 31), event_type="Battles"),  # open start, the last year out
    EventSearch(start=D(2015, 1, 1), end=D(2020, 12, 31), country="Syria"),  # years both ends out
    EventSearch(start=D(2014, 11, 20), end=D(2021, 2, 3), country="Yemen"),  # edges around years
    EventSearch(start=D(2016, 1, 1), end=D(2016, 12, 31)),  # one year: read as itself
    EventSearch(start=D(2010, 1, 1), end=D(2030, 12, 31)),  # wider than the archive
    EventSearch(start=D(2030, 1, 1)),  # after every event
]


def _day(rng: random.Random) -> dt.date | None:
    return None if rng.random() < 0.12 else FIRST_DAY + dt.timedelta(days=rng.randrange(8 * 365))


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_map_events(store, rng, article_id, n, _day)


def _check(store, monkeypatch: pytest.MonkeyPatch, margin: int) -> None:
    monkeypatch.setattr(mapmonths, "COMPLEMENT_MARGIN", margin)
    assert_map_answers_live(store, monkeypatch, SEARCHES, [*VIEWS, WORLD])


def _complemented(store) -> int:
    """How many of SEARCHES are read as all time minus the rest."""
    return sum(any(table is None for _, table, _, _ in store._signed_parts(s)) for s in SEARCHES)


@pytest.mark.parametrize("margin", [mapmonths.COMPLEMENT_MARGIN, -100])
def test_wide_ranges_are_all_time_minus_the_rest(store, monkeypatch, margin):
    """The shipped choice and one taking every range of whole years the other way round."""
    rng = random.Random(20)
    ids = map_archive(store, rng, "wc", 40, _day)
    monkeypatch.setattr(mapmonths, "COMPLEMENT_MARGIN", margin)
    assert _complemented(store) >= (3 if margin > 0 else 6)
    _check(store, monkeypatch, margin)
    for aid in ids[::3]:  # re-extracted: other places, dates, types
        _save(store, rng, aid, rng.randint(0, 9))
    _check(store, monkeypatch, margin)


def test_bulk_statements_move_events_in_and_out_of_no_date(store, monkeypatch):
    map_archive(store, random.Random(3), "wc", 15, _day, sizes=(6, 6))
    with store.transaction() as db:
        db.execute("UPDATE events SET event_date = NULL WHERE id LIKE 'wc001%'")
        db.execute("UPDATE events SET event_date = '2019-06-30' WHERE event_date IS NULL"
                   " AND id LIKE 'wc002%'")  # fmt: skip
        db.execute("UPDATE events SET longitude = longitude + 0.3, grid_x = grid_x + 1"
                   " WHERE event_date IS NULL AND latitude IS NOT NULL")  # fmt: skip
        db.execute("DELETE FROM events WHERE id LIKE 'wc003%'")
    _check(store, monkeypatch, -100)


def test_no_undated_or_no_year_rows(store, monkeypatch):
    """Every event dated (nothing to take away but years), then none dated (no year row:
    the years are read as themselves)."""
    rng = random.Random(5)
    ids = numbered_articles(store, 10, "wc")
    for aid in ids:
        events = [map_event(rng, aid, i, FIRST_DAY + dt.timedelta(days=400 * i)) for i in range(6)]
        save_map_events(store, aid, events)
    _check(store, monkeypatch, -100)
    for aid in ids:
        save_map_events(store, aid, [map_event(rng, aid, i, None) for i in range(4)])
    assert store._year_span() is None
    _check(store, monkeypatch, -100)


@pytest.mark.parametrize(
    ("years", "span", "expected"),
    [
        (("Y2013", "Z"), (2012, 2025), [("Y", "Y2013")]),  # one year out
        (("Y", "Y2024"), (2012, 2025), [("Y2024", "Z")]),
        (("Y2013", "Y2024"), (2012, 2025), [("Y", "Y2013"), ("Y2024", "Z")]),
        (("Y2018", "Y2020"), (2012, 2025), None),  # three years in, eleven out
        (("Y2013", "Z"), (2013, 2015), []),  # every year in: all time minus the undated
        (("Y2013", "Z"), (2012, 2014), None),  # two years in, one out: not worth two more reads
        (("Y2013", "Z"), None, None),  # no year row at all
    ],
)  # fmt: skip
def test_which_ranges_are_read_the_other_way_round(years, span, expected):
    part = ("map_month_counts", ["period >= ?", "period <= ?"], list(years))
    got = complement(part, span)
    if expected is None:
        assert got is None
        return
    assert got is not None
    assert got[:2] == [(1, "map_counts", [], []), (-1, None, [], [])]
    assert [tuple(bounds) for _, _, _, bounds in got[2:]] == expected
    assert all(sign == -1 for sign, _, _, _ in got[2:])


def test_months_are_never_read_the_other_way_round():
    months = ("map_month_counts", ["period >= ?", "period <= ?"], ["2019-03", "2019-12"])
    assert complement(months, (2012, 2025)) is None
    assert complement(("map_counts", [], []), (2012, 2025)) is None


def test_country_and_type_by_fatalities_is_one_index_range(tmp_path):
    """SQLite's plan for the page (both walks: the known tolls, then the unknown ones) reads
    0020's index alone, in the sort's order (no sort of every matching row). The pages'
    answers are checked against Python in test_store_queries.py."""
    from ceasewatch.store import open_store
    from ceasewatch.store.queries import where

    store = open_store(str(tmp_path / "plan.db"))
    try:
        clauses, params = where(EventSearch(country="Syria", event_type="Battles"))
        for extra, order in (("fatalities IS NOT NULL", "fatalities DESC, id DESC"),
                             ("fatalities IS NULL", "id DESC")):  # fmt: skip
            plan = " ".join(str(r[-1]) for r in store.db.execute(
                f"EXPLAIN QUERY PLAN SELECT id FROM events WHERE {' AND '.join(clauses)}"
                f" AND {extra} ORDER BY {order} LIMIT 50", params,
            ))  # fmt: skip
            assert "COVERING INDEX events_country_type_fatalities" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
    finally:
        store.close()


def test_an_archive_from_before_0020_gains_its_indexes(archive_url, backend, monkeypatch):
    """An archive as 0019 left it (events already stored) gains the three indexes when it is
    opened, and its wide date ranges are answered from them as the live walk answers."""
    from ceasewatch.store import open_store

    store = open_store(archive_url)
    map_archive(store, random.Random(8), "wc", 12, _day, sizes=(6, 6))
    names = ("events_map_undated", "events_country_type_fatalities", "map_month_counts_sums")
    with store.transaction() as db:
        for name in names:
            db.execute(f"DROP INDEX {name}")
        db.execute("DELETE FROM schema_migrations WHERE version = 20")
    store.close()
    reopened = open_store(archive_url)
    try:
        listed = (
            "SELECT indexname FROM pg_indexes"
            if backend == "postgresql"
            else "SELECT name FROM sqlite_master WHERE type = 'index'"
        )
        assert set(names) <= {str(r[0]) for r in reopened.db.execute(listed)}
        _check(reopened, monkeypatch, -100)
    finally:
        reopened.close()
