"""Fill an archive with N synthetic events, for the query benchmarks (``bench_queries.py``).

Synthetic, not news: reports of a few lines each, carrying 1-8 coded events with a realistic
spread of dates (2012-2025, busier in some years), countries and their admin areas, event types,
actors (named and unresolved), fatalities (often unknown), hedging, confidence, precision and
places (some unplaced), and the verdicts of a few agreements over the events in their country and
window. Rows go in through the store's own connection with ``executemany`` in large transactions
(the store's INSERT for events, so the 0006 columns are filled exactly as ``save_extraction``
fills them), which takes minutes, not hours, at a million events.

    python bench/make_synthetic.py --db /tmp/bench-100k.db --events 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ceasewatch.model import (
    EVENT_TYPES,
    ActorRef,
    Article,
    Assessment,
    Event,
    Location,
    StatusPoint,
)
from ceasewatch.store import open_store
from ceasewatch.store.queries import EVENT_INSERT, index_event_actors
from ceasewatch.store.sql import _event_row  # the very row save_extraction writes

# country -> (weight, admin1 areas with a centre (lat, lon))
COUNTRIES: dict[str, tuple[float, dict[str, tuple[float, float]]]] = {
    "Syria": (
        0.35,
        {
            "Idleb": (35.8, 36.6),
            "Aleppo": (36.2, 37.2),
            "Hama": (35.1, 36.8),
            "Deir-ez-Zor": (35.3, 40.1),
            "Dar'a": (32.7, 36.1),
            "Rural Damascus": (33.5, 36.5),
            "Ar-Raqqa": (35.9, 39.0),
            "Lattakia": (35.6, 35.9),
        },
    ),
    "Yemen": (
        0.15,
        {
            "Al Hodeidah": (14.8, 43.0),
            "Taizz": (13.6, 44.0),
            "Marib": (15.5, 45.3),
            "Sana'a": (15.4, 44.2),
            "Aden": (12.8, 45.0),
        },
    ),
    "Ukraine": (
        0.2,
        {
            "Donetsk": (48.0, 37.8),
            "Luhansk": (48.6, 39.3),
            "Kharkiv": (50.0, 36.2),
            "Zaporizhzhia": (47.8, 35.2),
            "Kherson": (46.6, 32.6),
        },
    ),
    "Sudan": (
        0.12,
        {
            "Khartoum": (15.6, 32.5),
            "North Darfur": (13.6, 25.3),
            "West Darfur": (13.4, 22.4),
            "South Kordofan": (11.2, 29.8),
        },
    ),
    "Libya": (0.08, {"Tripoli": (32.9, 13.2), "Misrata": (32.4, 15.1), "Sirte": (31.2, 16.6)}),
    "Mali": (0.1, {"Mopti": (14.5, -4.2), "Gao": (16.3, -0.1), "Timbuktu": (16.8, -3.0)}),
}
ISO2 = {"Syria": "SY", "Yemen": "YE", "Ukraine": "UA", "Sudan": "SD", "Libya": "LY", "Mali": "ML"}
# (agreement id, name, country, start, end): verdicts for the events in its country and window
AGREEMENTS = [
    ("synthetic-idlib-zone", "Idlib zone (synthetic)", "Syria", dt.date(2018, 9, 17), None),
    ("synthetic-syria-truce", "Syria truce (synthetic)", "Syria", dt.date(2016, 2, 27),
     dt.date(2016, 9, 30)),
    ("synthetic-hodeidah", "Hodeidah ceasefire (synthetic)", "Yemen", dt.date(2018, 12, 18), None),
    ("synthetic-donbas", "Donbas ceasefire (synthetic)", "Ukraine", dt.date(2015, 2, 15),
     dt.date(2022, 2, 23)),
    ("synthetic-jeddah", "Jeddah truce (synthetic)", "Sudan", dt.date(2023, 5, 20),
     dt.date(2023, 6, 10)),
]  # fmt: skip
VERDICTS = (
    ("undetermined", 0.5), ("violation", 0.25), ("permitted", 0.2),
    ("joint-operation-with-excluded", 0.05),
)  # fmt: skip
YEARS = list(range(2012, 2026))
YEAR_WEIGHTS = [1, 2, 3, 4, 5, 5, 4, 4, 3, 3, 4, 5, 4, 3]
SUBS = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
SUB_WEIGHTS = [
    6 if t == "Battles" else 5 if t.startswith("Explosions") else 3 if t.startswith("Violence")
    else 1
    for t, _ in SUBS
]  # fmt: skip
DISORDER = "Political violence"
BATCH = 20_000  # events per transaction


@dataclass(frozen=True)
class Pools:
    actors: dict[str, list[ActorRef]]  # country -> actor refs (some unresolved)


def pools(rng: random.Random) -> Pools:
    out: dict[str, list[ActorRef]] = {}
    for country in COUNTRIES:
        refs = []
        for i in range(120):
            resolved = i % 4 != 3
            name = f"{country} group {i:03d}" if resolved else f"unknown gunmen {country} {i}"
            refs.append(
                ActorRef(
                    name=name,
                    id=f"synthetic-{ISO2[country].lower()}-{i:03d}" if resolved else None,
                    inter=rng.choice([1, 2, 3, 4, 8]),
                    method="exact" if resolved else "unresolved",
                )
            )
        out[country] = refs
    return Pools(actors=out)


def _day(rng: random.Random) -> dt.date:
    year = rng.choices(YEARS, YEAR_WEIGHTS)[0]
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def _location(rng: random.Random, country: str) -> Location | None:
    admin1, (lat, lon) = rng.choice(list(COUNTRIES[country][1].items()))
    if rng.random() < 0.05:  # not placed: a name the gazetteer lacks
        return Location(name=f"village {rng.randrange(500)}", country=country, reason="no match")
    precision = rng.choices([1, 2, 3], [0.6, 0.3, 0.1])[0]
    return Location.model_construct(  # valid by construction: validation skipped, for speed
        name=f"{admin1} town {rng.randrange(40)}",
        latitude=round(lat + rng.gauss(0, 0.35), 4),
        longitude=round(lon + rng.gauss(0, 0.35), 4),
        country=country,
        admin1=admin1,
        admin2=f"{admin1} district {rng.randrange(6)}",
        geo_precision=precision,
        uncertainty_km=[None, 2.0, 5.0, 25.0][precision],
        reason="synthetic",
    )


def event(
    rng: random.Random, pool: Pools, article_id: str, n: int, day: dt.date, country: str
) -> Event:
    event_type, sub = rng.choices(SUBS, SUB_WEIGHTS)[0]
    actors = pool.actors[country]
    fatal = rng.random()
    return Event.model_construct(  # valid by construction (see _location)
        id=f"{article_id}-e{n}",
        article_id=article_id,
        event_date=day if rng.random() > 0.01 else None,
        time_precision=rng.choices([1, 2, 3], [0.85, 0.1, 0.05])[0],
        disorder_type=DISORDER,
        event_type=event_type,
        sub_event_type=sub,
        actor1=rng.choice(actors),
        actor2=rng.choice(actors) if rng.random() < 0.7 else None,
        assoc_actors1=(rng.choice(actors),) if rng.random() < 0.1 else (),
        location=_location(rng, country),
        fatalities=None if fatal < 0.4 else int(rng.expovariate(0.2)),
        hedged=rng.random() < 0.15,
        confidence=round(rng.uniform(0.3, 0.95), 2),
    )


def articles(rng: random.Random, total_events: int) -> Iterator[tuple[Article, list[Event]]]:
    pool = pools(rng)
    countries = list(COUNTRIES)
    weights = [COUNTRIES[c][0] for c in countries]
    made = 0
    i = 0
    while made < total_events:
        country = rng.choices(countries, weights)[0]
        day = _day(rng)
        text = (
            f"Synthetic report {i} about {country} on {day.isoformat()}. "
            "Fighting was reported in several places; officials gave tolls. " * 3
        )
        digest = hashlib.sha256(text.encode()).hexdigest()
        article = Article(
            id=f"syn{i:08d}", origin=f"synthetic:{i}", title=f"Synthetic report {i} ({country})",
            published=day + dt.timedelta(days=1), source=f"Outlet {i % 40}", text=text,
            content_hash=digest, raw_hash=digest, word_count=len(text.split()),
        )  # fmt: skip
        n = min(rng.randint(1, 8), total_events - made)
        yield article, [event(rng, pool, article.id, k, day, country) for k in range(n)]
        made += n
        i += 1


def verdict_rows(rng: random.Random, e: Event) -> list[tuple[str, str, str, str]]:
    out = []
    country = e.location.country if e.location else None
    for agreement_id, _, where, start, end in AGREEMENTS:
        day = e.event_date
        if country != where or day is None or day < start or (end is not None and day > end):
            continue
        kind = rng.choices([k for k, _ in VERDICTS], [w for _, w in VERDICTS])[0]
        data = {
            "event_id": e.id, "agreement_id": agreement_id, "verdict": kind,
            "reason": "synthetic verdict", "trail": [],
        }  # fmt: skip
        out.append((agreement_id, e.id, kind, json.dumps(data)))
    return out


ARTICLE_INSERT = (
    "INSERT INTO articles (id, content_hash, raw_hash, origin, title, published, source,"
    " story_id, data, ingested_at, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def article_rows(made: Iterable[tuple[Article, object]], now: str) -> list[tuple[object, ...]]:
    """``ARTICLE_INSERT``'s rows for the synthetic articles (each its own story)."""
    return [
        (a.id, a.content_hash, a.raw_hash, a.origin, a.title,
         a.published.isoformat() if a.published else None, a.source, a.id,
         a.model_dump_json(), now, a.source)
        for a, _ in made
    ]  # fmt: skip


def store_articles(store: Any, made: Iterable[tuple[Article, object]]) -> None:
    """The synthetic articles into ``store`` (an open archive), in one transaction."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.transaction() as tx:
        tx.executemany(ARTICLE_INSERT, article_rows(made, now))


def triggers(
    db: Any, postgres: bool, prefixes: tuple[str, ...] = ("",), table: str = "events"
) -> list[tuple[str, str, str]]:
    """(name, table, the SQL that makes it again) of ``table``'s triggers whose names start
    with one of ``prefixes`` (all by default). ``db``: a store's connection, or sqlite3's."""
    if postgres:
        rows = db.execute(
            "SELECT tgname, tgrelid::regclass::text, pg_get_triggerdef(oid) FROM pg_trigger"
            " WHERE NOT tgisinternal AND tgrelid = ?::regclass ORDER BY tgname",
            (table,),
        ).fetchall()
    else:
        rows = db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name = ? ORDER BY name",
            (table,),
        ).fetchall()
    return [(str(n), str(t), str(s)) for n, t, s in rows if str(n).startswith(prefixes)]


def drop_triggers(db: Any, found: list[tuple[str, str, str]], postgres: bool) -> None:
    """Drop the triggers ``triggers`` found (inside the caller's transaction)."""
    for name, table, _ in found:
        db.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgres else ""))


def make_triggers(db: Any, found: list[tuple[str, str, str]]) -> None:
    """Make again the triggers ``triggers`` found (after ``drop_triggers``)."""
    for _, _, sql in found:
        db.execute(sql)


def fill(db: str, total: int, seed: int = 7) -> dict[str, float]:
    """Write ``total`` events (and their articles, extractions and verdicts) into ``db``."""
    rng = random.Random(seed)
    store = open_store(db)
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    buffer: list[tuple[Article, list[Event]]] = []
    n_events = n_verdicts = 0
    evidence: dict[str, list[str]] = {a[0]: [] for a in AGREEMENTS}

    def flush() -> None:
        nonlocal n_verdicts
        events = [e for _, es in buffer for e in es]
        verdicts = [v for e in events for v in verdict_rows(rng, e)]
        for agreement_id, event_id, kind, _ in verdicts:
            if kind == "violation" and len(evidence[agreement_id]) < 6 and rng.random() < 0.01:
                evidence[agreement_id].append(event_id)
        with store.transaction() as tx:
            tx.executemany(ARTICLE_INSERT, article_rows(buffer, now))
            tx.executemany(
                "INSERT INTO extractions (article_id, stage, skipped, created_at)"
                " VALUES (?, ?, ?, ?)",
                [(a.id, "synthetic", None, now) for a, _ in buffer],
            )
            tx.executemany(EVENT_INSERT, [_event_row(e) for e in events])
            index_event_actors(tx, events)
            tx.executemany(
                "INSERT INTO verdicts (agreement_id, event_id, verdict, data) VALUES (?, ?, ?, ?)",
                verdicts,
            )
        n_verdicts += len(verdicts)
        buffer.clear()

    pending = 0
    for article, events in articles(rng, total):
        buffer.append((article, events))
        pending += len(events)
        n_events += len(events)
        if pending >= BATCH:
            flush()
            pending = 0
            print(f"  {n_events:,} events", file=sys.stderr, end="\r")
    if buffer:
        flush()
    # Not save_assessments: that replaces the agreements' verdicts with the assessments' own.
    with store.transaction() as tx:
        tx.executemany(
            "INSERT INTO assessments (agreement_id, data, created_at) VALUES (?, ?, ?)",
            [(a[0], _assessment(a, evidence[a[0]]).model_dump_json(), now) for a in AGREEMENTS],
        )
    if hasattr(store, "db") and store.path != ":memory:":
        store.db.execute("ANALYZE")  # the planner's statistics, as after any large load
    store.close()
    return {"events": n_events, "verdicts": n_verdicts, "seconds": time.perf_counter() - started}


EVENT_COPY_COLUMNS = (
    "article_id, event_date, event_type, sub_event_type, actors, place, data, country, admin1,"
    " admin2, place_name, place_key, latitude, longitude, geo_precision, fatalities, confidence,"
    " hedged, actor1_id, actor1_name, actor1_key, grid_x, grid_y"
)


def replicate(db: str, copies: int) -> dict[str, float]:
    """Grow an archive made by ``fill`` ``copies`` times over by copying its events (and their
    actor rows, actor references, flags and verdicts) under new ids, in SQL: a million-event
    archive in minutes instead of an hour of generation on a loaded machine. The copies share
    their originals' reports, dates and places (the same distribution, ``copies`` times denser);
    the JSON keeps the original id (pages show it; queries go by the row's id)."""
    store = open_store(db)
    started = time.perf_counter()
    for k in range(1, copies):
        suffix = f"-c{k}"
        with store.transaction() as tx:
            tx.execute(
                f"INSERT INTO events (id, {EVENT_COPY_COLUMNS}) SELECT id || ?,"
                f" {EVENT_COPY_COLUMNS} FROM events WHERE id NOT LIKE '%-c%'",
                (suffix,),
            )
            tx.execute(
                "INSERT INTO event_actors (event_id, actor_key, event_date) SELECT event_id || ?,"
                " actor_key, event_date"
                " FROM event_actors WHERE event_id NOT LIKE '%-c%'",
                (suffix,),
            )
            tx.execute(
                "INSERT INTO event_actor_refs (event_id, slot, pos, actor_id, name, label)"
                " SELECT event_id || ?, slot, pos, actor_id, name, label FROM event_actor_refs"
                " WHERE event_id NOT LIKE '%-c%'",
                (suffix,),
            )
            tx.execute(
                "INSERT INTO event_flags (event_id, flag, note) SELECT event_id || ?, flag,"
                " note FROM event_flags WHERE event_id NOT LIKE '%-c%'",
                (suffix,),
            )
            tx.execute(
                "INSERT INTO verdicts (agreement_id, event_id, verdict, data) SELECT"
                " agreement_id, event_id || ?, verdict, data FROM verdicts"
                " WHERE event_id NOT LIKE '%-c%'",
                (suffix,),
            )
        print(f"  copy {k} of {copies - 1}", file=sys.stderr, end="\r")
    if store.path != ":memory:":
        store.db.execute("ANALYZE")
    n = store.count_events()
    store.close()
    return {"events": n, "seconds": time.perf_counter() - started}


# Tables the fast copy writes, and the count tables (migrations 0011, 0013, 0018) it scales.
_COPIED = ("events", "event_actors", "event_actor_refs", "event_flags", "verdicts")
# (0026's trend_days too when the archive has it: each copy has its original's day, country,
# type, verdicts and names, so every row, distinct counts included, is the same multiple.)
_SCALED = {"map_counts": "n, sum_x, sum_y", "map_month_counts": "n, sum_x, sum_y",
           "event_counts": "n", "trend_days": "n"}  # fmt: skip


def replicate_sqlite_fast(path: str, copies: int) -> dict[str, float]:
    """``replicate`` for a SQLite file, without the per-row cost: the copied tables' indexes
    and the count tables' triggers are dropped, the rows copied, the count tables multiplied
    (each copy repeats its original's counted columns exactly, so every count is the same
    multiple) and the indexes and triggers made again from their own SQL. Opens the file with
    sqlite3 alone (no migration), so it grows an archive of any schema version."""
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    base = db.execute("SELECT COUNT(*) FROM events WHERE id NOT LIKE '%-c%'").fetchone()[0]
    have = db.execute("SELECT COUNT(*) FROM events").fetchone()[0] // base
    marks = ", ".join("?" * len(_COPIED))
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type = 'index'"
        f" AND tbl_name IN ({marks})",
        _COPIED,
    ).fetchall()
    saved = triggers(db, postgres=False)
    db.execute("BEGIN IMMEDIATE")
    for name, _ in indexes:
        db.execute(f"DROP INDEX {name}")
    drop_triggers(db, saved, postgres=False)
    columns = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in _COPIED}
    for k in range(have, copies):
        for table, cols in columns.items():
            key = "id" if table == "events" else "event_id"
            listed = ", ".join(cols)
            picked = ", ".join(f"{c} || ?" if c == key else c for c in cols)
            db.execute(
                f"INSERT INTO {table} ({listed}) SELECT {picked} FROM {table}"
                f" WHERE {key} NOT LIKE '%-c%'",
                (f"-c{k}",),
            )
        print(f"  copy {k} of {copies - 1}", file=sys.stderr, end="\r")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, counted in _SCALED.items():
        if table == "trend_days" and table not in tables:
            continue
        scaled = ", ".join(f"{c} = {c} / {have} * {copies}" for c in counted.split(", "))
        db.execute(f"UPDATE {table} SET {scaled}")
    for _, sql in indexes:
        db.execute(sql)
    make_triggers(db, saved)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    n = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    db.close()
    return {"events": n, "seconds": time.perf_counter() - started}


def _assessment(agreement: tuple[object, ...], evidence: list[str]) -> Assessment:
    agreement_id, name, _, start, _ = agreement
    assert isinstance(start, dt.date)
    points = (
        StatusPoint(date=start, status="holding", score=0.0, reason="synthetic"),
        StatusPoint(
            date=start + dt.timedelta(days=400),
            status="strained",
            score=0.5,
            reason="synthetic",
            evidence=tuple(evidence),
        ),
    )
    return Assessment(
        id=str(agreement_id), name=str(name), status="strained",
        status_date=points[-1].date, timeline=points,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="archive path or URL (created if missing)")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--replicate", type=int, default=0, help="instead: copy the archive's events K times over"
    )
    parser.add_argument(
        "--fast", action="store_true", help="SQLite: copy without indexes and triggers, then"
        " rebuild them (minutes instead of an hour at a million events)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.replicate:
        fast = "://" not in args.db and args.fast
        grown = (replicate_sqlite_fast if fast else replicate)(args.db, args.replicate)
        print(f"{grown['events']:,} events after copying, in {grown['seconds']:.1f} s")
        return
    result = fill(args.db, args.events, args.seed)
    rate = result["events"] / result["seconds"]
    print(
        f"{result['events']:,} events, {result['verdicts']:,} verdicts in"
        f" {result['seconds']:.1f} s ({rate:,.0f} events/s)"
    )


if __name__ == "__main__":
    main()
