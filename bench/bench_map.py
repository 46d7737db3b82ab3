"""The map's latency, two checkouts alternating in one run (a shared machine's load hits both).

Each round runs one fresh process per side (``--side NAME=SRC:DB``, ``SRC`` put first on
PYTHONPATH, ``DB`` its own copy of the archive: an older checkout cannot open an archive a newer
one migrated), in turn; each process times every map request kind ``--runs`` times through the
real ASGI application, a new view or filter each time, as ``bench_queries.py`` does. A fresh
process per round means nothing is cached from the round before: first views are first views.
Prints one JSON line per side and kind: p50 / p95 / max over every round, and the load average.

    python bench/bench_map.py --rounds 3 --runs 10 \\
        --side main=/tmp/base/src:/tmp/main.db --side branch=src:/tmp/branch.db
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

from latency import COUNTRIES, TYPES, Url, percentile

HERE = Path(__file__).resolve().parent


def kinds() -> dict[str, Url]:
    """Request kind -> URL of round ``i``: bench_queries.py's map requests, and views that draw
    points one by one (a few hundred events in view), unfiltered and filtered."""

    def spot(rng: random.Random) -> tuple[float, float]:  # around a synthetic admin centre
        lat, lon = rng.choice([(35.8, 36.6), (48.0, 37.8), (15.6, 32.5), (14.8, 43.0)])
        return lat + rng.uniform(-0.5, 0.5), lon + rng.uniform(-0.5, 0.5)

    def small(rng: random.Random, size: float) -> str:
        lat, lon = spot(rng)
        return f"{lon:.3f},{lat:.3f},{lon + size:.3f},{lat + size * 0.75:.3f}"

    return {
        "map, low zoom": lambda rng, i: f"/map?event_type={TYPES[i % 3]}" if i % 2 else "/map",
        "api map view, low zoom": lambda rng, i: "/api/map/view",
        "api map geojson, low zoom": lambda rng, i: (
            f"/api/map?event_type={TYPES[i % 3]}" if i % 2 else "/api/map"
        ),
        "map, low zoom, country": lambda rng, i: f"/map?country={COUNTRIES[i % 6]}",
        "map, first view of a filter": lambda rng, i: (
            f"/map?country={COUNTRIES[i % 6]}&event_type={TYPES[(i // 6) % 3]}"
        ),
        "map, first view, date filter": lambda rng, i: f"/map?start={2013 + i % 12}-01-01",
        "map, low zoom, panned": lambda rng, i: (
            f"/map?bbox={30 + rng.random() * 4:.3f},{30 + rng.random() * 3:.3f},"
            f"{44 + rng.random() * 4:.3f},{40 + rng.random() * 3:.3f}"
        ),
        "map, high zoom (Idlib)": lambda rng, i: (
            f"/map?bbox={36.5 + rng.random() * 0.2:.3f},35.7,{36.8 + rng.random() * 0.2:.3f},35.9"
        ),
        "map, high zoom, points": lambda rng, i: f"/map?bbox={small(rng, 0.04)}",
        "map, high zoom, points, type": lambda rng, i: (
            f"/map?bbox={small(rng, 0.08)}&event_type={TYPES[i % 3]}"
        ),
        "api map view, high zoom, points": lambda rng, i: f"/api/map/view?bbox={small(rng, 0.04)}",
    }


def child(db: str, runs: int, seed: int, only: list[str], warm_outlines: bool = False) -> None:
    from fastapi.testclient import TestClient

    from ceasewatch.serve import create_app

    rng = random.Random(seed)
    out: dict[str, object] = {"load": os.getloadavg()[0]}
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        client.get("/agreements")  # the knowledge base loads once, in no request timed
        # outlines, zone shapes, the world gazetteer's admin1 points: loaded once per process
        # (seconds), by filters and views no timed request repeats
        for warm in ("/map?event_type=Protests", "/map?bbox=35.5,32,42.5,37.5&event_type=Riots"):
            client.get(warm)
        if warm_outlines:  # every country's admin1 outlines decoded before any timed request
            from ceasewatch.knowledge.outlines import country_outlines, shipped_countries

            for code in shipped_countries():
                country_outlines(code)
        for name, url in kinds().items():
            if only and not any(o in name for o in only):
                continue
            times, points = [], []
            for i in range(runs):
                target = url(rng, seed * runs + i)
                start = time.perf_counter()
                response = client.get(target)
                times.append(round((time.perf_counter() - start) * 1000, 1))
                if response.status_code != 200:
                    raise SystemExit(f"{target}: {response.status_code}")
                points.append(response.text.count('class="ev ') if "/api/" not in target else 0)
            out[name] = {"ms": times, "markers": points}
    out["load_end"] = os.getloadavg()[0]
    print(json.dumps(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", action="append", default=[], help="NAME=SRC:DB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument(
        "--warm-outlines", action="store_true",
        help="decode every country's admin1 outlines before timing (steady state: no first"
        " decode of a country in a timed request)",
    )  # fmt: skip
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs, args.seed, args.only, args.warm_outlines)
        return
    sides = [(s.split("=", 1)[0], *s.split("=", 1)[1].split(":", 1)) for s in args.side]
    got: dict[tuple[str, str], list[float]] = {}
    loads: dict[str, list[float]] = {}
    for round_ in range(args.rounds):
        for name, src, db in sides:
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            command = [sys.executable, __file__, "--child", db, "--runs", str(args.runs),
                       "--seed", str(round_ + 1)] + [f"--only={o}" for o in args.only]  # fmt: skip
            command += ["--warm-outlines"] if args.warm_outlines else []
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                sys.exit(f"{name}: {done.stderr[-2000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            loads.setdefault(name, []).extend([result.pop("load"), result.pop("load_end")])
            for kind, measured in result.items():
                got.setdefault((name, kind), []).extend(measured["ms"])
            print(json.dumps({"round": round_ + 1, "side": name, "load": loads[name][-2:]}))
    for (name, kind), times in got.items():
        print(json.dumps({
            "side": name, "request": kind, "runs": len(times),
            "p50_ms": round(statistics.median(times)), "p95_ms": round(percentile(times, 0.95)),
            "max_ms": round(max(times)), "load": [min(loads[name]), max(loads[name])],
        }), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
