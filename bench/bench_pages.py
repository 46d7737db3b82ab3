"""Latency of every page but the map, and of the events API, two code bases side by side.

Each side is a checkout's ``src`` and its own copy of the archive (an older checkout cannot
open an archive a newer one migrated: copy it, ``cp`` for SQLite, ``CREATE DATABASE ...
TEMPLATE`` for PostgreSQL, and open the branch's copy once before timing so its migrations are
not timed). Every round runs each side in a fresh process, the sides' order alternating by
round. A process warms each request kind once (templates, knowledge base) with another URL,
then times ``--runs`` requests of each kind. The answer cache's TTL is 0 (``TTL_SECONDS``):
every answer is computed, so each request is what a page's first view costs and a cached
answer never makes a side fast. Both sides ask the same URLs (seeded by round and run).

    python bench/bench_pages.py --side base=/tmp/base/src:/tmp/base.db \\
        --side branch=src:/tmp/branch.db --rounds 4 --runs 5

Prints one JSON line per round and side, then per side and request: p50, p95 and max (ms) over
rounds x runs requests, and the load average (1 min) seen at each process's start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from latency import AGREEMENT, COUNTRIES, KB_ACTORS, TYPES, Url, percentile


def kinds(n_articles: int) -> dict[str, Url]:
    """Request kind -> URL of run ``i`` (the non-map pages of the desk and the events API)."""

    def days(rng: random.Random, i: int) -> str:
        start = 2013 + rng.randrange(11), 1 + rng.randrange(12), 1 + rng.randrange(28)
        end = start[0] + 1 + rng.randrange(2), 1 + rng.randrange(12), 1 + rng.randrange(28)
        return "start={:04d}-{:02d}-{:02d}&end={:04d}-{:02d}-{:02d}".format(*start, *end)

    def article(rng: random.Random, _: int) -> str:
        return f"/articles/syn{rng.randrange(n_articles):08d}"

    def actor(rng: random.Random, i: int) -> str:
        return f"actor={COUNTRIES[i % 6].lower()}+group+{rng.randrange(90):03d}"

    return {
        "events page": lambda rng, i: f"/events?offset={50 * rng.randrange(40)}",
        "events, country + type": lambda rng, i: (
            f"/events?country={COUNTRIES[i % 6]}&event_type={TYPES[i % 3]}&sort=-fatalities"
        ),
        "events, date range": lambda rng, i: f"/events?{days(rng, i)}",
        "events, date range + country": lambda rng, i: (
            f"/events?{days(rng, i)}&country={COUNTRIES[i % 6]}"
        ),
        "events, actor": lambda rng, i: f"/events?{actor(rng, i)}",
        "events, actor + date range": lambda rng, i: f"/events?{actor(rng, i)}&{days(rng, i)}",
        "api events (one page)": lambda rng, i: f"/api/events?limit=50&offset={50 * i}",
        "api events, verdict": lambda rng, i: (
            f"/api/events?agreement={AGREEMENT}&verdict=violation&offset={10 * (i % 5)}"
        ),
        "article page": article,
        "event page": lambda rng, i: article(rng, i).replace("/articles/", "/events/") + "-e0",
        "agreement page": lambda rng, i: f"/agreements/{AGREEMENT}",
        "agreements list": lambda rng, i: "/agreements",
        "actor page": lambda rng, i: f"/actors/{KB_ACTORS[i % len(KB_ACTORS)]}",
        "home (morning view)": lambda rng, i: f"/?since={2014 + i % 12}-{1 + i % 12:02d}-01",
        "trends": lambda rng, i: f"/trends?country={COUNTRIES[i % 6]}",
        "trends, every country": lambda rng, i: "/trends",
        "api trends": lambda rng, i: f"/api/trends?country={COUNTRIES[(i + 3) % 6]}",
        "actors page": lambda rng, i: f"/actors?q={'abcdefghij'[i % 10]}",
        "quality queue": lambda rng, i: f"/quality?offset={50 * (i % 4)}",
    }


def child(db: str, runs: int, seed: int, only: list[str]) -> None:
    """One side's process: ``runs`` new applications, each asked every kind once."""
    from fastapi.testclient import TestClient

    from ceasewatch.serve import create_app
    from ceasewatch.serve.views import cache
    from ceasewatch.store import open_store

    cache.TTL_SECONDS = 0.0  # no answer reused: what is timed is computed
    store = open_store(db)
    n_articles = store.count_articles()
    store.close()
    load = os.getloadavg()[0]
    times: dict[str, list[float]] = {}
    wanted = {
        name: url
        for name, url in kinds(n_articles).items()
        if not only or any(o in name for o in only)
    }
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        warm = random.Random(-seed)
        for url in wanted.values():  # templates, knowledge base: no page should time them
            client.get(url(warm, 0))
        for i in range(runs):
            rng = random.Random(seed * 1000 + i)
            for name, url in wanted.items():
                target = url(rng, seed * 7 + i)
                start = time.perf_counter()
                response = client.get(target)
                times.setdefault(name, []).append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    sys.exit(f"{target}: {response.status_code}")
    out = {"load": load, "load_end": os.getloadavg()[0], "ms": times}
    print(json.dumps(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", action="append", default=[], help="NAME=SRC:DB")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", default=[], help="request kinds to run")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs, args.seed, args.only)
        return
    sides = [(s.split("=", 1)[0], *s.split("=", 1)[1].split(":", 1)) for s in args.side]
    got: dict[tuple[str, str], list[float]] = {}
    loads: dict[str, list[float]] = {}
    for round_ in range(args.rounds):
        for name, src, db in sides if round_ % 2 == 0 else sides[::-1]:
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            command = [sys.executable, __file__, "--child", db, "--runs", str(args.runs),
                       "--seed", str(round_ + 1)] + [f"--only={o}" for o in args.only]  # fmt: skip
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                sys.exit(f"{name}: {done.stderr[-2000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            loads.setdefault(name, []).extend([result["load"], result["load_end"]])
            for kind, measured in result["ms"].items():
                got.setdefault((name, kind), []).extend(measured)
            print(json.dumps({"round": round_ + 1, "side": name, "load": loads[name][-2:]}))
    for (name, kind), times in sorted(got.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(json.dumps({
            "side": name, "request": kind, "runs": len(times),
            "p50_ms": round(statistics.median(times)), "p95_ms": round(percentile(times, 0.95)),
            "max_ms": round(max(times)), "load": [min(loads[name]), max(loads[name])],
        }), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
