"""Issue 15 item 1: extraction on Dask. The result equals the one-process run exactly; a dead
worker or a poison article is a recorded failure and the rest is saved; a scheduler that does
not answer is an error naming it; a killed driver, re-run, loses and duplicates nothing."""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceasewatch.archive import ingest_into
from ceasewatch.batch import cluster as cluster_module
from ceasewatch.batch import extract_archive, plan_extraction, stage_versions
from ceasewatch.batch.cluster import Spec, connect, extract_on_cluster
from ceasewatch.errors import ClusterError
from ceasewatch.model import Article, Extraction
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store
from tests.test_kill_safety import _kill_when, _reports, _run


def _archive(tmp_path: Path, n: int) -> str:
    db = str(tmp_path / "a.db")
    store = open_store(db)
    assert ingest_into(store, [str(_reports(tmp_path / "in", n))]).added == n
    store.close()
    return db


def _stored_events(db: str) -> list[str]:
    store = open_store(db)
    try:
        return sorted(e.model_dump_json() for e in store.events())
    finally:
        store.close()


def test_two_workers_store_exactly_what_one_process_stores(
    tmp_path: Path, resources: Resources
) -> None:
    db = _archive(tmp_path, 24)
    alone = str(tmp_path / "alone.db")
    shutil.copyfile(db, alone)
    store = open_store(alone)
    assert extract_archive(store, resources).done == 24
    store.close()

    store = open_store(db)
    plan = plan_extraction(store, stage_versions(resources))
    seen: list[str] = []
    with connect(2, None) as (client, address):
        assert address.startswith("local Dask cluster tcp://127.0.0.1:")
        report = extract_on_cluster(
            store, Resources(), plan, client, partition=5, on_article=lambda a, x: seen.append(a.id)
        )
    assert (report.done, report.failed) == (24, 0) and len(set(seen)) == 24
    assert plan_extraction(store, stage_versions(resources)).todo == 0
    store.close()
    events = _stored_events(db)
    assert events == _stored_events(alone) and len(events) >= 24


def test_partitions_shrink_towards_the_end_so_no_worker_runs_the_tail_alone() -> None:
    articles = [
        Article(id=f"a{i:03d}", origin="t", text="x", content_hash="c", raw_hash="r")
        for i in range(90)
    ]
    parts = list(cluster_module.shrinking(articles, 90, 2, 32))
    sizes = [len(p) for p in parts]
    assert [a for p in parts for a in p] == articles  # all, once, in order
    assert max(sizes) <= 32 and min(sizes[:-1]) >= cluster_module.MIN_PARTITION
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-2] and len(parts) > 3
    big = [len(p) for p in cluster_module.shrinking(articles, 90, 1, 4)]
    assert big == [4] * 22 + [2]  # a partition smaller than MIN_PARTITION is kept as asked


def _profiling() -> tuple[bool, str]:
    import dask

    return dask.config.get("distributed.worker.profile.enabled"), dask.config.get(
        "distributed.admin.tick.interval"
    )


def _malloc_environment() -> tuple[str | None, str | None]:
    import os

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS")


def test_a_local_cluster_runs_without_dask_s_periodic_sampling() -> None:
    """Dask samples each worker's stack every 10 ms by default: CPU taken from extraction.
    Its fixed malloc trim threshold (which cost ~20% more CPU per article in system time) is
    not passed to the workers; its single-thread BLAS settings still are."""
    with connect(2, None) as (client, _):
        seen = client.run(_profiling)
        environments = client.run(_malloc_environment)
    assert len(seen) == 2 and set(seen.values()) == {(False, "1s")}
    assert set(environments.values()) == {(None, "1")}


def test_a_scheduler_that_does_not_answer_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a free port: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT_SECONDS", 1)
    address = f"tcp://127.0.0.1:{port}"
    named = pytest.raises(ClusterError, match=f"Dask scheduler {address} does not answer")
    with named, connect(None, address):
        pass


def poison_partition(articles: list[Article], spec: Spec) -> list[tuple[str, Extraction, None]]:
    """A stand-in task (runs on the workers): the process dies on the poison article, as on
    a crash in native code or the kernel's out-of-memory killer."""
    if any("poison" in a.text for a in articles):
        os._exit(1)
    return [(a.id, Extraction(article_id=a.id), None) for a in articles]


def test_a_worker_dying_on_a_poison_article_fails_that_article_alone(tmp_path: Path) -> None:
    folder = _reports(tmp_path / "in", 12)
    (folder / "r0005.txt").write_text("Report 5\n\nA poison article, shelling in Hama.\n")
    db = str(tmp_path / "a.db")
    store = open_store(db)
    ingest_into(store, [str(folder)])
    (poison,) = [a.id for a in store.articles() if "poison" in a.text]
    plan = plan_extraction(store, {"extract": "test"})
    with connect(2, None) as (client, _):
        report = extract_on_cluster(
            store, Resources(), plan, client, partition=4, task=poison_partition, prepare=None
        )
    assert (report.done, report.failed) == (11, 1)
    ((failed, reason),) = report.failures
    assert failed == poison and "worker running it died" in reason
    assert store.extracted_article_ids() == {a.id for a in store.articles()}
    skipped = store.db.execute("SELECT skipped FROM extractions WHERE article_id = ?", (poison,))
    assert "died" in skipped.fetchone()[0]
    store.close()


def slow_partition(articles: list[Article], spec: Spec) -> list[tuple[str, Extraction, None]]:
    time.sleep(0.5)
    return [(a.id, Extraction(article_id=a.id), None) for a in articles]


def test_a_scheduler_that_goes_away_mid_run_is_named_and_finished_work_stays(
    tmp_path: Path,
) -> None:
    from distributed import LocalCluster

    db = _archive(tmp_path, 10)
    store = open_store(db)
    plan = plan_extraction(store, {"extract": "test"})
    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
        silence_logs=logging.ERROR,
    )  # fmt: skip
    saved: list[str] = []

    def scheduler_dies_after_two(article: Article, extraction: Extraction) -> None:
        saved.append(article.id)
        if len(saved) == 2:
            cluster.close()

    address = cluster.scheduler_address
    with pytest.raises(ClusterError) as raised, connect(None, address) as (client, name):
        extract_on_cluster(
            store, Resources(), plan, client, address=name, partition=2, task=slow_partition,
            prepare=None, on_article=scheduler_dies_after_two,
        )  # fmt: skip
    assert f"Dask scheduler {address} went away mid-run" in str(raised.value)
    # A partition that finished while the scheduler closed may be saved too: never a half.
    assert store.extracted_article_ids() == set(saved) and len(saved) in (2, 4, 6)
    assert plan_extraction(store, {"extract": "test"}).todo == 10 - len(saved)  # next run
    store.close()


@pytest.fixture
def reference(tmp_path: Path, resources: Resources) -> Iterator[tuple[str, str]]:
    """An archive of 60 reports, and a copy extracted in one process."""
    db = _archive(tmp_path, 60)
    alone = str(tmp_path / "alone.db")
    shutil.copyfile(db, alone)
    store = open_store(alone)
    extract_archive(store, resources)
    store.close()
    yield db, alone


def test_a_killed_driver_resumes_without_loss_or_duplicates(
    reference: tuple[str, str],
) -> None:
    db, alone = reference
    args = ["extract", "--db", db, "-q", "--workers", "2", "--partition", "4"]
    at_kill = _kill_when(db, args, "SELECT COUNT(*) FROM extractions", 8)
    assert 8 <= at_kill < 60, "the kill came after the run ended: nothing was tested"
    out = _run(args)
    assert out.splitlines()[0] == f"{60 - at_kill} article(s) to extract ({60 - at_kill} new)"
    assert _stored_events(db) == _stored_events(alone)
