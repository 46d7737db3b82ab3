"""Archive-wide jobs: ingest into the archive (``ceasewatch ingest``) and re-assess every
agreement over the archived events (``ceasewatch extract``, the desk's ingest jobs)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ceasewatch.model import (
    AgreementMention,
    Article,
    Assessment,
    IngestFailure,
    RawDocument,
)
from ceasewatch.pipeline import Resources, read
from ceasewatch.reassess import agreements_changed, catalogue, reassess
from ceasewatch.store import Store

# An ingest batch is written in one transaction when it holds this many items, this many bytes
# of raw input, or has waited this long (a slow feed still commits every few seconds). One
# commit per batch instead of one per article is most of the speed on PostgreSQL (a round trip
# and a flush to disk each); the caps bound memory, whatever the size of the input.
BATCH_ITEMS = 200
BATCH_BYTES = 16 * 1024 * 1024
BATCH_SECONDS = 2.0
# Articles and failures kept in the report, for callers that look at a few (every item is
# stored and passed to ``on_item``): a JSONL of ten million lines must not fill memory.
KEPT_ITEMS = 1000
KEPT_TEXT_BYTES = 16 * 1024 * 1024


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    failed: int = 0
    # The first KEPT_ITEMS stored articles (as long as their texts fit in KEPT_TEXT_BYTES) and
    # failures: the whole list for a small input, a sample for a large one.
    articles: list[Article] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    _kept_text: int = 0

    def count(self, result: Article | IngestFailure, is_new: bool = False) -> None:
        if isinstance(result, IngestFailure):
            self.failed += 1
            if len(self.failures) < KEPT_ITEMS:
                self.failures.append(result)
            return
        self.added += is_new
        self.unchanged += not is_new
        self._kept_text += len(result.text)
        if len(self.articles) < KEPT_ITEMS and self._kept_text <= KEPT_TEXT_BYTES:
            self.articles.append(result)


@dataclass
class _Batch:
    items: list[tuple[Article, RawDocument]] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    size: int = 0
    started: float = field(default_factory=time.monotonic)

    def full(self) -> bool:
        return (
            len(self.items) + len(self.failures) >= BATCH_ITEMS
            or self.size >= BATCH_BYTES
            or time.monotonic() - self.started >= BATCH_SECONDS
        )


def ingest_into(
    store: Store,
    sources: Iterable[str],
    *,
    on_item: Callable[[Article | IngestFailure], None] | None = None,
) -> IngestReport:
    """Ingest, clean and archive every item; failures are stored and reported, never fatal.

    Items stream through in bounded batches (``BATCH_ITEMS``, ``BATCH_BYTES``), each written
    in one transaction, so memory stays flat whatever the input's size, and an interrupted run
    keeps every batch finished before the interruption and nothing half-written; a re-run
    finds the stored ones by their content hash. ``on_item`` sees each item once its batch is
    stored.
    """
    report = IngestReport()
    batch = _Batch()
    for raw, result in read(sources):
        if isinstance(result, IngestFailure):
            batch.failures.append(result)
        elif raw is not None:
            batch.items.append((result, raw))
            batch.size += len(raw.data) + len(result.text)
        if batch.full():
            _flush(store, batch, report, on_item)
            batch = _Batch()
    _flush(store, batch, report, on_item)
    return report


def _flush(
    store: Store,
    batch: _Batch,
    report: IngestReport,
    on_item: Callable[[Article | IngestFailure], None] | None,
) -> None:
    if not batch.items and not batch.failures:
        return
    stored = store.add_articles(batch.items, batch.failures)
    for failure in batch.failures:
        report.count(failure)
        if on_item is not None:
            on_item(failure)
    for article, is_new in stored:
        report.count(article, is_new)
        if on_item is not None:
            on_item(article)


@dataclass
class Reassessment:
    assessments: list[Assessment] = field(default_factory=list)  # the statuses recomputed
    errors: dict[str, str] = field(default_factory=dict)  # agreement id -> why it failed


def reassess_archive(store: Store, resources: Resources) -> Reassessment:
    """Stage 6 over the archive, judging only what changed (``ceasewatch.reassess``); verdicts
    exist only for events in an agreement's scope.

    The extraction generation is read before the events, so an extraction saved meanwhile
    leaves the assessments stale (and re-run next time), never wrongly fresh. An agreement
    that fails keeps its previous assessment and gets a failure record naming the reason.
    """
    generation = store.extraction_generation()
    agreements = catalogue(resources.agreements, store)
    result = Reassessment()
    report = reassess(store, agreements, resources.actors, errors=result.errors)
    result.assessments = report.assessments
    for agreement_id, reason in result.errors.items():
        store.add_failure(
            IngestFailure(
                origin=f"assess:{agreement_id}",
                reason=f"assessment failed: {reason}",
                at=dt.datetime.now(dt.UTC),
            )
        )
    store.mark_assessed(generation)
    return result


def reassess_if_stale(store: Store, resources: Resources) -> Reassessment | None:
    """Re-assess when some extraction is newer than the stored assessments (a run killed
    between its last extraction and its re-assessment included) or an agreement changed (a
    new version, an import, a changed actor base); None when everything is fresh."""
    agreements = catalogue(resources.agreements, store)
    if not store.assessments_stale() and not agreements_changed(
        store, agreements, resources.actors
    ):
        return None
    return reassess_archive(store, resources)


def mention_articles(store: Store, mentions: Sequence[AgreementMention]) -> list[Article]:
    """The articles the agreement mentions come from (their dates and outlets date and credit
    the mentions in ``assess``)."""
    return [store.article(aid) for aid in sorted({m.article_id for m in mentions})]
