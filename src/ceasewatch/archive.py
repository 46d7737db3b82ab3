"""Archive-wide jobs: ingest into the archive (``ceasewatch ingest``), re-assess every
agreement over the archived events and fuse the events that are one event reported several
times (``ceasewatch extract``, ``ceasewatch fuse``, the desk's ingest jobs)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ceasewatch.model import (
    AgreementMention,
    Article,
    Assessment,
    Event,
    EventChange,
    IngestFailure,
    RawDocument,
)
from ceasewatch.pipeline import Resources, read
from ceasewatch.reassess import agreements_changed, catalogue, reassess
from ceasewatch.store import EventQuery, Store

if TYPE_CHECKING:
    from ceasewatch.fuse import Params
    from ceasewatch.knowledge import ActorKB

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


# One event from many reports over the archive (docs/FUSION.md): `ceasewatch fuse`, the
# auto-fusion after `extract` and after the desk's jobs all run this.


@dataclass
class FuseReport:
    events: int = 0  # events read (re)fused
    groups: int = 0  # fused events stored from them
    merged: int = 0  # events in those groups
    full: bool = False


def fuse_params(kb: ActorKB | None = None) -> Params:
    """The settings' parameters, with the sides of the knowledge base's actors (``kb``, else
    the built-in one): a state's branches compare as one side, actors that name no side
    (unidentified groups, observers) are not compared."""
    from ceasewatch.fuse import Params, kinship, unnamed
    from ceasewatch.knowledge import load_actors

    actors = kb if kb is not None else load_actors()
    return Params.from_settings(
        kin=kinship(actors), unnamed=unnamed(actors), provinces=_provinces()
    )


@cache
def _provinces() -> dict[str, str]:
    """Every spelling of a Syrian governorate the admin knowledge base knows -> one key per
    governorate, an enclave's the key of the governorate around it (``fuse.province``)."""
    from ceasewatch.fuse import province_key
    from ceasewatch.knowledge.admin import load_admin_areas

    areas = load_admin_areas()
    around = areas.enclosing(level=1)
    keys = {}
    for pcode, unit in areas.units.items():
        if unit.level == 1:
            target = areas.units[around.get(pcode, pcode)]
            for name in (unit.name, *unit.alt_names):
                keys[province_key("Syria", name)] = province_key("Syria", target.name)
    return keys


def fuse_archive(store: Store, full: bool = False, kb: ActorKB | None = None) -> FuseReport:
    """Fuse what changed since the last run (every event with ``full``, or on the first run).

    Incremental: the change feed names the events added, updated or retracted since the
    position the stored groups are current to; only their days (widened by twice
    ``fuse.max_days``, the longest reach of a group) are read again, with the other members of
    the groups they touch, and those groups are replaced."""
    from ceasewatch.fuse import fuse

    params = fuse_params(kb)
    seq, last = store.last_change_seq(), store.fused_change_seq()
    full = full or last == 0
    if full:
        events, touched = store.events(EventQuery()), set()
    else:
        changes = store.changes(after_seq=last)
        touched = {c.event_id for c in changes}
        days = {d for c in changes for d in _days(c) if d is not None}
        events = _around(store, days, 2 * params.max_days)
    events = _with_group_mates(store, events)
    fused = fuse(events, store.story_ids(), params, store.report_dates())
    replaced = touched | {e.id for e in events}
    if full:
        replaced |= {i for f in store.fused_events() for i in f.event_ids}
    store.save_fusion(fused, replaced, seq)
    merged = sum(len(f.event_ids) for f in fused)
    return FuseReport(events=len(events), groups=len(fused), merged=merged, full=full)


def fuse_if_stale(store: Store, kb: ActorKB | None = None) -> FuseReport | None:
    """``fuse_archive`` when the change feed has moved past the fused groups (new, updated or
    retracted events since the last fusion), else None. Safe to kill at any point: a fusion
    is saved in one transaction with the feed position it is current to."""
    if store.last_change_seq() == store.fused_change_seq():
        return None
    return fuse_archive(store, kb=kb)


def _days(change: EventChange) -> tuple[dt.date | None, ...]:
    """The event's day, and its day before the change when the change moved it."""
    moved = change.fields.get("event_date")
    dates = [(change.event or {}).get("event_date"), moved.old if moved else None]
    return tuple(dt.date.fromisoformat(d) if isinstance(d, str) else None for d in dates)


def _around(store: Store, days: set[dt.date], reach: int) -> list[Event]:
    """The events of every day within ``reach`` of one of ``days``, read range by range."""
    found: dict[str, Event] = {}
    for start, end in _ranges(sorted(days), reach):
        found.update((e.id, e) for e in store.events(EventQuery(start=start, end=end)))
    return list(found.values())


def _ranges(days: list[dt.date], reach: int) -> list[tuple[dt.date, dt.date]]:
    pad = dt.timedelta(days=reach)
    out: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if out and day - pad <= out[-1][1]:
            out[-1] = (out[-1][0], day + pad)
        else:
            out.append((day - pad, day + pad))
    return out


def _with_group_mates(store: Store, events: list[Event]) -> list[Event]:
    """Add the members of the stored groups these events are in: replacing a group must not
    drop a member outside the window read."""
    from ceasewatch.errors import NotFoundError

    have = {e.id for e in events}
    mates = {i for f in store.fusion_of(have).values() for i in f.event_ids} - have
    extra = []
    for event_id in sorted(mates):
        try:
            extra.append(store.event(event_id))
        except NotFoundError:  # retracted since: its group is rebuilt without it
            continue
    return events + extra
