"""Benchmark: gazetteer lookups (names/s) and the gazetteer's memory.

    python bench/bench_gazetteer.py [--repeat N] [--data DIR]

The names are realistic queries, not the gazetteer's own spellings: every distinct Location
span of the re3d documents (places as Syria/Iraq reports write them, many not in any
gazetteer) plus the names of the 283 Syrian towns of GeoNames cities1000
(../shared/data/gazetteer/geonames_sy). Each worker runs in a fresh subprocess on one core:

- ``lookup``: ``Gazetteer.lookup(name)``, the exact/variant/skeleton index query;
- ``lookup-sy``: the same restricted to Syria (``countries=("SY",)``), as geocode asks;
- ``fuzzy-sy``: ``Gazetteer.fuzzy(name, ("SY",))``, the slow path for a misspelt name;
- ``build``: building the built-in world index from the package's data into a fresh folder
  (what a first run after install or upgrade pays once); "load s" is the build time.

Loading (opening or building the built-in index) is timed apart; peak memory is ``ru_maxrss``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass

MODES = ("lookup", "lookup-sy", "fuzzy-sy", "build")


@dataclass(frozen=True)
class Measurement:
    mode: str
    names: int
    found: int
    load_seconds: float
    seconds: float
    peak_mb: float

    @property
    def names_per_s(self) -> float:
        return self.names / self.seconds if self.seconds else 0.0


def query_names(data_dir: str | None) -> list[str]:
    from ceasewatch.evaluate.harness import find_data_dir
    from ceasewatch.evaluate.re3d import load

    folder = find_data_dir(data_dir)
    names = {i.article.text[s.start : s.end] for i in load(folder) for s in i.locations}
    towns = folder.parent / "gazetteer" / "geonames_sy" / "rg_cities1000_SY.csv"
    if towns.exists():
        with towns.open(encoding="utf-8", newline="") as handle:
            names |= {row["name"] for row in csv.DictReader(handle)}
    return sorted(n for n in names if n.strip())


def build_worker() -> Measurement:
    import tempfile
    from pathlib import Path

    from ceasewatch.knowledge.geonames import build_builtin_index

    with tempfile.TemporaryDirectory(prefix="ceasewatch-bench-") as tmp:
        began = time.perf_counter()
        build_builtin_index(Path(tmp) / "builtin.sqlite")
        seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Measurement("build", 0, 0, seconds, 0.0, peak)


def worker(mode: str, data_dir: str | None, repeat: int) -> Measurement:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if mode == "build":
        return build_worker()
    names = query_names(data_dir)
    began = time.perf_counter()
    from ceasewatch.geocode import load_gazetteer

    gazetteer = load_gazetteer()
    gazetteer.lookup("Damascus")  # first query warms the index's caches
    if mode == "fuzzy-sy":
        gazetteer.fuzzy("Damascus", ("SY",))
    loaded = time.perf_counter()
    found = 0
    for _ in range(repeat):
        for name in names:
            if mode == "lookup":
                hits = gazetteer.lookup(name)
            elif mode == "lookup-sy":
                hits = gazetteer.lookup(name, countries=("SY",))
            else:
                hits = gazetteer.fuzzy(name, ("SY",))
            found += bool(hits)
    done = time.perf_counter()
    return Measurement(
        mode=mode,
        names=len(names) * repeat,
        found=found,
        load_seconds=loaded - began,
        seconds=done - loaded,
        peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def measure(mode: str, data_dir: str | None, repeat: int) -> Measurement:
    command = [sys.executable, __file__, "--worker", mode, "--repeat", str(repeat)]
    if data_dir:
        command += ["--data", data_dir]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} worker failed:\n{done.stderr[-3000:]}")
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def table(results: list[Measurement]) -> str:
    lines = [
        "| query | names | found | names/s | load s | peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.mode} | {r.names} | {r.found} | {r.names_per_s:.0f} | "
            f"{r.load_seconds:.1f} | {r.peak_mb:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--data", default=None, help="eval data folder (default as `evaluate`)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the name list")
    parser.add_argument("--mode", choices=MODES, action="append", help="run only this query")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(asdict(worker(args.worker, args.data, args.repeat))))
        return
    print(table([measure(mode, args.data, args.repeat) for mode in (args.mode or MODES)]))


if __name__ == "__main__":
    main()
