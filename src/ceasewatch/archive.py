"""Ingest into the archive: the importable function behind ``ceasewatch ingest``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ceasewatch.model import Article, IngestFailure
from ceasewatch.pipeline import read
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
