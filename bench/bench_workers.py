"""Benchmark: ``ceasewatch extract`` on Dask with 1 and 2 workers vs the one-process run.

    python bench/bench_workers.py [--limit 200] [--partition 32] [--baseline-blas-threads 1]

All in one run, over the same archive (the first ``--limit`` FA-KES articles ingested as a
user's JSONL would be, into a temporary folder), each mode on its own copy:

- ``one process``: ``ceasewatch.batch.extract_archive`` in this process, the baseline;
- ``1 worker`` / ``2 workers``: ``extract_on_cluster`` on a fresh LocalCluster (processes,
  127.0.0.1, no dashboard) of that many single-threaded workers.

Loading (spaCy, the knowledge base, the gazetteer; for a cluster also starting it and every
worker's Resources) is timed apart; the rate is articles per wall-clock second of the
extraction itself, driver writes included; CPU seconds (the driver's plus every worker's)
show the cost of spreading the work apart from what other jobs on the machine take. Memory:
the baseline's peak resident size (``ru_maxrss``) and each worker's after its run. Scheduler
overhead per partition: the wall time of 200 no-op partitions submitted the same way, divided
by 200. The machine is shared, so the load average is printed beside the numbers: compare
modes within one run only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ceasewatch.archive import ingest_into
from ceasewatch.batch import extract_archive, plan_extraction, stage_versions
from ceasewatch.batch.cluster import connect, extract_on_cluster, warm
from ceasewatch.evaluate.harness import find_data_dir
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store


def build_archive(folder: Path, data: Path, limit: int) -> Path:
    """The first ``limit`` FA-KES articles as JSONL lines, ingested into a fresh archive."""
    import csv

    lines = []
    with (data / "fakes" / "fakes.csv").open(encoding="latin-1", newline="") as handle:
        for row in csv.DictReader(handle):
            record = {"text": row["article_content"], "title": row["article_title"]}
            lines.append(json.dumps({k: v for k, v in record.items() if v}))
            if len(lines) == limit:
                break
    source = folder / "fakes.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "template.db"
    store = open_store(db)
    ingest_into(store, [str(source)])
    store.close()
    return db


def copy(template: Path, name: str) -> Path:
    target = template.with_name(name)
    shutil.copyfile(template, target)
    return target


def one_process(template: Path) -> dict[str, Any]:
    db = copy(template, "one.db")
    started = time.perf_counter()
    resources = Resources()
    _ = (resources.extractor, resources.gazetteer)
    loaded = time.perf_counter() - started
    store = open_store(db)
    plan = plan_extraction(store, stage_versions(resources))
    started, cpu = time.perf_counter(), time.process_time()
    report = extract_archive(store, resources, plan=plan)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": "one process", "articles": report.done + report.failed, "load_s": loaded,
            "extract_s": seconds, "cpu_s": cpu, "memory_mb": [round(peak)],
            "db": str(db)}  # fmt: skip


def baseline(template: Path, blas_threads: int | None) -> dict[str, Any]:
    """The one-process run, with numpy's BLAS on ``blas_threads`` threads if given."""
    if blas_threads is None:
        return one_process(template)
    from threadpoolctl import threadpool_limits  # installed with scikit-learn

    with threadpool_limits(limits=blas_threads, user_api="blas"):
        return one_process(template)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _noop(articles: list[Any], spec: Any) -> list[Any]:
    return []


def on_cluster(template: Path, workers: int, partition: int) -> dict[str, Any]:
    db = copy(template, f"workers-{workers}.db")
    resources = Resources()
    store = open_store(db)
    plan = plan_extraction(store, stage_versions(resources))
    started = time.perf_counter()
    with connect(workers, None) as (client, address):
        from ceasewatch.batch.cluster import spec_of

        client.run(warm, spec_of(resources))
        loaded = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        before = sum(client.run(time.process_time).values())
        report = extract_on_cluster(
            store, resources, plan, client, address=address, partition=partition, prepare=None
        )
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu + sum(client.run(time.process_time).values()) - before
        memory = sorted(round(m) for m in client.run(_peak_mb).values())
        overhead = scheduler_overhead(client) if workers == 2 else None
    store.close()
    return {"mode": f"{workers} worker(s)", "articles": report.done + report.failed,
            "load_s": loaded, "extract_s": seconds, "cpu_s": cpu, "memory_mb": memory,
            "overhead_ms": overhead, "db": str(db)}  # fmt: skip


def scheduler_overhead(client: Any, tasks: int = 200) -> float:
    """Milliseconds of wall time per partition when the partition does nothing."""
    from distributed import wait

    started = time.perf_counter()
    futures = [client.submit(_noop, [i], None, pure=False) for i in range(tasks)]
    wait(futures)
    return (time.perf_counter() - started) / tasks * 1000


def same_events(a: str, b: str) -> bool:
    def events(db: str) -> list[str]:
        store = open_store(db)
        try:
            return sorted(e.model_dump_json() for e in store.events())
        finally:
            store.close()

    return events(a) == events(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--data", default=None)
    parser.add_argument("--partition", type=int, default=32)
    parser.add_argument(
        "--baseline-blas-threads", type=int, default=None,
        help="numpy's BLAS threads in the one-process run (Dask starts workers with 1; "
        "unset, OpenBLAS takes every core, so the baseline is not single-core)",
    )  # fmt: skip
    args = parser.parse_args()
    data = find_data_dir(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        template = build_archive(Path(tmp), data, args.limit)
        results = [baseline(template, args.baseline_blas_threads)]
        for workers in (1, 2):
            results.append(on_cluster(template, workers, args.partition))
        base = results[0]["articles"] / results[0]["extract_s"]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              f"{args.limit} FA-KES articles, partitions of {args.partition}")  # fmt: skip
        print("| mode | articles | loading s | extract s | articles/s | x baseline "
              "| CPU s (driver + workers) | articles per CPU s | memory MB |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|")
        for r in results:
            rate = r["articles"] / r["extract_s"]
            memory = ", ".join(map(str, r["memory_mb"]))
            print(f"| {r['mode']} | {r['articles']} | {r['load_s']:.1f} | {r['extract_s']:.1f} "
                  f"| {rate:.2f} | {rate / base:.2f} | {r['cpu_s']:.1f} "
                  f"| {r['articles'] / r['cpu_s']:.2f} | {memory} |")  # fmt: skip
        print(f"scheduler overhead per partition: {results[2]['overhead_ms']:.1f} ms")
        equal = all(same_events(results[0]["db"], r["db"]) for r in results[1:])
        print(f"stored events equal to the one-process run: {equal}")
    sys.exit(0 if equal else 1)


if __name__ == "__main__":
    main()
