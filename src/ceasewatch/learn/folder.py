"""Training a model folder from exports, and loading one back (refusing other versions).

A model folder (docs/LEARNING.md):

    manifest.json       format version, versions, sources with hashes, counts, labels, problems
    classifier.joblib   the fitted scikit-learn pipeline
    scores.json         its cross-validated scores on the training rows
    kb/actors/learned.yaml   the export's actors (a ``--kb`` folder)
    gazetteer.tsv       the export's precision-1 places (a ``--gazetteer`` file)

The classifier is a pickle: loading one runs code, so a folder is checked (format version,
scikit-learn version, the file's hash against the manifest) before it is unpickled, and only
folders you built or trust should be loaded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import joblib
import sklearn
from sklearn.pipeline import Pipeline

from ceasewatch import __version__
from ceasewatch.errors import InputError, ModelError
from ceasewatch.knowledge import load_actors
from ceasewatch.learn import classifier
from ceasewatch.learn.acled import MAX_LISTED, FileReport, Row, read_export
from ceasewatch.learn.layers import actor_layer, place_rows, write_actor_layer

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CLASSIFIER = "classifier.joblib"
SCORES = "scores.json"
KB_DIR = "kb"
GAZETTEER = "gazetteer.tsv"


@dataclass(frozen=True)
class LearnedModel:
    """A loaded model folder."""

    folder: Path
    manifest: dict[str, Any]
    pipeline: Pipeline

    @property
    def name(self) -> str:
        return f"{self.folder.name}@{self.manifest['created']}"

    @property
    def kb_dir(self) -> Path | None:
        path = self.folder / KB_DIR
        return path if path.is_dir() else None

    @property
    def gazetteer_file(self) -> Path | None:
        path = self.folder / GAZETTEER
        return path if path.is_file() else None

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return classifier.predict(self.pipeline, texts)


@dataclass(frozen=True)
class TrainReport:
    folder: Path
    files: tuple[FileReport, ...]
    rows: int
    labels: dict[str, int]
    scores: dict[str, Any]
    actors: int
    places: int


def train(
    exports: Sequence[Path],
    out: Path,
    *,
    cross_validate: bool = True,
    extra: Sequence[tuple[list[Row], FileReport]] = (),
) -> TrainReport:
    """Read the exports, fit the classifier, cross-validate it and write the model folder.
    ``extra`` adds rows already read (the archive's corrections, ``learn.archive``).
    Raises ``InputError`` for an unreadable export or one without a required column, and
    when fewer than two sub-event types are left to learn."""
    rows: list[Row] = []
    reports: list[FileReport] = []
    for good, report in [*(read_export(Path(p)) for p in exports), *extra]:
        rows.extend(good)
        reports.append(report)
    labels = Counter(r.sub_event_type for r in rows)
    if len(labels) < 2:
        what = ", ".join([*(str(p) for p in exports), *(r.path for _, r in extra)])
        reason = f"{len(rows)} usable row(s) with {len(labels)} sub-event type(s)"
        raise InputError(what, f"{reason}: a classifier needs at least two")
    texts = [r.notes for r in rows]
    targets = [r.sub_event_type for r in rows]
    scores = classifier.cross_validate(texts, targets) if cross_validate else {"skipped": "off"}
    pipeline = classifier.fit(texts, targets)
    out.mkdir(parents=True, exist_ok=True)
    layers = _write_layers(rows, ", ".join(Path(r.path).name for r in reports), out)
    joblib.dump(pipeline, out / CLASSIFIER)
    _write_json(out / SCORES, scores)
    # The manifest last: a folder whose writing was interrupted fails its hash check.
    _write_json(out / MANIFEST, _manifest(out, reports, labels, layers))
    return TrainReport(
        out, tuple(reports), len(rows), dict(labels), scores, layers["actors"], layers["places"]
    )


def _write_layers(rows: list[Row], source: str, out: Path) -> dict[str, int]:
    """The actor and place layers written into ``out``; their counts for the manifest."""
    builtin = load_actors()
    actors, untyped, known = actor_layer(
        rows, f"ACLED-format export {source} (ceasewatch train)", lambda n: bool(builtin.lookup(n))
    )
    write_actor_layer(actors, out / KB_DIR, source)
    places, imprecise = place_rows(rows)
    header = f"# Places learned from {source} by `ceasewatch train` (GeoNames table format).\n"
    (out / GAZETTEER).write_text(header + "".join(p + "\n" for p in places), encoding="utf-8")
    return {
        "actors": len(actors),
        "untyped_actors": untyped,
        "known_actors": known,
        "places": len(places),
        "imprecise_place_rows": imprecise,
    }


def _manifest(
    out: Path, reports: list[FileReport], labels: Counter[str], layers: dict[str, int]
) -> dict[str, Any]:
    # File names only: a folder shared with others does not carry the trainer's paths.
    problems = [str(replace(p, file=Path(p.file).name)) for r in reports for p in r.problems]
    return {
        "format_version": FORMAT_VERSION,
        "ceasewatch_version": __version__,
        "sklearn_version": sklearn.__version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sources": [
            {
                "file": Path(r.path).name,
                "sha256": r.sha256,
                "rows": r.rows,
                "used": r.used,
                "skipped": r.skipped,
                "unknown_tolls": r.unknown_tolls,
            }
            for r in reports
        ],
        "rows_used": sum(r.used for r in reports),
        "rows_skipped": sum(r.skipped for r in reports),
        "labels": dict(sorted(labels.items())),
        "classifier": {"file": CLASSIFIER, "sha256": _sha256(out / CLASSIFIER)},
        "layers": {"kb": KB_DIR, "gazetteer": GAZETTEER, **layers},
        "problems": problems[:MAX_LISTED],
        "problems_total": len(problems),
    }


def load_model(folder: Path) -> LearnedModel:
    """A model folder, checked before its classifier is unpickled; ``ModelError`` with the
    reason when it is missing, damaged, or of another format or scikit-learn version."""
    where = str(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(where, f"no readable {MANIFEST} ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise ModelError(
            where,
            f"model format {found!r}, this ceasewatch reads {FORMAT_VERSION}: "
            "train it again with this version",
        )
    if manifest.get("sklearn_version") != sklearn.__version__:
        raise ModelError(
            where,
            f"trained with scikit-learn {manifest.get('sklearn_version')}, "
            f"{sklearn.__version__} is installed: train it again (a classifier "
            "pickled by another scikit-learn version may predict differently)",
        )
    path = folder / CLASSIFIER
    expected = manifest.get("classifier", {}).get("sha256")
    if not path.is_file() or _sha256(path) != expected:
        raise ModelError(where, f"{CLASSIFIER} is missing or does not match the manifest's hash")
    pipeline = joblib.load(path)
    if not isinstance(pipeline, Pipeline):
        raise ModelError(where, f"{CLASSIFIER} does not hold a scikit-learn pipeline")
    return LearnedModel(folder, manifest, pipeline)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
