"""Benchmark: ingest and extract on SQLite and on PostgreSQL, in the same run.

    python bench/bench_backends.py [--articles 200] [--data DIR] [--rounds 1] [--chunk 100]
        [--steps ingest,extract] [--json OUT]

The first N FA-KES articles (``fakes/fakes.csv`` of the evaluation data, as a user would feed
them: title, text and outlet as JSONL) are ingested into a fresh archive of each backend
(``ceasewatch.archive.ingest_into``: reading, cleaning, story matching, storing), then extracted
(``ceasewatch.cli.events.extract_archive``: extract, resolve, geocode, store). The work other
than storing is the same on both, so the difference between the rates is the store's.

Rates are articles per CPU second (the machine is shared: wall time would also count the time
other jobs held a core). For PostgreSQL the server's CPU counts too: the backend processes of
the throw-away cluster started here (``tests/pg.py``, PostgreSQL's default durability settings:
fsync on, as SQLite's WAL with its default synchronous=FULL) are read from /proc before and
after. The SQLite archive is a file in a temporary folder. ``CEASEWATCH_TEST_PG`` names a server
to use instead (its CPU is then not counted: "server" shows 0).
Knowledge base, spaCy and gazetteer are loaded before any clock starts.

Ingest alternates the backends every ``--chunk`` articles within a round (ABBA...), so both
meet the same minutes of a shared machine's load, and ends each archive with a checkpoint
(``one_round``). Everything written in the temporary folder (the feed, the SQLite archives)
is removed at the end, as are the cluster and its databases.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "src"), str(REPO)]

from tests import pg  # noqa: E402

from ceasewatch.archive import ingest_into  # noqa: E402
from ceasewatch.cli.events import extract_archive  # noqa: E402
from ceasewatch.pipeline import Resources  # noqa: E402
from ceasewatch.store import open_store  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Rate:
    backend: str
    step: str  # ingest | extract
    articles: int
    wall_seconds: float
    client_cpu: float  # this process
    server_cpu: float  # the PostgreSQL backends (0 for SQLite)

    @property
    def cpu(self) -> float:
        return self.client_cpu + self.server_cpu

    @property
    def per_cpu_second(self) -> float:
        return self.articles / max(self.cpu, 1e-9)


def fakes_jsonl(data: Path, n: int, out: Path) -> int:
    with (data / "fakes" / "fakes.csv").open(encoding="latin-1", newline="") as handle:
        rows = [r for _, r in zip(range(n), csv.DictReader(handle), strict=False)]
    with out.open("w", encoding="utf-8") as sink:
        for row in rows:
            item = {"text": row["article_content"], "title": row["article_title"] or None}
            item["source"] = row["source"] or None
            sink.write(json.dumps({k: v for k, v in item.items() if v}) + "\n")
    return len(rows)


def cluster_cpu(server: pg.Server | None) -> float:
    """CPU seconds used so far by the throw-away cluster: the postmaster, its live children and
    the children it has reaped."""
    if server is None or server.folder is None:
        return 0.0
    master = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == master:
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif ppid == master:
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def measure(backend: str, step: str, n: int, server: pg.Server | None, work) -> Rate:  # type: ignore[no-untyped-def]
    wall, cpu, srv = time.perf_counter(), time.process_time(), cluster_cpu(server)
    work()
    return Rate(
        backend,
        step,
        n,
        time.perf_counter() - wall,
        time.process_time() - cpu,
        cluster_cpu(server) - srv if backend == "postgresql" else 0.0,
    )


def split_feed(feed: Path, size: int) -> list[Path]:
    """``feed`` cut into files of ``size`` lines (chunks), beside it."""
    lines = feed.read_text(encoding="utf-8").splitlines(keepends=True)
    chunks = []
    for k, first in enumerate(range(0, len(lines), size)):
        chunk = feed.with_name(f"{feed.stem}-{k}.jsonl")
        chunk.write_text("".join(lines[first : first + size]), encoding="utf-8")
        chunks.append(chunk)
    return chunks


def checkpoint(backend: str, store) -> None:  # type: ignore[no-untyped-def]
    """What the writes left in the log written into the archive's files: SQLite's WAL
    checkpoint, PostgreSQL's CHECKPOINT (its checkpointer's CPU counts as the server's)."""
    if backend == "sqlite":
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        with contextlib.suppress(Exception):  # CEASEWATCH_TEST_PG's role may not
            store.db.execute("CHECKPOINT")


def one_round(
    chunks: list[Path],
    n: int,
    resources: Resources,
    server: pg.Server,
    tmp: Path,
    steps: set[str],
    pg_first: bool = False,
) -> list[Rate]:
    """Each step on both backends; ``pg_first`` runs PostgreSQL's first (rounds alternate, so
    neither backend always meets the warmer caches or the quieter minute).

    Ingest takes the feed chunk by chunk, the backends alternating at every chunk (ABBA...),
    so both meet the same minutes of the machine's load; each archive then gets a checkpoint
    (measured: writing the log into the archive's files is part of storing). PostgreSQL's
    server CPU is counted over the whole step, the other backend's turns included: what its
    background processes do for the writes counts wherever it falls. A CHECKPOINT before the
    round (not measured) leaves nothing of the rounds before it to be paid in this one."""
    rates = []
    targets = {"sqlite": str(tmp / f"archive-{time.monotonic_ns()}.db"), "postgresql": ""}
    targets["postgresql"] = server.fresh_database()
    order = ["postgresql", "sqlite"] if pg_first else ["sqlite", "postgresql"]
    stores = {name: open_store(targets[name]) for name in order}
    checkpoint("postgresql", stores["postgresql"])
    wall = dict.fromkeys(order, 0.0)
    cpu = dict.fromkeys(order, 0.0)
    srv = cluster_cpu(server)
    for k, chunk in enumerate(chunks):
        for name in order if k % 2 == 0 else order[::-1]:
            store = stores[name]
            started, used = time.perf_counter(), time.process_time()
            ingest_into(store, [str(chunk)])
            if k == len(chunks) - 1:
                checkpoint(name, store)
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - used
    srv = cluster_cpu(server) - srv
    for name in order:
        server_cpu = srv if name == "postgresql" else 0.0
        rates.append(Rate(name, "ingest", n, wall[name], cpu[name], server_cpu))
    for name, store in stores.items():
        if "extract" in steps:
            rates.append(
                measure(name, "extract", n, server, lambda s=store: extract_archive(s, resources))
            )
    archived = {name: store.count_articles() for name, store in stores.items()}
    assert len(set(archived.values())) == 1, f"the same articles on both backends: {archived}"
    counts = {name: len(store.events()) for name, store in stores.items()}
    assert len(set(counts.values())) == 1, f"the same events on both backends: {counts}"
    for store in stores.values():
        store.close()
    server.drop(targets["postgresql"])
    for suffix in ("", "-wal", "-shm"):
        Path(targets["sqlite"] + suffix).unlink(missing_ok=True)
    return rates


def summary(step: str, rates: list[Rate]) -> str:
    """PostgreSQL's time over SQLite's, round by round (the two ran minutes apart at most):
    each round's ratio of CPU (client + server) and of wall time, their medians and ranges."""
    pairs = list(zip(rates[0::2], rates[1::2], strict=True))
    by = [{r.backend: r for r in pair} for pair in pairs]
    cpu = [p["postgresql"].cpu / p["sqlite"].cpu for p in by]
    wall = [p["postgresql"].wall_seconds / p["sqlite"].wall_seconds for p in by]
    return (
        f"{step}: PostgreSQL takes {statistics.median(cpu):.2f}x SQLite's CPU (rounds "
        f"{', '.join(f'{x:.2f}' for x in cpu)}) and {statistics.median(wall):.2f}x its wall time"
        f" (rounds {', '.join(f'{x:.2f}' for x in wall)}), medians of {len(by)} round(s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--rounds", type=int, default=2, help="Medians of these (backends alternate first)."
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("CEASEWATCH_EVAL_DATA", "/work/shared/data/eval")),
    )
    parser.add_argument("--json", type=Path, default=None, help="Write the measurements here.")
    parser.add_argument(
        "--chunk", type=int, default=100, help="Ingest: articles per turn (backends alternate)."
    )
    parser.add_argument(
        "--steps", default="ingest,extract", help="Comma-separated: ingest, extract (ingest only "
        "is quick: the store's share of ingest is what differs between the backends)."
    )  # fmt: skip
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-backends-"))
    try:
        run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # the feed and the SQLite archives


def run(args: argparse.Namespace, tmp: Path) -> None:
    feed = tmp / "fakes.jsonl"
    n = fakes_jsonl(args.data, args.articles, feed)
    chunks = split_feed(feed, args.chunk)
    resources = Resources()
    warm = open_store(":memory:")  # spaCy, knowledge base, gazetteer: loaded before any clock
    steps = set(args.steps.split(","))
    ingest_into(warm, [str(feed)])
    if "extract" in steps:
        extract_archive(warm, resources)
    warm.close()
    rates: list[Rate] = []
    load = [os.getloadavg()[0]]
    with pg.server(durable=True) as server:
        for index in range(args.rounds):
            rates += one_round(chunks, n, resources, server, tmp, steps, pg_first=index % 2 == 1)
            load.append(os.getloadavg()[0])
    print(f"{n} FA-KES articles; rates in articles per CPU second (client + server)")
    print(
        "load average (1 min) before and after each round: " + ", ".join(f"{x:.1f}" for x in load)
    )
    head = ("step", "backend", "wall s", "client cpu", "server cpu", "art/cpu-s")
    print(f"{head[0]:8} {head[1]:11} {head[2]:>8} {head[3]:>11} {head[4]:>11} {head[5]:>10}")
    for r in rates:
        print(
            f"{r.step:8} {r.backend:11} {r.wall_seconds:8.2f} {r.client_cpu:11.2f} "
            f"{r.server_cpu:11.2f} {r.per_cpu_second:10.1f}"
        )
    for step in sorted(steps, reverse=True):
        print(summary(step, [r for r in rates if r.step == step]))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(r) | {"per_cpu_second": r.per_cpu_second} for r in rates], indent=2)
        )


if __name__ == "__main__":
    main()
