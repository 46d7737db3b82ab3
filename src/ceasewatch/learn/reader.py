"""The default reader: a sub-event classifier trained from the project's own corpus.

The rules (``ceasewatch.extract``) were written from a few writers' wording and transfer
poorly to a writer nobody tuned them to; a classifier trained on many writers' descriptions
(``data/train/*.jsonl``, written for training only, never an evaluation file) reads the
wording the rules miss. It runs after the rules when setting ``learn.default_reader`` is 1
(the default since session 30, docs/quality/reader30.md; ``--model`` replaces it with an
analyst's own model) and decides under the policy of
``learn.apply.decide_default``: both types are kept on the event either way.

Shipping: the corpus is bundled as JSONL, never a pickle. The classifier is fitted at first
use (a few seconds) and cached in the user's cache folder under a key of the corpus bytes,
the recipe and scikit-learn's version, so a fresh install with the lock file's versions
fits the same model, and a changed corpus or library is never served a stale one. Fitting
is deterministic (lbfgs over the corpus in a fixed order: file names, then lines). When
scikit-learn cannot be imported, the corpus is missing or fitting fails, ``load_reader``
returns ``Unavailable`` with the reason and the rules' types stand.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ceasewatch.learn.text import masked
from ceasewatch.model import SUB_EVENT_TO_TYPE

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

# Fits already loaded in this process, by cache path (the path's key names the corpus bytes,
# the recipe and scikit-learn's version, so a hit is the same fit): every ``Resources`` of a
# process (a test session builds dozens, a server one per job) shares one load instead of
# unpickling ~10 MB again (1.5-3.5 s under load) or, where the cache cannot be written, refitting.
_LOADED: dict[Path, Pipeline] = {}

NO_EVENT = "no event"  # the label of the corpus's non-event rows, for recipes that learn it


@dataclass(frozen=True)
class Recipe:
    """How the reader is fitted and what it reads. The name is in the cache key: give a
    changed recipe a new name, so an old cached fit is never reused by a new recipe."""

    name: str
    mask: bool = False  # dates, figures, datelines and bracketed names masked (learn.text)
    balanced: bool = False  # labels weighed by the inverse of their frequency
    c: float = 10.0  # inverse regularisation of the logistic regression
    non_events: bool = False  # the corpus's non-event rows learnt as NO_EVENT

    def read(self, text: str) -> str:
        return masked(text) if self.mask else text


RECIPES = {
    r.name: r
    for r in (
        Recipe("reader.v1"),
        Recipe("reader.v2-mask", mask=True),
        Recipe("reader.v2-mask-bal", mask=True, balanced=True),
        Recipe("reader.v2-mask-bal-c3", mask=True, balanced=True, c=3.0),
        Recipe("reader.v2-mask-bal-nonev", mask=True, balanced=True, non_events=True),
    )
}
# reader.v2-mask-bal: on the dev halves of notesd/e/n/o/p and world it overruled the rules
# where v1 did and more, and lost nothing on world (docs/QUALITY.md, reader29).
RECIPE = RECIPES["reader.v2-mask-bal"]
CORPUS_DIR = Path(__file__).resolve().parents[3] / "data" / "train"
CORPUS_ENV = "CEASEWATCH_TRAIN_DATA"
# Fewer rows than this per label cannot teach the label anything worth overriding rules with.
MIN_ROWS = 20


@dataclass(frozen=True)
class Reader:
    """A fitted reader: the pipeline and what it was fitted from."""

    pipeline: Pipeline
    key: str  # the cache key: corpus, recipe and scikit-learn version
    rows: int
    recipe: Recipe = RECIPE

    @property
    def name(self) -> str:
        return f"default-reader@{self.key}"

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, every known sub-event type's probability (and NO_EVENT's, when the
        recipe learns it)."""
        if not texts:
            return []
        table = self.pipeline.predict_proba([self.recipe.read(t) for t in texts])
        classes = [str(c) for c in self.pipeline.classes_]
        return [dict(zip(classes, map(float, row), strict=True)) for row in table]


@dataclass(frozen=True)
class Unavailable:
    """Why there is no reader; the rules' types stand."""

    reason: str


def corpus_folder() -> Path:
    """``$CEASEWATCH_TRAIN_DATA`` when set, else the repository's ``data/train``."""
    override = os.environ.get(CORPUS_ENV)
    return Path(override) if override else CORPUS_DIR


def read_corpus(folder: Path, non_events: bool = False) -> tuple[list[str], list[str], list[Path]]:
    """The texts and sub-event types of every event record of ``folder/*.jsonl`` (name order,
    then line order: the fit is deterministic), and the files read. Records with a type the
    codebook does not know are left out, and so are non-events unless ``non_events`` (then
    labelled NO_EVENT)."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    texts: list[str] = []
    labels: list[str] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = _row(line, non_events)
            if row is not None:
                texts.append(row[0])
                labels.append(row[1])
    return texts, labels, files


def _row(line: str, non_events: bool = False) -> tuple[str, str] | None:
    try:
        record = json.loads(line) if line.strip() else None
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    text = record.get("text")
    if non_events and record.get("event") is None and record.get("category") != "event":
        return (text, NO_EVENT) if isinstance(text, str) and text.strip() else None
    if not isinstance(record.get("event"), dict):
        return None
    sub = record["event"].get("sub_event_type")
    if not isinstance(text, str) or not text.strip() or sub not in SUB_EVENT_TO_TYPE:
        return None
    return text, sub


def cache_key(files: Sequence[Path], sklearn_version: str, recipe: Recipe = RECIPE) -> str:
    digest = hashlib.sha256(f"{recipe.name}\0{sklearn_version}\0".encode())
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("ceasewatch"))


def load_reader(
    folder: Path | None = None, cache_dir: Path | None = None, recipe: Recipe = RECIPE
) -> Reader | Unavailable:
    """The reader fitted on ``folder`` (default ``corpus_folder()``): from the cache when a fit
    of the same corpus, recipe and scikit-learn version is there, else fitted now and cached
    (in memory only when the cache folder cannot be written)."""
    try:
        import joblib
        import sklearn
    except Exception as exc:  # an install without scikit-learn, or a broken one
        return Unavailable(f"scikit-learn could not be imported ({exc})")
    folder = folder or corpus_folder()
    try:
        texts, labels, files = read_corpus(folder, recipe.non_events)
    except OSError as exc:
        return Unavailable(f"training corpus {folder} unreadable ({exc})")
    if len(texts) < MIN_ROWS or len(set(labels)) < 2:
        return Unavailable(f"training corpus {folder}: {len(texts)} event record(s), too few")
    key = cache_key(files, sklearn.__version__, recipe)
    path = (cache_dir or default_cache_dir()) / f"reader-{key}.joblib"
    cached = _LOADED.get(path) or _cached(path, joblib)
    if cached is not None:
        _LOADED[path] = cached
        return Reader(cached, key, len(texts), recipe)
    try:
        pipeline = fit(texts, labels, recipe)
    except Exception as exc:  # a fit that fails must not take extraction down
        return Unavailable(f"fitting the reader failed ({type(exc).__name__}: {exc})")
    _store(path, pipeline, joblib)
    _LOADED[path] = pipeline
    return Reader(pipeline, key, len(texts), recipe)


def fit(texts: Sequence[str], labels: Sequence[str], recipe: Recipe = RECIPE) -> Pipeline:
    from ceasewatch.learn import classifier

    pipeline = classifier.build(recipe.c, recipe.balanced)
    pipeline.fit([recipe.read(t) for t in texts], list(labels))
    return pipeline


def _cached(path: Path, joblib: Any) -> Pipeline | None:
    """The cached fit at ``path``; None when absent or unreadable (it is fitted again)."""
    from sklearn.pipeline import Pipeline

    if not path.is_file():
        return None
    try:
        pipeline = joblib.load(path)
    except Exception as exc:  # a truncated or foreign file: fit again rather than fail
        log.warning("cached reader %s unreadable (%s): fitting again", path, exc)
        return None
    return pipeline if isinstance(pipeline, Pipeline) else None


def _store(path: Path, pipeline: Pipeline, joblib: Any) -> None:
    """Write atomically (a temporary file renamed), so a concurrent reader never sees half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
            joblib.dump(pipeline, tmp.name)
        os.replace(tmp.name, path)
    except OSError as exc:
        log.warning("reader not cached at %s (%s): kept in memory", path, exc)
