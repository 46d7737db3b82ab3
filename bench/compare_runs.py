"""Is ``ceasewatch extract`` deterministic? Two runs over one archive, compared field by field.

    python bench/compare_runs.py [--limit 400] [--seeds 0 12345] [--workers 0 2]

The first ``--limit`` FA-KES articles are ingested once (as ``bench_workers`` does); each run
extracts its own copy through the CLI in a fresh process, with its own ``PYTHONHASHSEED``
(``random``: unset) and worker count (0: one process). Issue 15 asks that a run on Dask equal
the one-process run exactly, and a result that hangs on the hash seed (set or dict order from
hashed strings, a tie broken by ``hash``) differs between Dask workers, which each draw their
own seed. The first run is the reference; every other one is compared with it: events,
relations, agreement mentions, fused events, verdicts and assessments by id (or by article and
position), every field, and each article's stored country.

Exit code 1 when any run differs; the differences are printed (at most ``--show`` of them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bench_workers import build_archive, copy

from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.store import open_store

Records = dict[str, dict[str, Any]]


def stored(db: str) -> dict[str, Records]:
    """Every stored record ``extract`` writes (fusion and assessment run after it), keyed so that
    two runs line up."""
    store = open_store(db)
    try:
        events = {e.id: e.model_dump(mode="json") for e in store.events()}
        relations = {r.id: r.model_dump(mode="json") for r in store.relations()}
        mentions: Records = {}
        seen: Counter[str] = Counter()
        for m in store.agreement_mentions():  # no id: an article's mentions in stored order
            mentions[f"{m.article_id}#{seen[m.article_id]}"] = m.model_dump(mode="json")
            seen[m.article_id] += 1
        fused = {f.id: f.model_dump(mode="json") for f in store.fused_events()}
        verdicts = {
            f"{v.agreement_id}/{v.event_id}": v.model_dump(mode="json") for v in store.verdicts()
        }
        assessments = {a.id: a.model_dump(mode="json") for a in store.assessments()}
        countries = {
            str(aid): {"country": country}
            for aid, country in store.db.execute("SELECT id, country FROM articles")
        }
    finally:
        store.close()
    return {
        "event": events, "relation": relations, "mention": mentions, "article": countries,
        "fused event": fused, "verdict": verdicts, "assessment": assessments,
    }  # fmt: skip


def field_differences(a: Any, b: Any, path: str = "") -> Iterator[str]:
    """``path: a != b`` for every leaf where two JSON-shaped values differ."""
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        for key in sorted(set(a) | set(b)):
            yield from field_differences(a.get(key), b.get(key), f"{path}.{key}" if path else key)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from field_differences(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"


def differences(reference: dict[str, Records], other: dict[str, Records]) -> list[str]:
    """Every difference between two runs' stored records, one line each."""
    found = []
    for kind in reference:
        a, b = reference[kind], other[kind]
        found += [f"{kind} {k}: only in the reference run" for k in sorted(set(a) - set(b))]
        found += [f"{kind} {k}: only in the other run" for k in sorted(set(b) - set(a))]
        for key in sorted(set(a) & set(b)):
            found += [f"{kind} {key} {d}" for d in field_differences(a[key], b[key])]
    return found


def extract(db: Path, seed: str, workers: int) -> float:
    """Run ``ceasewatch extract`` over ``db`` in a fresh process; its wall seconds."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    if seed != "random":  # unset, each process (every Dask worker too) draws its own
        env["PYTHONHASHSEED"] = seed
    command = [sys.executable, "-m", "ceasewatch", "extract", "--db", str(db), "-q"]
    command += ["--workers", str(workers)] if workers else []
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--data", default=None)
    parser.add_argument("--seeds", nargs="+", default=["0", "12345"])
    parser.add_argument("--workers", nargs="+", type=int, default=[0])
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--keep", default=None, help="folder to keep the databases in")
    args = parser.parse_args()
    data = find_data_dir(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        template = build_archive(folder, data, args.limit)
        runs = [(seed, workers) for workers in args.workers for seed in args.seeds]
        reference: dict[str, Records] | None = None
        failed = False
        for seed, workers in runs:
            db = copy(template, f"seed-{seed}-workers-{workers}.db")
            seconds = extract(db, seed, workers)
            records = stored(str(db))
            counts = ", ".join(f"{len(v)} {k}s" for k, v in records.items())
            print(f"PYTHONHASHSEED={seed} workers={workers}: {seconds:.0f} s, {counts}")
            if reference is None:
                reference = records
                continue
            found = differences(reference, records)
            failed |= bool(found)
            print(f"  {len(found)} differences from the first run")
            for line in found[: args.show]:
                print(f"  {line}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
