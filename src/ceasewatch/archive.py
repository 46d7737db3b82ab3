"""Archive-wide jobs: ingest into the archive (``ceasewatch ingest``) and re-assess every
agreement over the archived events (``ceasewatch extract``, the desk's ingest jobs)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ceasewatch.model import AgreementMention, Article, Assessment, IngestFailure
from ceasewatch.pipeline import Resources, read
from ceasewatch.reassess import catalogue, reassess
from ceasewatch.store import Store


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    articles: list[Article] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def ingest_into(
    store: Store,
    sources: Iterable[str],
    *,
    on_item: Callable[[Article | IngestFailure], None] | None = None,
) -> IngestReport:
    """Ingest, clean and archive every item; failures are stored and reported, never fatal.

    Each article is written in its own transaction, so an interrupted run keeps every article
    finished before the interruption and nothing half-written.
    """
    report = IngestReport()
    for raw, result in read(sources):
        if isinstance(result, IngestFailure):
            store.add_failure(result)
            report.failures.append(result)
        elif raw is not None:
            stored, is_new = store.add_article(result, raw)
            report.added += is_new
            report.unchanged += not is_new
            report.articles.append(stored)
        if on_item is not None:
            on_item(result)
    return report


def reassess_archive(store: Store, resources: Resources) -> list[Assessment]:
    """Stage 6 over the archive, judging only what changed (``ceasewatch.reassess``): returns
    the assessments it recomputed; verdicts exist only for events in an agreement's scope."""
    agreements = catalogue(resources.agreements, store)
    return reassess(store, agreements, resources.actors).assessments


def mention_articles(store: Store, mentions: Sequence[AgreementMention]) -> list[Article]:
    """The articles the agreement mentions come from (their dates and outlets date and credit
    the mentions in ``assess``)."""
    return [store.article(aid) for aid in sorted({m.article_id for m in mentions})]
