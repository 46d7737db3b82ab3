"""Where the CPU goes in ``extract --workers 2``: the driver's serial share against the workers'.

    python bench/profile_workers.py [--limit 400] [--voa] [--partition 32]

Wall-clock speed-up means little on a shared machine; CPU time does not depend on the other
jobs much. This runs the first ``--limit`` FA-KES articles (``--voa``: the 89 VOA stories
too) once in one process, timing extraction apart from the writes, then on a local cluster
of 2 workers, timing every driver phase in CPU seconds of the driver's main thread (reading
articles, submitting, receiving results, writing) and the driver process as a whole (its
event-loop thread runs the scheduler and unpickles the results), against the workers' CPU.

From these, the expected 2-worker speed-up on 2 free cores (Amdahl: the driver's CPU cannot
be split between the workers): ``one-process CPU / (driver CPU + workers' CPU / 2)``, and
with the driver fully overlapped ``one-process CPU / max(driver, (driver + workers) / 2)``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_workers import _peak_mb, build_archive, copy, same_events

from ceasewatch.archive import ingest_into
from ceasewatch.batch import cluster as cluster_module
from ceasewatch.batch import plan_extraction, run_batches, stage_versions
from ceasewatch.batch.cluster import connect, extract_on_cluster, spec_of, warm
from ceasewatch.batch.extract import planned_articles, stamped
from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store

CPU: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` adding its main-thread CPU seconds to ``CPU[name]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[name] += time.thread_time() - started

    return wrapper


def one_process(template: Path) -> dict[str, float]:
    db = copy(template, "one.db")
    resources = Resources()
    _ = (resources.extractor, resources.gazetteer, resources.model)
    store = open_store(db)
    plan = plan_extraction(store, stage_versions(resources))
    extract = write = 0.0
    started = time.process_time()
    outcomes = run_batches(planned_articles(store, plan), resources)
    while True:
        t = time.process_time()
        outcome = next(outcomes, None)
        extract += time.process_time() - t
        if outcome is None:
            break
        t = time.process_time()
        store.save_extraction(stamped(outcome, plan.versions))
        write += time.process_time() - t
    total = time.process_time() - started
    store.close()
    return {"total": total, "extract+read": extract, "write": write, "db": db}  # type: ignore[dict-item]


def on_cluster(template: Path, partition: int) -> dict[str, Any]:
    db = copy(template, "two.db")
    resources = Resources()
    store = open_store(db)
    plan = plan_extraction(store, stage_versions(resources))
    CPU.clear()
    store.article = timed("read articles", store.article)  # type: ignore[method-assign]
    store.save_extractions = timed("write", store.save_extractions)  # type: ignore[method-assign]
    run = cluster_module._Run
    originals = {name: getattr(run, name) for name in ("submit", "collect", "_save")}
    run.submit = timed("submit", originals["submit"])  # type: ignore[method-assign]
    run.collect = timed("collect (all)", originals["collect"])  # type: ignore[method-assign]
    run._save = timed("save (all)", originals["_save"])  # type: ignore[method-assign]
    sizes: list[int] = []
    try:
        with connect(2, None) as (client, address):
            client.run(warm, spec_of(resources))
            before = client.run(time.process_time)
            proc, main, wall = time.process_time(), time.thread_time(), time.perf_counter()
            report = extract_on_cluster(
                store, resources, plan, client, address=address, partition=partition,
                prepare=None, on_article=None,
            )  # fmt: skip
            wall = time.perf_counter() - wall
            proc, main = time.process_time() - proc, time.thread_time() - main
            after = client.run(time.process_time)
            workers = {w: after[w] - before[w] for w in after}
            memory = sorted(round(m) for m in client.run(_peak_mb).values())
            sizes = _result_sizes(client, store, plan, resources, partition)
    finally:
        for name, fn in originals.items():
            setattr(run, name, fn)
    store.close()
    return {"articles": report.done + report.failed, "driver process": proc,
            "driver main thread": main, "phases": dict(CPU), "workers": workers,
            "memory": memory, "wall": wall, "db": db, "sizes": sizes}  # fmt: skip


def _result_sizes(
    client: Any, store: Any, plan: Any, resources: Resources, partition: int
) -> list[int]:
    """Bytes and unpickle CPU of one partition's result (what the driver receives)."""
    part = []
    for article in planned_articles(store, plan.__class__(versions=plan.versions, everything=True)):
        part.append(article)
        if len(part) == partition:
            break
    result = client.submit(cluster_module.run_partition, part, spec_of(resources)).result()
    blob = pickle.dumps(result)
    started = time.process_time()
    for _ in range(5):
        pickle.loads(blob)
    return [len(blob), round((time.process_time() - started) / 5 * 1000, 2)]


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 2) for k, v in values.items()}


def add_voa(template: Path) -> None:
    voa = find_data_dir(None).parent / "corpus" / "voa" / "voa_stories.jsonl"
    store = open_store(template)
    ingest_into(store, [str(voa)])
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--partition", type=int, default=cluster_module.PARTITION)
    parser.add_argument("--voa", action="store_true")
    parser.add_argument("--keep", default=None, help="keep the archives in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        template = build_archive(folder, find_data_dir(None), args.limit)
        if args.voa:
            add_voa(template)
        load = os.getloadavg()
        one = one_process(template)
        two = on_cluster(template, args.partition)
        equal = same_events(one["db"], two["db"])  # type: ignore[arg-type]
    workers = sum(two["workers"].values())
    driver = two["driver process"]
    t1 = one["total"]
    amdahl = t1 / (driver + workers / 2)
    overlap = t1 / max(driver, (driver + workers) / 2)
    print(json.dumps({"load average before / after": [load[0], os.getloadavg()[0]],
                      "articles": two["articles"], "partition": args.partition,
                      "one process CPU s": {k: round(v, 2) for k, v in one.items() if k != "db"},
                      "2 workers: driver process CPU s": round(driver, 2),
                      "2 workers: driver main thread CPU s": round(two["driver main thread"], 2),
                      "2 workers: driver phases CPU s": _rounded(two["phases"]),
                      "2 workers: workers CPU s": [round(v, 2) for v in two["workers"].values()],
                      "2 workers: wall s": round(two["wall"], 1),
                      "serial fraction (driver / all CPU)": round(driver / (driver + workers), 3),
                      "expected 2-worker speed-up, Amdahl": round(amdahl, 2),
                      "expected 2-worker speed-up, driver overlapped": round(overlap, 2),
                      "peak RSS per worker MB": two["memory"],
                      "one partition's result: bytes, unpickle ms": two["sizes"],
                      "stored events equal": equal}, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
