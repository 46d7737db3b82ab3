"""Latency of the desk's pages and API over an archive (made by ``make_synthetic.py``).

Each request goes through the real ASGI application (FastAPI's TestClient on
http://127.0.0.1, the desk's own middleware included); p50 and p95 over ``--runs`` rounds, each
round varying the page, article, filter and map view so no answer is a cache hit. Prints one
JSON line per request kind, and the database's size.

    python bench/bench_queries.py --db /tmp/bench-100k.db --runs 20 --label after

The script uses URLs only, so the same file measures an older checkout (the baseline) when run
with that checkout's ``src`` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

from fastapi.testclient import TestClient
from latency import AGREEMENT, COUNTRIES, KB_ACTORS, TYPES, Url, percentile

from ceasewatch.serve import create_app


def requests(n_articles: int) -> dict[str, Url]:
    """Request kind -> URL for round ``i`` (pages and filters vary with the round)."""

    def article(rng: random.Random, _: int) -> str:
        return f"/articles/syn{rng.randrange(n_articles):08d}"

    return {
        "events page": lambda rng, i: f"/events?offset={50 * rng.randrange(40)}",
        "events page, filtered": lambda rng, i: (
            f"/events?country={COUNTRIES[i % 6]}&event_type={TYPES[i % 3]}&sort=-fatalities"
        ),
        "events page, actor": lambda rng, i: (
            f"/events?actor={COUNTRIES[i % 6].lower()}+group+{rng.randrange(90):03d}"
        ),
        "events page, actor + dates": lambda rng, i: (
            f"/events?actor={COUNTRIES[i % 6].lower()}+group+{rng.randrange(90):03d}"
            f"&start={2014 + i % 8}-01-01&end={2016 + i % 8}-06-30"
        ),
        "api events (one page)": lambda rng, i: f"/api/events?limit=50&offset={50 * i}",
        "api events, verdict": lambda rng, i: (
            f"/api/events?agreement={AGREEMENT}&verdict=violation&offset={10 * (i % 5)}"
        ),
        "article page": article,
        "api article": lambda rng, i: "/api" + article(rng, i),
        "map, low zoom": lambda rng, i: f"/map?event_type={TYPES[i % 3]}" if i % 2 else "/map",
        "api map view, low zoom": lambda rng, i: "/api/map/view",
        "api map geojson, low zoom": lambda rng, i: (
            f"/api/map?event_type={TYPES[i % 3]}" if i % 2 else "/api/map"
        ),
        "map, low zoom, country": lambda rng, i: f"/map?country={COUNTRIES[i % 6]}",
        "map, low zoom, first view of a filter": lambda rng, i: (
            f"/map?country={COUNTRIES[i % 6]}&event_type={TYPES[(i // 6) % 3]}"
        ),
        "map, low zoom, panned": lambda rng, i: (
            f"/map?bbox={30 + rng.random() * 4:.3f},{30 + rng.random() * 3:.3f},"
            f"{44 + rng.random() * 4:.3f},{40 + rng.random() * 3:.3f}"
        ),
        "map, high zoom": lambda rng, i: (
            f"/map?bbox={36.5 + rng.random() * 0.2:.3f},35.7,{36.8 + rng.random() * 0.2:.3f},35.9"
        ),
        "agreement page": lambda rng, i: f"/agreements/{AGREEMENT}",
        "agreements list": lambda rng, i: "/agreements",
        # every synthetic report has an event 0
        "event page": lambda rng, i: article(rng, i).replace("/articles/", "/events/") + "-e0",
        # knowledge-base actors (the synthetic events name synthetic actors, which have no page
        # of their own: this times the page and its event lookup, not a long event list)
        "actor page": lambda rng, i: f"/actors/{KB_ACTORS[i % len(KB_ACTORS)]}",
    }


def desk_requests() -> dict[str, Url]:
    """The analyst's desk pages of issue 13 (morning view, trends, actors, quality queue): each
    round a different filter, day or page, so the first view of each is what is timed."""
    years = range(2014, 2026)

    def since(rng: random.Random, i: int) -> str:
        return f"{years[i % len(years)]}-{1 + i % 12:02d}-01"

    return {
        "home (morning view)": lambda rng, i: f"/?since={since(rng, i)}",
        "trends": lambda rng, i: "/trends" if i % 4 == 0 else f"/trends?country={COUNTRIES[i % 6]}",
        "api trends, type filter": lambda rng, i: (
            f"/api/trends?event_type={TYPES[i % 3]}&start={since(rng, i)}"
        ),
        "actors page": lambda rng, i: "/actors" if i % 2 else f"/actors?q={'abcdefghij'[i % 10]}",
        "quality queue": lambda rng, i: f"/quality?offset={50 * (i % 4)}",
    }


ADMIN1 = ["Idleb", "Aleppo", "Hama", "Taizz", "Marib", "Donetsk", "Khartoum", "Tripoli"]
SUBS = ["Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Attack"]


def events_requests() -> dict[str, Url]:
    """The events page's first view of each filter kind (issue 12): with ``--events-first-views``
    every round is a new application, so no total or facet is cached."""

    def days(rng: random.Random, i: int) -> str:
        start = 2013 + rng.randrange(11), 1 + rng.randrange(12), 1 + rng.randrange(28)
        end = start[0] + 1 + rng.randrange(2), 1 + rng.randrange(12), 1 + rng.randrange(28)
        return "start={:04d}-{:02d}-{:02d}&end={:04d}-{:02d}-{:02d}".format(*start, *end)

    return {
        "events, country": lambda rng, i: f"/events?country={COUNTRIES[i % 6]}",
        "events, type": lambda rng, i: f"/events?event_type={TYPES[i % 3]}",
        "events, country + type": lambda rng, i: (
            f"/events?country={COUNTRIES[i % 6]}&event_type={TYPES[i % 3]}&sort=-fatalities"
        ),
        "events, admin1": lambda rng, i: f"/events?admin1={ADMIN1[i % len(ADMIN1)]}",
        "events, sub-event type": lambda rng, i: f"/events?sub_event_type={SUBS[i % 4]}",
        "events, hedged": lambda rng, i: f"/events?hedged={'true' if i % 2 else 'false'}",
        "events, date range": lambda rng, i: f"/events?{days(rng, i)}",
        "events, date range + country": lambda rng, i: (
            f"/events?{days(rng, i)}&country={COUNTRIES[i % 6]}"
        ),
        "events, actor": lambda rng, i: (
            f"/events?actor={COUNTRIES[i % 6].lower()}+group+{rng.randrange(90):03d}"
        ),
        "events, actor + date range": lambda rng, i: (
            f"/events?actor={COUNTRIES[i % 6].lower()}+group+{rng.randrange(90):03d}&{days(rng, i)}"
        ),
        "api events (one page)": lambda rng, i: f"/api/events?limit=50&offset={50 * i}",
    }


def measure(db: str, runs: int, only: list[str], n_articles: int) -> list[dict[str, object]]:
    app = create_app(db)
    rng = random.Random(1)
    out = []
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for name, url in {**requests(n_articles), **desk_requests()}.items():
            if only and not any(o in name for o in only):
                continue
            client.get(url(rng, 0))  # warm: templates, knowledge base, first page reads
            times, sizes, statuses = [], [], set()
            for i in range(runs):
                target = url(rng, i + 1)
                start = time.perf_counter()
                response = client.get(target)
                times.append((time.perf_counter() - start) * 1000)
                sizes.append(len(response.content))
                statuses.add(response.status_code)
            out.append({
                "request": name, "runs": runs, "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(percentile(times, 0.95), 1), "max_ms": round(max(times), 1),
                "kb": round(statistics.median(sizes) / 1024, 1), "status": sorted(statuses),
            })  # fmt: skip
            print(json.dumps(out[-1]), flush=True)
    return out


def first_views(db: str, runs: int, only: list[str], kinds: Callable[[], dict[str, Url]]) -> None:
    """The desk pages' first view after a change of the archive: each round a new application
    (so no answer cached per archive state) and one request of each kind, timed without a
    warm-up. Knowledge and process-wide caches (an article's country) stay warm."""
    times: dict[str, list[float]] = {}
    rng = random.Random(2)
    for i in range(runs):
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
            client.get("/agreements")  # loads the knowledge base, which no page should time
            if kinds is events_requests:  # the template; the unfiltered table no kind asks for
                client.get("/events?sort=date")
            for name, url in kinds().items():
                if only and not any(o in name for o in only):
                    continue
                start = time.perf_counter()
                client.get(url(rng, i))
                times.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    for name, values in times.items():
        print(json.dumps({
            "request": f"{name} (first view)", "runs": runs,
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(percentile(values, 0.95), 1), "max_ms": round(max(values), 1),
            "load": round(os.getloadavg()[0], 1),
        }), flush=True)  # fmt: skip


def db_size(db: str) -> int:
    """Bytes of a SQLite archive and its WAL; 0 for a URL."""
    if "://" in db:
        return 0
    return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="archive path or URL")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", action="append", default=[], help="request kinds to run")
    parser.add_argument("--label", default="", help="printed with the results (e.g. baseline)")
    parser.add_argument("--articles", type=int, default=0, help="articles in the archive")
    parser.add_argument(
        "--first-views", action="store_true", help="only the desk pages' first views"
    )
    parser.add_argument(
        "--events-first-views", action="store_true", help="only the events page's first views"
    )
    args = parser.parse_args()
    n_articles = args.articles or _articles(args.db)
    print(json.dumps({"label": args.label, "db": args.db, "bytes": db_size(args.db)}))
    sys.stdout.flush()
    if args.first_views or args.events_first_views:
        kinds = events_requests if args.events_first_views else desk_requests
        first_views(args.db, args.runs, args.only, kinds)
    else:
        measure(args.db, args.runs, args.only, n_articles)


def _articles(db: str) -> int:
    from ceasewatch.store import open_store

    store = open_store(db)
    try:
        return store.count_articles()
    finally:
        store.close()


if __name__ == "__main__":
    main()
