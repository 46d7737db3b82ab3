"""Ingest jobs: pasted text, URLs and feeds, uploaded files, taken in on a worker thread.

A job runs the whole pipeline for each item it acquires:
1. acquire raw documents (one per text, page or feed entry, JSONL line);
2. clean each and archive it beside its raw bytes (re-ingesting the same text is a no-op);
3. extract, resolve and geocode each new article and store the results;
4. once all items are done, fuse the days they changed (setting fuse.auto, as ``extract``
   does) and re-assess every agreement over the whole archive.
Each item reports its own status, so the ingest page shows progress and per-item errors; a bad
item is recorded as a failure and the job goes on. One worker thread runs jobs one at a time:
the NLP stages are CPU-bound and the machine is shared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

from pydantic import BaseModel

from ceasewatch.archive import reassess_archive
from ceasewatch.batch.extract import stamped
from ceasewatch.batch.loop import Outcome, run_batches
from ceasewatch.batch.versions import recorded, stage_versions
from ceasewatch.clean import clean
from ceasewatch.errors import InputError
from ceasewatch.ingest import ingest, ingest_bytes
from ceasewatch.model import Article, Extraction, IngestFailure, RawDocument
from ceasewatch.pipeline import Resources, process_article
from ceasewatch.serve.desk import Desk

log = logging.getLogger(__name__)

ItemStatus = Literal["archived", "analysed", "duplicate", "failed"]
JobStatus = Literal["queued", "running", "done", "failed"]
JobKind = Literal["text", "urls", "file", "demo"]
Acquire = Callable[[], Iterable[RawDocument | IngestFailure]]


class JobItem(BaseModel):
    origin: str
    status: ItemStatus
    article_id: str | None = None
    title: str | None = None
    events: int | None = None  # events extracted from the article
    message: str | None = None  # the reason, for a failed item


class Job(BaseModel):
    id: str
    kind: JobKind
    label: str  # what the user gave: the file name, the URLs, "pasted text"
    status: JobStatus
    created: dt.datetime
    finished: dt.datetime | None = None
    step: str = "waiting for the worker"  # what the job is doing now
    items: list[JobItem] = []
    message: str | None = None  # why the job as a whole failed

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.status] = counts.get(item.status, 0) + 1
        return counts


class Jobs:
    """The job table and the worker. Job records are replaced, never mutated, under a lock."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        with self._lock:
            return list(reversed(self._jobs.values()))

    def _update(self, job_id: str, **changes: object) -> None:
        with self._lock:
            job = self._jobs[job_id]
            self._jobs[job_id] = job.model_copy(update=changes)

    def _add_item(self, job_id: str, item: JobItem) -> None:
        with self._lock:
            job = self._jobs[job_id]
            self._jobs[job_id] = job.model_copy(update={"items": [*job.items, item]})

    def submit(self, kind: JobKind, label: str, acquire: Acquire) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], kind=kind, label=label, status="queued", created=_now())
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self.desk.settings.job_history:
                self._jobs.popitem(last=False)
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")
            worker = self._worker
        worker.submit(self._run, job.id, acquire)
        return job

    def wait(self, *, cancel_pending: bool = False) -> None:
        """Block until the running job has finished and, unless ``cancel_pending`` (shutdown:
        a queued job never started leaves nothing half-done), every queued one too."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=True, cancel_futures=cancel_pending)

    def _run(self, job_id: str, acquire: Acquire) -> None:
        self._update(job_id, status="running", step="reading the input")
        try:
            versions = stage_versions(self.desk.resources)
            pending: dict[str, JobItem] = {}
            articles = self._archived(job_id, acquire, versions, pending)
            # One article per batch: each item shows on the page as soon as it is analysed,
            # in the order it came (the loop pulls the next item only when this one is done).
            outcomes = run_batches(
                articles, self.desk.resources, batch=1, many=_each, one=process_article
            )
            for outcome in outcomes:
                try:
                    item = self._analysed(outcome, versions, pending)
                except Exception as exc:  # saving failed: that item's failure, not the job's
                    log.exception("ingest job %s: saving %s failed", job_id, outcome.article.id)
                    failure = f"archived, not analysed: {type(exc).__name__}: {exc}"
                    item = pending.pop(outcome.article.id).model_copy(update={"message": failure})
                self._add_item(job_id, item)
            self._update(job_id, step="fusing reports of one event")
            self._fuse()
            self._update(job_id, step="assessing agreements over the archive")
            self._reassess()
        # The worker is the last line: whatever a stage raises must reach the page, not vanish
        # with the thread.
        except Exception as exc:
            log.exception("ingest job %s failed", job_id)
            self._update(
                job_id, status="failed", message=f"{type(exc).__name__}: {exc}", finished=_now()
            )
            return
        self._update(job_id, status="done", step="finished", finished=_now())

    def _archived(
        self, job_id: str, acquire: Acquire, versions: dict[str, str], pending: dict[str, JobItem]
    ) -> Iterator[Article]:
        """Clean and archive each item; yield the articles to analyse (their archived item
        waits in ``pending``); failed and duplicate items are added at once."""
        for raw in acquire():
            try:
                item, article = self._one(job_id, raw, versions)
            # Whatever one item raises (a RecursionError from a hostile line included) is that
            # item's recorded failure, and the job goes on with the next.
            except Exception as exc:
                log.exception("ingest job %s: item %s failed", job_id, raw.origin)
                reason = f"{type(exc).__name__}: {exc}"
                failure = IngestFailure(origin=raw.origin, reason=reason, at=_now())
                item, article = self._failed(failure), None
            if article is None:
                self._add_item(job_id, item)
                continue
            pending[article.id] = item
            self._update(job_id, step=f"analysing {article.title or raw.origin}")
            yield article

    def _one(
        self, job_id: str, raw: RawDocument | IngestFailure, versions: dict[str, str]
    ) -> tuple[JobItem, Article | None]:
        """One item cleaned and archived, with the article when it needs analysing."""
        desk = self.desk
        if isinstance(raw, IngestFailure):
            return self._failed(raw), None
        self._update(job_id, step=f"cleaning {raw.origin}")
        try:
            article = clean(raw)
        except InputError as exc:
            failure = IngestFailure(origin=exc.origin, reason=exc.reason, at=_now())
            return self._failed(failure), None
        with desk.store() as store:
            stored, is_new = store.add_article(article, raw)
            done = stored.id in store.extracted_with([recorded(versions, stored.stage)])
        item = JobItem(
            origin=raw.origin, status="archived", article_id=stored.id, title=stored.title
        )
        if not is_new and done:
            update = {"status": "duplicate", "message": "already in the archive"}
            return item.model_copy(update=update), None
        return item, stored

    def _analysed(
        self, outcome: Outcome, versions: dict[str, str], pending: dict[str, JobItem]
    ) -> JobItem:
        """The archived item of this outcome, analysed (or saying why not)."""
        item = pending.pop(outcome.article.id)
        with self.desk.store() as store:
            store.save_extraction(stamped(outcome, versions))
        if outcome.error is not None:  # the article is archived; only its analysis failed
            return item.model_copy(update={"message": f"archived, not analysed: {outcome.error}"})
        events = len(outcome.extraction.events)
        return item.model_copy(update={"status": "analysed", "events": events})

    def _failed(self, failure: IngestFailure) -> JobItem:
        with self.desk.store() as store:
            store.add_failure(failure)
        return JobItem(origin=failure.origin, status="failed", message=failure.reason)

    def _fuse(self) -> None:
        """Fuse the days this job changed, as ``ceasewatch extract`` does (setting fuse.auto;
        docs/FUSION.md). A fusion that fails leaves the feed ahead of the fused groups: the
        next job or ``ceasewatch fuse`` catches up, and the analysed items stand."""
        from ceasewatch.archive import fuse_if_stale  # the one fusion run, shared with the CLI
        from ceasewatch.settings import setting

        if not setting("fuse.auto"):
            return
        try:
            with self.desk.store() as store:
                fuse_if_stale(store, self.desk.resources.actors)
        except Exception:
            log.exception("fusing after an ingest job failed (the next run catches up)")

    def _reassess(self) -> None:
        desk = self.desk
        with desk.store() as store:
            reassess_archive(store, desk.resources)


def _each(articles: Sequence[Article], resources: Resources) -> list[Extraction]:
    """The desk's batches hold one article (see ``Jobs._run``): no batched parsing to gain."""
    return [process_article(a, resources) for a in articles]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- acquiring ---------------------------------------------------------------------------------


def pasted(text: str, hints: dict[str, str]) -> Acquire:
    data = text.encode("utf-8")
    origin = "pasted:" + hashlib.sha256(data).hexdigest()[:12]
    return lambda: ingest_bytes(origin, data, name="pasted.txt", hints=hints)


def uploaded(filename: str, data: bytes) -> Acquire:
    origin = f"upload:{filename}"
    return lambda: ingest_bytes(origin, data, name=filename)


def fetched(sources: list[str]) -> Acquire:
    """URLs, feeds, or (for the demo) a folder the desk itself names: never a user's path."""
    return lambda: ingest(sources)


__all__ = ["Job", "JobItem", "Jobs", "fetched", "pasted", "uploaded"]
