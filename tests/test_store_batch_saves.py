"""Saving many extractions at once stores, row for row, what saving them one by one stores.

PostgreSQL saves a batch with one statement per table (``store/pgwrites.py``: the old rows
deleted for the whole batch, the new ones by COPY), so its count tables' statement triggers run
once per batch. Both backends leave an event whose row would be written again unchanged in
place. Every table an extraction writes or a trigger keeps is compared, after a first save and
after a re-save that keeps, changes, drops and adds events (and names one article twice in a
batch), against a SQLite archive where each extraction was saved on its own by the portable
code (every event deleted and written again, every row trigger firing); the event counts are
also recounted from the events.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import types
from pathlib import Path

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.store import open_store
from ceasewatch.store.sql import SQLStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_synthetic import articles, store_articles

# What each table holds, in a fixed order (values as both backends return them).
TABLES = {
    "events": "SELECT id, article_id, event_date, event_type, sub_event_type, actors, place,"
    " data, country, admin1, admin2, place_name, place_key, latitude, longitude, geo_precision,"
    " fatalities, confidence, hedged, actor1_id, actor1_name, actor1_key, grid_x, grid_y"
    " FROM events ORDER BY id",
    "event_actors": "SELECT event_id, actor_key, event_date FROM event_actors"
    " ORDER BY event_id, actor_key",
    "event_actor_refs": "SELECT event_id, slot, pos, actor_id, name, label FROM event_actor_refs"
    " ORDER BY event_id, slot, pos",
    "event_flags": "SELECT event_id, flag, note FROM event_flags ORDER BY event_id, flag",
    "actor_keys": "SELECT actor_key FROM actor_keys ORDER BY actor_key",
    "event_counts": "SELECT period, country, admin1, event_type, sub_event_type, hedged, n"
    " FROM event_counts ORDER BY 1, 2, 3, 4, 5, 6",
    "map_counts": "SELECT grid_x, grid_y, event_type, country, n, sum_x, sum_y FROM map_counts"
    " ORDER BY 1, 2, 3, 4",
    "map_month_counts": "SELECT period, grid_x, grid_y, event_type, country, n, sum_x, sum_y"
    " FROM map_month_counts ORDER BY 1, 2, 3, 4, 5",
    "extractions": "SELECT article_id, stage, skipped, versions FROM extractions"
    " ORDER BY article_id",
    "relations": "SELECT id, article_id, data FROM relations ORDER BY id",
    "agreement_mentions": "SELECT article_id, idx, data FROM agreement_mentions"
    " ORDER BY article_id, idx",
    "article_country": "SELECT id, country FROM articles ORDER BY id",
    "changes": "SELECT event_id, article_id, kind, fields, event FROM event_changes ORDER BY seq",
    "generation": "SELECT value FROM archive_state WHERE name = 'extraction_generation'",
}
# 0013's own count of the events, from scratch.
RECOUNT = (
    "SELECT p, COALESCE(country, ''), COALESCE(admin1, ''), event_type, sub_event_type, hedged,"
    " COUNT(*) FROM (SELECT '*' AS p, * FROM events UNION ALL"
    " SELECT substr(event_date, 1, 7) AS p, * FROM events WHERE event_date IS NOT NULL) x"
    " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"
)


def _dump(store) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    dumped = {name: [tuple(r) for r in store.db.execute(sql)] for name, sql in TABLES.items()}
    assert dumped["event_counts"] == [tuple(r) for r in store.db.execute(RECOUNT)]
    return dumped


def _save_alone(store, extraction: Extraction) -> None:  # type: ignore[no-untyped-def]
    """The portable save of one extraction (every event deleted and written again), every
    row trigger firing."""
    store._replace_extraction = types.MethodType(SQLStore._replace_extraction, store)
    SQLStore.save_extractions(store, [extraction])


def _archive(url: str, made: list) -> object:  # type: ignore[type-arg]
    store = open_store(url)
    store_articles(store, made)
    return store


def _flagged(event: Event) -> Event:
    """The event with geocode's flag of a point abroad (an ``event_flags`` row)."""
    loc = event.location or Location(name="x", country="Syria")
    return event.model_copy(update={"location": loc.model_copy(update={"reason": "FLAGGED: x"})})


def _first(made: list) -> list[Extraction]:  # type: ignore[type-arg]
    out = []
    for i, (a, events) in enumerate(made):
        if i % 5 == 0:
            events = [_flagged(events[0]), *events[1:]]
        out.append(
            Extraction(
                article_id=a.id,
                stage="test",
                events=tuple(events),
                versions=f"v1-{i % 3}",
                country=None if i % 4 == 0 else "SY",
            )
        )
    return out


def _second(first: list[Extraction], rng: random.Random) -> list[Extraction]:
    """A re-extraction: events kept, changed (fatalities, date), dropped, or none at all."""
    out = []
    for i, x in enumerate(first):
        events = list(x.events)
        if i % 7 == 0:
            events = []
        elif i % 3 == 0:
            events = events[:-1] or events
        elif i % 3 == 1:
            events = [
                e.model_copy(update={"fatalities": (e.fatalities or 0) + 3}) if k % 2 else e
                for k, e in enumerate(events)
            ]
            if events and events[0].event_date is not None:
                moved = events[0].event_date + dt.timedelta(days=rng.choice([40, -400]))
                events[0] = events[0].model_copy(update={"event_date": moved})
        out.append(x.model_copy(update={"events": tuple(events), "versions": "v2", "country": ""}))
    return out


def _save(store, extractions: list[Extraction], size: int) -> None:  # type: ignore[no-untyped-def]
    for first in range(0, len(extractions), size):
        store.save_extractions(extractions[first : first + size])


def test_batches_store_what_single_saves_store(archive_url: str, tmp_path: Path) -> None:
    made = list(articles(random.Random(11), 260))
    store = _archive(archive_url, made)
    single = _archive(str(tmp_path / "single.db"), made)
    try:
        first = _first(made)
        _save(store, first, 16)
        for x in first:
            _save_alone(single, x)
        assert _dump(store) == _dump(single)
        assert len(_dump(store)["event_flags"]) > 0 and len(_dump(store)["map_counts"]) > 0

        stamp = store.data_stamp()  # type: ignore[attr-defined]
        second = _second(first, random.Random(5))
        # one article twice in a batch: the later extraction wins, as saved one by one
        twice = [*second[:8], first[3], *second[8:]]
        twice[3], twice[8] = twice[8], twice[3]
        _save(store, twice, 16)
        for x in twice:
            _save_alone(single, x)
        dumped = _dump(store)
        assert dumped == _dump(single)
        assert store.data_stamp() != stamp  # type: ignore[attr-defined]  # caches see it
        assert {k for _, _, k, _, _ in dumped["changes"]} == {"added", "updated", "retracted"}
    finally:
        store.close()  # type: ignore[attr-defined]
        single.close()  # type: ignore[attr-defined]


def test_a_failed_batch_leaves_nothing(archive_url: str) -> None:
    """An event id stored twice in a batch fails the batch: nothing of it stays."""
    made = list(articles(random.Random(12), 40))
    store = _archive(archive_url, made)
    try:
        first = _first(made)
        _save(store, first[:4], 16)
        before = _dump(store)
        clash = first[5].model_copy(update={"events": first[4].events})  # the same event ids
        try:
            store.save_extractions([first[4], clash])  # type: ignore[attr-defined]
        except Exception:  # either backend's integrity error
            pass
        else:
            raise AssertionError("a batch storing one event id twice must fail")
        assert _dump(store) == before
    finally:
        store.close()  # type: ignore[attr-defined]


def test_sqlite_leaves_unchanged_events_in_place(tmp_path: Path) -> None:
    """A re-save writes only the events whose rows change: the others keep their rows."""
    made = list(articles(random.Random(14), 80))
    store = _archive(str(tmp_path / "in_place.db"), made)
    try:
        first = _first(made)
        _save(store, first, 16)
        rowids = dict(store.db.execute("SELECT id, rowid FROM events"))  # type: ignore[attr-defined]
        changed = first[2].model_copy(
            update={"events": (first[2].events[0].model_copy(update={"fatalities": 99}),)}
        )
        _save(store, [*first[:2], changed, *first[3:]], 16)
        after = dict(store.db.execute("SELECT id, rowid FROM events"))  # type: ignore[attr-defined]
        moved = {i for i in after if after[i] != rowids[i]}
        assert moved == {first[2].events[0].id}
        assert set(rowids) - set(after) == {e.id for e in first[2].events[1:]}
    finally:
        store.close()  # type: ignore[attr-defined]
