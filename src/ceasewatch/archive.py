"""Archive-wide jobs: ingest into the archive (``ceasewatch ingest``) and re-assess every
agreement over the archived events (``ceasewatch extract``, the desk's ingest jobs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ceasewatch.model import AgreementMention, Article, Assessment, IngestFailure
from ceasewatch.pipeline import Resources, read
from ceasewatch.reassess import agreements_changed, catalogue, reassess
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
