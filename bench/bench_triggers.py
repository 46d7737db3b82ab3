"""What the count tables' triggers cost an extraction's save: events/s of ``save_extractions``
(batches of 32 articles, as the Dask driver writes a partition) into a fresh archive, and of a
second save of the same articles (a re-extraction finding the same events), and of a third
with every event's fatalities changed (each event's row deleted and written again), with
the triggers as shipped, without migration 0018's (change counts, map month counts), and
without any count table's (0011 map counts, 0013 event counts, 0018), alternating in one run.

    python bench/bench_triggers.py --db /tmp/trig.db --events 20000 --rounds 2
    python bench/bench_triggers.py --db postgresql://postgres@127.0.0.1:5432/postgres ...

A PostgreSQL URL names a server: each run gets a new database on it (dropped afterwards).

Each phase reports events per wall second and per CPU second: this process's CPU, plus, on
PostgreSQL, the CPU of the server process serving the store's connection (read from /proc,
so the server must run on this machine; otherwise its share is 0). On a shared machine the CPU
rate is the better measure: wall time also counts the time other jobs held a core.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_synthetic import articles, drop_triggers, store_articles, triggers

from ceasewatch.model import Extraction, Verdict
from ceasewatch.store import open_store
from ceasewatch.store.base import AssessmentRun

BATCH = 32  # articles per save_extractions
TICK = os.sysconf("SC_CLK_TCK")
# trigger name prefixes dropped per variant
VARIANTS: dict[str, tuple[str, ...]] = {
    "shipped": (),
    "without 0018": ("change_counts_", "map_month_counts_"),
    "without count tables": ("change_counts_", "map_month_counts_", "map_counts_", "event_counts_"),
    "without 0025": ("actor_months_", "verdict_days_"),
    "without 0023-0025": (
        "actor_months_", "verdict_days_", "verdict_months_", "verdict_totals_", "breach_counts_",
    ),
}  # fmt: skip
AGREEMENTS = ("bench-a", "bench-b")  # the re-assessment's agreements: a verdict per event each


def _drop(store, prefixes: tuple[str, ...], postgres: bool) -> None:
    if not prefixes:
        return
    found = [
        t for table in ("events", "verdicts") for t in triggers(store.db, postgres, prefixes, table)
    ]
    with store.transaction() as db:
        drop_triggers(db, found, postgres)


def _archive(base: str, tag: str) -> tuple[str, object]:
    """A fresh archive: (url or path, cleanup)."""
    if not base.startswith("postgresql://"):
        path = f"{base}.{tag}"
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        return path, lambda: [
            os.remove(path + s) for s in ("", "-wal", "-shm") if os.path.exists(path + s)
        ]
    import psycopg

    name = f"trig_{tag}_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name}")

    return base.rsplit("/", 1)[0] + "/" + name, drop


def _server_cpu(pid: int | None) -> float:
    """CPU seconds used so far by the PostgreSQL backend ``pid`` (0 when not on this machine)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def run(base: str, variant: str, n_events: int, seed: int) -> dict[str, float]:
    url, cleanup = _archive(base, variant.replace(" ", "_").replace("-", "_"))
    store = open_store(url)
    try:
        _drop(store, VARIANTS[variant], url.startswith("postgresql://"))
        made = list(articles(random.Random(seed), n_events))
        store_articles(store, made)
        extractions = [
            Extraction(article_id=a.id, stage="bench", events=tuple(es)) for a, es in made
        ]
        pid = None
        if url.startswith("postgresql://"):
            pid = int(store.db.execute("SELECT pg_backend_pid()").fetchone()[0])
        changed = [  # every event's row changes: each is deleted and written again
            x.model_copy(update={"events": tuple(
                e.model_copy(update={"fatalities": (e.fatalities or 0) + 1}) for e in x.events
            )})
            for x in extractions
        ]  # fmt: skip
        out = {}
        for phase, saved in (
            ("first save", extractions),
            ("re-save", extractions),
            ("changed", changed),
        ):
            started, cpu, server = time.perf_counter(), time.process_time(), _server_cpu(pid)
            for i in range(0, len(saved), BATCH):
                store.save_extractions(saved[i : i + BATCH])
            out[phase] = n_events / (time.perf_counter() - started)
            used = time.process_time() - cpu + _server_cpu(pid) - server
            out[f"{phase} cpu"] = n_events / max(used, 1e-9)
        # a re-assessment of every event by two agreements, twice (the second replaces the
        # first's verdicts): rates per verdict written
        ids = [e.id for x in changed for e in x.events]
        for phase, kind in (("assessed", "violation"), ("re-assessed", "permitted")):
            verdicts = [
                Verdict(event_id=i, agreement_id=a, verdict=kind, reason="bench")
                for i in ids
                for a in AGREEMENTS
            ]
            started, cpu, server = time.perf_counter(), time.process_time(), _server_cpu(pid)
            store.save_assessment_run(AssessmentRun(verdicts=verdicts, rejudged_events=ids))
            out[phase] = len(verdicts) / (time.perf_counter() - started)
            used = time.process_time() - cpu + _server_cpu(pid) - server
            out[f"{phase} cpu"] = len(verdicts) / max(used, 1e-9)
        return out
    finally:
        store.close()
        cleanup()  # type: ignore[operator]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path prefix or PostgreSQL URL")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", action="append", default=[], help="variants to run")
    args = parser.parse_args()
    variants = args.only or list(VARIANTS)
    for r in range(1, args.rounds + 1):
        for variant in variants if r % 2 else variants[::-1]:  # no variant always first
            load = os.getloadavg()[0]
            rates = run(args.db, variant, args.events, seed=r)
            cells = ", ".join(
                f"{k} {rates[k]:,.0f} events/s ({rates[k + ' cpu']:,.0f} per CPU s)"
                for k in ("first save", "re-save", "changed")
            )
            cells += ", " + ", ".join(
                f"{k} {rates[k]:,.0f} verdicts/s ({rates[k + ' cpu']:,.0f} per CPU s)"
                for k in ("assessed", "re-assessed")
            )
            print(f"round {r} | {variant} | {cells} | load {load:.1f}", flush=True)


if __name__ == "__main__":
    main()
