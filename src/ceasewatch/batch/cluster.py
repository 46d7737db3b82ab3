"""Extraction over the archive on Dask (``ceasewatch extract --workers N / --scheduler URL``).

The driver (the ``extract`` process) plans as the one-process run does (``batch.extract``),
reads the planned articles and hands them out in partitions; each worker runs a partition
through the one loop (``run_batches``) with Resources it builds once (``worker_resources``)
and sends the extractions back; only the driver writes, a partition's results in one
transaction. Each extraction is committed with the stage versions that made it, so the archive
itself is the checkpoint: a killed run, re-run, plans only what is missing (no loss, no
duplicate), and finished partitions stay finished.

A partition whose worker died (or that raised outside the loop) is split into single
articles, so that a poison article is found and recorded as failed, alone. The workers need
no access to the archive (a remote cluster never sees the SQLite file); they need the
``--kb``, ``--gazetteer`` and ``--model`` paths, which a remote cluster must mount alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from ceasewatch.batch.extract import ExtractReport, Plan, planned_articles, stamped
from ceasewatch.batch.loop import Outcome, run_batches
from ceasewatch.errors import CeasewatchError, ClusterError
from ceasewatch.model import Article, Extraction

if TYPE_CHECKING:
    from distributed import Client

    from ceasewatch.pipeline import Resources
    from ceasewatch.store import Store

# Articles per partition (one task): the scheduler's cost per task is a few milliseconds
# (bench/bench_workers.py), the work in 32 articles a few seconds, and small partitions keep
# both workers busy to the end and lose little when one dies.
PARTITION = 32
# The smallest partition the end of a run is cut into (spaCy parses 16 texts a batch).
MIN_PARTITION = 8
# Tries of a single article whose worker died before it is recorded as failed.
SINGLE_ATTEMPTS = 2
# How long a named scheduler may take to answer before the run stops with its address.
CONNECT_TIMEOUT_SECONDS = 10
# Dask's own periodic work, which runs whether a task runs or not: it sampled each worker's
# stack every 10 ms (for a dashboard we do not start), timed its event loop every 20 ms and
# polled the system every 500 ms. Measured on a local cluster of 2 idle workers: 13% of one
# core for the driver and both workers together, 1.8% with these settings; over a run that is
# CPU taken from the extraction, in proportion to the run's wall time (bench/profile_workers.py).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}

Spec = tuple[tuple[str, ...], tuple[str, ...], str | None]
Result = list[tuple[str, Extraction, str | None]]
Task = Callable[[list[Article], Spec], Result]

# Resources built in this (worker) process, by spec: each worker builds its own once.
_RESOURCES: dict[Spec, Resources] = {}


def spec_of(resources: Resources) -> Spec:
    """What a worker needs to build the same Resources: paths, not loaded objects."""
    model = str(resources.model_dir) if resources.model_dir is not None else None
    return (
        tuple(str(p) for p in resources.kb_dirs),
        tuple(str(p) for p in resources.gazetteer_files),
        model,
    )


def worker_resources(spec: Spec) -> Resources:
    from pathlib import Path

    from ceasewatch.pipeline import Resources

    found = _RESOURCES.get(spec)
    if found is None:
        kb, gazetteer, model = spec
        found = Resources(
            kb_dirs=tuple(Path(p) for p in kb),
            gazetteer_files=tuple(Path(p) for p in gazetteer),
            model_dir=Path(model) if model is not None else None,
        )
        _RESOURCES[spec] = found
    return found


def warm(spec: Spec) -> None:
    """Build everything heavy on a worker before the first partition (a broken knowledge
    base stops the run here, once, not partition by partition)."""
    resources = worker_resources(spec)
    _ = (resources.extractor, resources.gazetteer, resources.model)


def run_partition(articles: list[Article], spec: Spec) -> Result:
    """One partition on a worker: the one loop, with this worker's Resources."""
    resources = worker_resources(spec)
    return [(o.article.id, o.extraction, o.error) for o in run_batches(articles, resources)]


@contextmanager
def connect(workers: int | None, scheduler: str | None) -> Iterator[tuple[Client, str]]:
    """A client of the scheduler at ``scheduler``, else of a new local cluster of ``workers``
    processes on 127.0.0.1 (no dashboard); with the address to name in errors."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            with dask.config.set(QUIET):  # this process's part; the cluster's is its own
                client = Client(scheduler, timeout=CONNECT_TIMEOUT_SECONDS)
        except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address
            raise ClusterError(
                f"Dask scheduler {scheduler} does not answer ({type(exc).__name__}: {exc})"
            ) from exc
        try:
            yield client, f"Dask scheduler {scheduler}"
        finally:
            client.close()
        return
    # A task whose worker died is not retried by the scheduler: the driver splits its
    # partition instead, so a poison article kills one worker once or twice, not four times.
    # One task per worker thread at a time, so that the task a worker died running is the
    # only one blamed (with more queued there, the innocent ones would fail with it).
    local = {
        **QUIET,  # the workers take the config of the process that starts them
        "distributed.scheduler.allowed-failures": 0,
        "distributed.scheduler.worker-saturation": 1.0,
        # Dask's default MALLOC_TRIM_THRESHOLD_ fixes glibc's thresholds, which also stops the
        # mmap threshold adapting: every large array spaCy makes is mmapped and unmapped again
        # (system time), measured at ~20% more CPU per article than the one-process run.
        "distributed.nanny.pre-spawn-environ": {
            key: value
            for key, value in dask.config.get("distributed.nanny.pre-spawn-environ").items()
            if key != "MALLOC_TRIM_THRESHOLD_"
        },
    }
    with dask.config.set(local):
        cluster = LocalCluster(
            n_workers=workers or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.ERROR,
        )  # fmt: skip
        client = Client(cluster)
    try:
        yield client, f"local Dask cluster {cluster.scheduler_address}"
    finally:
        client.close()
        cluster.close()


def extract_on_cluster(
    store: Store,
    resources: Resources,
    plan: Plan,
    client: Client,
    *,
    address: str = "the Dask scheduler",
    partition: int = PARTITION,
    task: Task = run_partition,
    prepare: Callable[[Spec], None] | None = warm,
    on_article: Callable[[Article, Extraction], None] | None = None,
) -> ExtractReport:
    """``extract_archive`` with the work on the cluster behind ``client``; the same result.
    ``prepare`` runs once on every worker first; ``task`` runs each partition."""
    spec = spec_of(resources)
    try:
        if prepare is not None:
            client.run(prepare, spec)
    except CeasewatchError:
        raise
    except Exception as exc:
        raise ClusterError(f"{address}: the workers could not start: {exc}") from exc
    run = _Run(store, plan, client, spec, task, address, on_article)
    parts = shrinking(planned_articles(store, plan), plan.todo, run.window // 2, partition)
    for part in islice(parts, run.window):
        run.submit(part)
    for future in run.queue:
        run.collect(future)
        run.submit(next(parts, None))
    return run.report


def shrinking(
    articles: Iterable[Article], todo: int, workers: int, partition: int
) -> Iterator[list[Article]]:
    """Partitions of ``partition`` articles while much is left, then smaller ones (what is
    left cut in two parts per worker, never under ``MIN_PARTITION``): with equal partitions
    the last one runs on one worker while the other has nothing left (89 VOA stories in 3
    partitions kept one of 2 workers idle a third of the run)."""
    iterator = iter(articles)
    left = todo
    while True:
        share = -(-left // (2 * max(1, workers)))  # ceiling
        size = max(min(partition, MIN_PARTITION), min(partition, share))
        part = list(islice(iterator, size))
        if not part:
            return
        left -= len(part)
        yield part


class _Run:
    """One distributed run: the partitions in flight, and the driver's writes."""

    def __init__(
        self, store: Store, plan: Plan, client: Client, spec: Spec, task: Task, address: str,
        on_article: Callable[[Article, Extraction], None] | None,
    ) -> None:  # fmt: skip
        from distributed import as_completed

        self.store, self.plan, self.client, self.spec, self.task = store, plan, client, spec, task
        self.address, self.on_article = address, on_article
        self.report = ExtractReport()
        self.pending: dict[Any, tuple[list[Article], int]] = {}  # future -> (part, attempt)
        self.queue = as_completed()
        # Partitions in flight: two per worker keeps every worker busy while bounding how much
        # the driver holds.
        self.window = 2 * max(1, len(client.scheduler_info().get("workers", {})))

    def submit(self, part: list[Article] | None, attempt: int = 1) -> None:
        if not part:
            return
        future = self.client.submit(self.task, part, self.spec, pure=False)
        self.pending[future] = (part, attempt)
        self.queue.add(future)

    def collect(self, future: Any) -> None:
        from distributed import KilledWorker

        part, attempt = self.pending.pop(future)
        try:
            results = future.result()
        except CeasewatchError:
            raise  # a knowledge base a worker cannot read: every partition would fail alike
        except KilledWorker as exc:
            results = self._lost(part, attempt, f"the worker running it died ({exc})")
        except Exception as exc:
            if self.client.status != "running":
                raise self._gone(exc) from exc
            results = self._lost(part, attempt, f"{type(exc).__name__}: {exc}")
        self._save(part, results)

    def _lost(self, part: list[Article], attempt: int, why: str) -> Result:
        """A partition that failed as a whole: its articles again one by one (nothing saved
        now); a single article once more (a worker may die of something else, or of the
        article queued beside it), then its recorded failure."""
        from ceasewatch.extract import STAGE

        if len(part) > 1:
            for article in part:
                self.submit([article])
            return []
        if attempt < SINGLE_ATTEMPTS:
            self.submit(part, attempt + 1)
            return []
        error = f"failed on the cluster: {why}"
        return [(part[0].id, Extraction(article_id=part[0].id, skipped=error, stage=STAGE), error)]

    def _gone(self, exc: Exception) -> ClusterError:
        saved = self.report.done + self.report.failed
        return ClusterError(
            f"{self.address} went away mid-run ({type(exc).__name__}: {exc}); the {saved} "
            "article(s) saved before stay saved: run extract again to finish"
        )

    def _save(self, part: list[Article], results: Result) -> None:
        """A partition's results in one transaction (one commit, not one per article): a kill
        leaves the whole partition saved or none of it, to run again."""
        if not results:
            return  # a partition split into single articles: they are saved as they come
        by_id = {a.id: a for a in part}
        outcomes = [Outcome(by_id[aid], extraction, error) for aid, extraction, error in results]
        saved = [stamped(outcome, self.plan.versions) for outcome in outcomes]
        self.store.save_extractions(saved)
        for outcome, extraction in zip(outcomes, saved, strict=True):
            self.report.count(outcome)
            if self.on_article is not None:
                self.on_article(outcome.article, extraction)
