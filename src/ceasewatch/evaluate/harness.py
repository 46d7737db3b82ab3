"""What every eval set shares: building articles, running the pipeline, picking the main event.

The harness measures; it never changes what the stages do. Whole reports enter as a user's
would (``user_article``): one JSONL line with the text and the metadata the set itself carries,
through ingest and clean, so the date, title and language are the product's own reading and no
help from the harness. Items are then run through the one loop (``ceasewatch.batch``: extract
with batched parsing, resolve, geocode) exactly as ``ceasewatch extract`` runs them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ceasewatch.batch.loop import BATCH, Outcome, run_batches
from ceasewatch.clean import clean
from ceasewatch.errors import InputError
from ceasewatch.evaluate.report import ItemFailure
from ceasewatch.ingest import ingest_bytes
from ceasewatch.model import Article, Event, Extraction, IngestFailure
from ceasewatch.pipeline import Resources, process_article, process_many

ENV_VAR = "CEASEWATCH_EVAL_DATA"
REPO = Path(__file__).resolve().parents[3]


def find_data_dir(explicit: str | Path | None = None) -> Path:
    """The eval data folder: ``explicit``, else $CEASEWATCH_EVAL_DATA, else ../shared/data/eval.

    The fallback is looked up beside the repository and beside the working directory. A folder
    that was named but does not exist is an error, never a silent skip: a quality gate that
    quietly scores nothing would pass forever.
    """
    named = explicit if explicit is not None else os.environ.get(ENV_VAR)
    if named:
        path = Path(named).expanduser()
        if not path.is_dir():
            source = "--data" if explicit is not None else f"${ENV_VAR}"
            raise InputError(str(path), f"evaluation data folder given by {source} does not exist")
        return path
    candidates = [
        REPO.parent / "shared" / "data" / "eval",
        Path.cwd().parent / "shared" / "data" / "eval",
    ]
    for path in candidates:
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise InputError(
        "evaluation data",
        f"no evaluation data folder found (tried {tried}); pass --data DIR or set ${ENV_VAR}",
    )


def require(path: Path, what: str) -> Path:
    """``path`` if it exists, else an InputError naming the missing evaluation file."""
    if not path.exists():
        raise InputError(str(path), f"missing {what}: the evaluation data folder is incomplete")
    return path


def user_article(key: str, record: dict[str, str | None], origin: str) -> Article | ItemFailure:
    """The Article a user gets for this item: ``record`` (``text`` plus the metadata fields the
    set carries, PRODUCT.md's JSONL contract) as one JSONL line through ingest and clean.

    Only the id is ours (the item key, so results map back to gold; no stage reads it). An item
    the product refuses is an ``ItemFailure``, scored as a miss like a crash.
    """
    line = json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False)
    for doc in ingest_bytes(origin, line.encode("utf-8"), name="items.jsonl"):
        if isinstance(doc, IngestFailure):
            return ItemFailure(item=key, error=f"ingest refused it: {doc.reason}")
        try:
            return clean(doc).model_copy(update={"id": key})
        except InputError as exc:
            return ItemFailure(item=key, error=f"clean refused it: {exc.reason}")
    return ItemFailure(item=key, error="ingest yielded no document")


def make_article(
    item_id: str,
    text: str,
    *,
    origin: str,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
) -> Article:
    """An Article built directly from an eval item, for the span sets only (cameo_ner, re3d):
    their gold is character offsets into the given text, which clean would re-lay; they carry
    no date, and nothing is set here that a user's JSONL line would not give."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=item_id,
        origin=origin,
        title=title,
        published=published,
        source=source,
        language="en",
        word_count=len(text.split()),
        text=text,
        content_hash=digest,
        raw_hash=digest,
    )


@dataclass
class Run:
    """The pipeline's output for a batch of eval items, with failures kept, not dropped."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    failures: list[ItemFailure] = field(default_factory=list)
    seconds: float = 0.0

    def events(self, item_id: str) -> tuple[Event, ...]:
        extraction = self.extractions.get(item_id)
        return extraction.events if extraction is not None else ()


def run_pipeline(
    entries: Sequence[Article | ItemFailure],
    resources: Resources,
    progress: Callable[[int, int], None] | None = None,
    batch: int = BATCH,
) -> Run:
    """The one loop (``ceasewatch.batch.run_batches``: batched parsing, as ``ceasewatch
    extract`` runs) over the articles.

    A crash on one item is recorded and scored as a miss: a batch that raises is redone one
    article at a time, so only the failing item is lost. An article the extractor recorded as
    skipped (its rules failed on it, or it was not read as English) is listed as a failure
    too, as is an item the product refused at ingest or clean.
    """
    run = Run(failures=[e for e in entries if isinstance(e, ItemFailure)])
    articles = [e for e in entries if isinstance(e, Article)]
    fresh = [a for a in articles if _reuse_key(a, resources) not in (_reused or {})]
    # process_many and process_article are looked up here, so a test can stand in for them.
    outcomes = run_batches(fresh, resources, batch=batch, many=process_many, one=process_article)
    for count, outcome in enumerate(outcomes, start=1):
        _keep(outcome, resources, run)
        if progress is not None and (count % batch == 0 or count == len(fresh)):
            progress(count, len(fresh))
    for article in articles:
        if article.id not in run.extractions and _reused is not None:
            kept = _reused.get(_reuse_key(article, resources))
            if kept is not None:
                run.extractions[article.id], seconds = kept
                run.seconds += seconds
    for extraction in run.extractions.values():
        if extraction.skipped is not None:
            run.failures.append(ItemFailure(item=extraction.article_id, error=extraction.skipped))
    return run


def _keep(outcome: Outcome, resources: Resources, run: Run) -> None:
    """One outcome into the run (and the reuse cache); a crash is the item's failure."""
    if outcome.error is not None:
        run.failures.append(ItemFailure(item=outcome.article.id, error=outcome.error))
        return
    run.extractions[outcome.article.id] = outcome.extraction
    run.seconds += outcome.seconds
    if _reused is not None:
        _reused[_reuse_key(outcome.article, resources)] = (outcome.extraction, outcome.seconds)


# Extractions already made inside a ``reusing_runs`` block: (resources, article) -> (extraction,
# its share of the batch's seconds). None outside such a block.
_reused: dict[tuple[int, str, str], tuple[Extraction, float]] | None = None


@contextmanager
def reusing_runs() -> Iterator[None]:
    """Inside this block an article the pipeline already ran (same id, same content, same
    ``Resources``) is not run again. ``ceasewatch evaluate --split each`` scores dev, test and
    then all, and the quality gate scores every set: each item is parsed once, not twice. The
    stages are deterministic, so the scores are the same as without reuse."""
    global _reused
    outer = _reused
    _reused = {} if outer is None else outer
    try:
        yield
    finally:
        _reused = outer


def _reuse_key(article: Article, resources: Resources) -> tuple[int, str, str]:
    digest = hashlib.sha256(article.model_dump_json().encode("utf-8")).hexdigest()
    return id(resources), article.id, digest


def main_event(events: Sequence[Event]) -> Event | None:
    """The article's main event: the one with the most fatalities, else the first reported.

    "First" is by position of the event's sentence (or first evidence span) in the text, so the
    choice does not depend on the order in which the extractor happened to emit events.
    """
    if not events:
        return None
    ordered = sorted(events, key=_position)
    return max(ordered, key=lambda e: e.fatalities or 0)


def _position(event: Event) -> int:
    if event.sentence is not None:
        return event.sentence.start
    return min((span.start for span in event.evidence), default=1 << 30)
