"""The one loop that runs stages 3-5 over many articles: in batches (spaCy parses a batch much
faster than its articles one by one), with a per-article fallback when a batch raises, so that
only the bad article is recorded as failed, with its reason.

Every caller (``ceasewatch extract``, the desk's ingest jobs, ``evaluate``, the Dask workers)
runs articles through ``run_batches`` and decides itself what to do with each ``Outcome``:
save it, score it, show it. The loop writes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ceasewatch.model import Article, Extraction

if TYPE_CHECKING:
    from ceasewatch.pipeline import Resources

# Articles handed to ``process_many`` at once: large enough for spaCy's batched parsing to pay,
# small enough that a batch that raises costs little to redo one article at a time.
BATCH = 64

Many = Callable[[Sequence[Article], "Resources"], Iterable[Extraction]]
One = Callable[[Article, "Resources"], Extraction]


@dataclass(frozen=True)
class Outcome:
    """One article's result. ``error`` names what the stages raised on it (its extraction is
    then a skipped one saying so); ``seconds`` is its share of its batch's time."""

    article: Article
    extraction: Extraction
    error: str | None = None
    seconds: float = 0.0


def chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``items`` in lists of ``size``, read lazily (an archive is never held whole)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def run_batches(
    articles: Iterable[Article],
    resources: Resources,
    *,
    batch: int = BATCH,
    many: Many | None = None,
    one: One | None = None,
) -> Iterator[Outcome]:
    """Stages 3-5 over ``articles``, ``batch`` at a time; one ``Outcome`` per article, a batch's
    outcomes in the batch's order. ``many``/``one`` default to ``process_many`` and
    ``process_article`` (callers that measure pass their own)."""
    from ceasewatch.pipeline import process_article, process_many

    for chunk in chunks(articles, batch):
        started = time.perf_counter()
        results = run_batch(chunk, resources, many or process_many, one or process_article)
        share = (time.perf_counter() - started) / len(chunk)
        for article, extraction, error in results:
            yield Outcome(article, extraction, error, share)


def run_batch(
    articles: Sequence[Article], resources: Resources, many: Many, one: One
) -> list[tuple[Article, Extraction, str | None]]:
    """The batch at once; when it raises, article by article, so only the bad one fails. An
    article the batch left without a result is run alone too."""
    by_id = {a.id: a for a in articles}
    try:
        found = {x.article_id: x for x in many(articles, resources)}
    # Whatever one article raises (RecursionError, MemoryError from a hostile text included)
    # must not stop the others: the batch is redone one by one to find the bad one.
    except Exception:
        found = {}
    results: list[tuple[Article, Extraction, str | None]] = []
    for article_id, article in by_id.items():
        if article_id in found:
            results.append((article, found[article_id], None))
        else:
            results.append(run_alone(article, resources, one))
    return results


def run_alone(
    article: Article, resources: Resources, one: One
) -> tuple[Article, Extraction, str | None]:
    """One article; what it raises becomes its skipped extraction and its error."""
    from ceasewatch.extract import STAGE

    try:
        return article, one(article, resources), None
    except Exception as exc:  # one bad article must not stop the batch; its reason is kept
        error = f"{type(exc).__name__}: {exc}"
        return (
            article,
            Extraction(article_id=article.id, skipped=f"failed: {error}", stage=STAGE),
            error,
        )
