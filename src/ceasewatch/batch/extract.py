"""Extraction over the archive (``ceasewatch extract``): plan which articles to (re-)run from
the stored stage versions, run them through the one loop, save each result.

Each article's result is saved in its own transaction with the versions that made it, so a
run killed at any point keeps every article finished before the kill, and the next run
re-plans: finished articles are up to date and are not run again (no loss, no duplicate).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ceasewatch.batch.loop import BATCH, Outcome, run_batches
from ceasewatch.batch.versions import changed, recorded, stage_versions

if TYPE_CHECKING:
    from ceasewatch.model import Article, Extraction
    from ceasewatch.pipeline import Resources
    from ceasewatch.store import Store

# Article ids read from the archive per query (bounded memory on big archives).
PAGE = 1000


@dataclass
class Plan:
    """What ``extract`` will run, and why, before it starts."""

    versions: dict[str, str]
    todo: int = 0
    new: int = 0  # never extracted
    changed: dict[str, int] = field(default_factory=dict)  # stage -> articles it re-runs
    everything: bool = False  # --all
    # The stored version sets that are up to date: their articles are skipped. The plan holds
    # these few strings, never the articles' ids (ten million would take a gigabyte); the
    # archive is read page by page against them.
    fresh: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.everything:
            return f"{self.todo} article(s) to extract (--all: every article)"
        if not self.todo:
            return "0 article(s) to extract: every article is up to date"
        why = [f"{self.new} new"] if self.new else []
        why += [f"{n} changed stage {stage}" for stage, n in sorted(self.changed.items())]
        return f"{self.todo} article(s) to extract ({'; '.join(why)})"


def plan_extraction(store: Store, versions: Mapping[str, str], redo_all: bool = False) -> Plan:
    """Which articles differ from ``versions`` (never extracted, or extracted by another
    version of some stage), counted by the stage that changed."""
    plan = Plan(versions=dict(versions), everything=redo_all)
    total = store.count_articles()
    if redo_all:
        plan.todo = total
        return plan
    groups = store.version_groups()
    reasons: Counter[str] = Counter()
    up_to_date = 0
    for stored, count in groups:
        stages = changed(stored, versions)
        if not stages and stored is not None:
            plan.fresh.append(stored)
            up_to_date += count
        for stage in stages:
            reasons[stage] += count
    plan.new = total - sum(count for _, count in groups)
    plan.todo = total - up_to_date
    plan.changed = dict(reasons)
    return plan


def planned_articles(store: Store, plan: Plan) -> Iterator[Article]:
    """The planned articles, read page by page in id order (keyset pages: each starts after
    the last id of the one before, so saving extractions meanwhile moves nothing)."""
    fresh = [] if plan.everything else plan.fresh
    after = None
    while ids := store.article_ids_to_run(fresh, after, PAGE):
        after = ids[-1]
        for article_id in ids:
            yield store.article(article_id)


@dataclass
class ExtractReport:
    done: int = 0
    events: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)

    def count(self, outcome: Outcome) -> None:
        extraction = outcome.extraction
        if outcome.error is not None:
            self.failed += 1
            self.failures.append((outcome.article.id, outcome.error))
            return
        self.done += 1
        self.events += len(extraction.events)
        self.skipped += extraction.skipped is not None


def stamped(outcome: Outcome, versions: Mapping[str, str]) -> Extraction:
    """The outcome's extraction carrying the versions that made it."""
    stamp = recorded(versions, outcome.article.stage)
    return outcome.extraction.model_copy(update={"versions": stamp})


def extract_archive(
    store: Store,
    resources: Resources,
    redo_all: bool = False,
    on_article: Callable[[Article, Extraction], None] | None = None,
    *,
    plan: Plan | None = None,
    batch: int = BATCH,
) -> ExtractReport:
    """Run extract, resolve and geocode over the planned articles (``plan_extraction``; every
    article with ``redo_all``) and save each result. A failing article is saved as skipped
    with the error, and the batch goes on."""
    if plan is None:
        plan = plan_extraction(store, stage_versions(resources), redo_all)
    report = ExtractReport()
    for outcome in run_batches(planned_articles(store, plan), resources, batch=batch):
        extraction = stamped(outcome, plan.versions)
        store.save_extraction(extraction)
        report.count(outcome)
        if on_article is not None:
            on_article(outcome.article, extraction)
    return report
