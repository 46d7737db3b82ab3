"""Benchmark: how many agreement verdicts an archive of real reports stores (issue 10).

    python bench/verdict_storage.py [--data DIR] [--voa FILE] [--world FILE] [--keep DIR]

Builds an archive as a user would: the FA-KES articles (text, title, outlet), the CASE 2021
snippets (text alone), the VOA stories (text, title, date, outlet) and the world set's reports
(text alone) are written as JSONL files and fed to ``ceasewatch ingest`` and ``ceasewatch
extract`` in subprocesses. Then it reads the archive back and prints, as JSON: reports, events,
agreements in the catalogue, the pairs a judge-everything design would store (events x
agreements), the verdicts stored (scope first), their share, the verdicts by agreement and by
outcome, each agreement's status with its basis, and the time and peak memory of each step.
No gold is read: only what a user feeding these files would have.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def _jsonl(path: Path, records: list[dict[str, Any]]) -> int:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            line = {k: v for k, v in record.items() if v}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(records)


def build_inputs(data: Path, voa: Path, world: Path, folder: Path) -> dict[str, int]:
    """One JSONL file per source, in the shape a user holding that data would write."""
    counts: dict[str, int] = {}
    with (data / "fakes" / "fakes.csv").open(encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle))
    counts["fakes"] = _jsonl(
        folder / "fakes.jsonl",
        [{"text": r["article_content"], "title": r["article_title"], "source": r["source"]}
         for r in rows],
    )  # fmt: skip
    tsv = data / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    with tsv.open(encoding="utf-8", newline="") as handle:
        snippets = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    counts["case2021"] = _jsonl(
        folder / "case.jsonl", [{"text": r["EventSnippet"]} for r in snippets]
    )
    stories = [json.loads(line) for line in voa.read_text(encoding="utf-8").splitlines() if line]
    counts["voa"] = _jsonl(
        folder / "voa.jsonl",
        [{"text": s["text"], "title": s.get("title"), "published": (s.get("published") or "")[:10],
          "source": "VOA", "url": s.get("url")} for s in stories],
    )  # fmt: skip
    reports = [json.loads(line) for line in world.read_text(encoding="utf-8").splitlines() if line]
    counts["world"] = _jsonl(folder / "world.jsonl", [{"text": r["text"]} for r in reports])
    return counts


def _run(*args: str) -> dict[str, float]:
    """One CLI step in its own process: wall and CPU seconds, peak memory (MB)."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "ceasewatch", *args], capture_output=True, text=True, check=False
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: some items failed, recorded
        raise SystemExit(f"{args[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "wall_s": round(time.perf_counter() - start, 1),
        "cpu_s": round(cpu, 1),
        "peak_mb": round(after.ru_maxrss / 1024),
    }


def read_back(db: Path) -> dict[str, Any]:
    from ceasewatch.assess.status import describe_basis
    from ceasewatch.pipeline import Resources
    from ceasewatch.reassess import catalogue
    from ceasewatch.store import open_store

    store = open_store(db)
    try:
        events = store.events()
        agreements = catalogue(Resources().agreements, store)
        verdicts = store.verdicts()
        articles = store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        statuses = {
            a.id: f"{a.status} as of {a.status_date}"
            + (f" ({describe_basis(a.basis)})" if a.basis else "")
            for a in store.assessments()
        }
    finally:
        store.close()
    pairs = len(events) * len(agreements)
    countries = Counter(e.location.country if e.location else None for e in events)
    return {
        "articles": articles,
        "events": len(events),
        "event_countries": dict(countries.most_common(12)),
        "agreements": len(agreements),
        "every_pair": pairs,
        "verdicts_stored": len(verdicts),
        "share": round(len(verdicts) / pairs, 4) if pairs else 0.0,
        "by_agreement": dict(Counter(v.agreement_id for v in verdicts).most_common()),
        "by_verdict": dict(Counter(v.verdict for v in verdicts).most_common()),
        "statuses": statuses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(os.environ.get("CEASEWATCH_SHARED", REPO.parent / "shared"))
    parser.add_argument("--data", type=Path, default=shared / "data" / "eval")
    parser.add_argument("--voa", type=Path, default=shared / "data/corpus/voa/voa_stories.jsonl")
    parser.add_argument("--world", type=Path, default=REPO / "data/eval/world/world.jsonl")
    parser.add_argument("--keep", type=Path, default=None, help="build the archive here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ceasewatch-verdicts-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "archive.db"
        inputs = build_inputs(args.data, args.voa, args.world, folder)
        files = [str(p) for p in sorted(folder.glob("*.jsonl"))]
        ingest = _run("ingest", "--quiet", "--db", str(db), *files)
        extract = _run("extract", "--quiet", "--db", str(db))
        result = {"inputs": inputs, "ingest": ingest, "extract": extract, **read_back(db)}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
