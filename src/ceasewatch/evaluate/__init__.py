"""Evaluation: score the pipeline against the shared evaluation sets (measuring only).

``evaluate(sets=..., limit=None, data_dir=None)`` runs the chosen sets and returns a typed
``EvaluationReport``; ``ceasewatch evaluate`` prints it, docs/QUALITY.md records it and
tests/test_quality_floors.py pins floors on it. One module per set:

- fakes      FA-KES whole articles: date, governorate, perpetrator, cause, deaths
- case2021   CASE 2021 task 2 snippets: sub-event type
- cameo_ner  ConfliBERT cameo_ner: source/target actor spans
- re3d       Dstl re3d: organisation and location spans, resolution and geocoding rates
- seed_places  the founding report's places against a GeoNames-format fixture
- world      own-words world reports (data/eval/world), fed as text files: events, non-events
- world_heldout  a fresh held-out world set (data/eval/world/heldout.jsonl), all test, same scorer
- world_notes  coder's one-event descriptions (data/eval/world/notes/*.jsonl), same scorer
- world_reports  whole articles with every event they report (data/eval/world/reports/*.jsonl):
               event precision and recall on articles, background recalled, fields per gold event

The harness never changes extraction: it builds Articles from the items, runs
``pipeline.process_many`` (batched, as ``ceasewatch analyze``) and compares. Eval data stay
outside the package.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from ceasewatch.errors import InputError
from ceasewatch.evaluate.cameo_ner import evaluate_cameo_ner
from ceasewatch.evaluate.case2021 import evaluate_case2021
from ceasewatch.evaluate.fakes import evaluate_fakes
from ceasewatch.evaluate.harness import REPO, find_data_dir
from ceasewatch.evaluate.metrics import SPLITS, split_of
from ceasewatch.evaluate.re3d import evaluate_re3d
from ceasewatch.evaluate.report import EvaluationReport, FieldScore, SetReport, to_json, to_markdown
from ceasewatch.evaluate.reports import evaluate_world_reports
from ceasewatch.evaluate.seed_places import evaluate_seed_places
from ceasewatch.evaluate.world import evaluate_world, evaluate_world_heldout, evaluate_world_notes
from ceasewatch.pipeline import Resources

SetRunner = Callable[[Path, Resources, int | None, str], SetReport]

SETS: dict[str, SetRunner] = {
    "fakes": evaluate_fakes,
    "case2021": evaluate_case2021,
    "cameo_ner": evaluate_cameo_ner,
    "re3d": evaluate_re3d,
    "seed_places": evaluate_seed_places,
    "world": evaluate_world,
    "world_heldout": evaluate_world_heldout,
    "world_notes": evaluate_world_notes,
    "world_reports": evaluate_world_reports,
}
# Held-out sets run only when named (``--set world_heldout``): a default run never shows them,
# so nobody watches their numbers move while tuning (data/eval/world/README.md).
HELD_OUT: tuple[str, ...] = ("world_heldout",)
DEFAULT_SETS: tuple[str, ...] = tuple(name for name in SETS if name not in HELD_OUT)


def evaluate(
    sets: Sequence[str] = DEFAULT_SETS,
    limit: int | None = None,
    data_dir: str | Path | None = None,
    resources: Resources | None = None,
    split: str = "all",
) -> EvaluationReport:
    """Run the named sets (all but the held-out ones by default), at most ``limit`` items each
    (a fixed subset).

    ``split`` is ``"dev"`` (the half for error analysis), ``"test"`` (the held-out half, read
    only as numbers) or ``"all"``; an item's half is fixed by a hash of its key
    (``metrics.split_of``, docs/EVALUATION.md).
    """
    unknown = [name for name in sets if name not in SETS]
    if unknown:
        raise InputError(
            ", ".join(unknown), f"unknown evaluation set; choose from {', '.join(SETS)}"
        )
    if split not in SPLITS:
        raise InputError(split, f"unknown split; choose from {', '.join(SPLITS)}")
    if limit is not None and limit < 1:
        raise InputError(str(limit), "--limit must be a positive number of items")
    folder = find_data_dir(data_dir)
    shared = resources or Resources()
    results = tuple(SETS[name](folder, shared, limit, split) for name in sets)
    return EvaluationReport(
        created=dt.datetime.now(dt.UTC).replace(microsecond=0),
        commit=current_commit(),
        data_dir=str(folder),
        limit=limit,
        sets=results,
        split=split,
    )


def current_commit() -> str | None:
    """The repository's HEAD (short hash, "+dirty" when the work tree has changes), if any."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+dirty" if dirty else head


__all__ = [
    "DEFAULT_SETS",
    "HELD_OUT",
    "SETS",
    "SPLITS",
    "EvaluationReport",
    "FieldScore",
    "SetReport",
    "evaluate",
    "find_data_dir",
    "split_of",
    "to_json",
    "to_markdown",
]
