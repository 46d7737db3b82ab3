"""Issue 12: a SIGKILL at any point of ``ceasewatch ingest`` or ``ceasewatch extract``, then a
re-run, leaves 0 lost and 0 duplicated rows.

Real ``ceasewatch`` processes are killed while they write (the archive is watched until some
rows are in, not all), then run again to the end, on each backend in turn (``archive_url``: a
SQLite file, or a fresh database of the tests' PostgreSQL server). Everything reads the archive
through the store's own connection with portable SQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from ceasewatch.archive import ingest_into
from ceasewatch.batch import plan_extraction, stage_versions
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store

SRC = str(Path(__file__).resolve().parent.parent / "src")
PLACES = (
    "Kafr Nabl", "Latamna", "Kafr Zita", "Saraqib", "Ariha", "Khan Sheikhoun", "Jisr al-Shughur",
    "Maarat al-Numan", "Hama", "Idlib", "Aleppo", "Homs",
)  # fmt: skip


@pytest.fixture
def archive(archive_url: str) -> str:
    """What ``--db`` is given: a fresh archive of the backend."""
    return archive_url


def _reports(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        (folder / f"r{i:04d}.txt").write_text(
            f"Report {i} from {place}\n\nGovernment forces shelled {place} on Monday, 4 March "
            f"2019, killing {i % 9 + 2} civilians, activists said. Report number {i}.\n",
            encoding="utf-8",
        )
    return folder


def _count(db: str, sql: str) -> int:
    store = open_store(db)
    try:
        return int(store.db.execute(sql).fetchone()[0])
    finally:
        store.close()


def _kill_when(db: str, args: list[str], sql: str, at_least: int) -> int:
    """Run ``ceasewatch ARGS``, SIGKILL it once ``sql`` counts ``at_least``; the count then."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ceasewatch", *args], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    store = open_store(db)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if int(store.db.execute(sql).fetchone()[0]) >= at_least:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
        proc.wait(timeout=60)
    finally:
        store.close()
    assert proc.returncode == -signal.SIGKILL, f"ceasewatch {args[0]} ended by itself"
    return _count(db, sql)


def _run(args: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-m", "ceasewatch", *args], env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _duplicates(db: str, table: str, column: str) -> int:
    return _count(
        db, f"SELECT COUNT(*) FROM (SELECT {column} FROM {table} GROUP BY {column}"
        " HAVING COUNT(*) > 1) d",
    )  # fmt: skip


def test_killed_ingest_then_rerun_loses_and_duplicates_nothing(
    archive: str, tmp_path: Path
) -> None:
    n = 400
    folder = _reports(tmp_path / "in", n)
    args = ["ingest", "--db", archive, "-q", str(folder)]
    at_kill = _kill_when(archive, args, "SELECT COUNT(*) FROM articles", 50)
    assert 50 <= at_kill < n, "the kill came after the run ended: nothing was tested"
    out = _run(args)
    assert f"{n - at_kill} added" in out, out
    for table in ("articles", "raw_inputs"):
        assert _count(archive, f"SELECT COUNT(*) FROM {table}") == n
    assert _duplicates(archive, "articles", "content_hash") == 0
    assert _duplicates(archive, "articles", "origin") == 0
    assert _count(archive, "SELECT COUNT(*) FROM failures") == 0


def _events(db: str) -> Counter[tuple[str, str, str | None]]:
    """Every stored event as (article, type, place): a multiset, so a copy counts twice."""
    store = open_store(db)
    try:
        return Counter(
            (e.article_id, e.sub_event_type, e.location.name if e.location else None)
            for e in store.events()
        )
    finally:
        store.close()


def test_killed_extract_then_rerun_loses_and_duplicates_nothing(
    archive: str, tmp_path: Path
) -> None:
    n = 80
    folder = str(_reports(tmp_path / "in", n))
    reference = str(tmp_path / "reference.db")  # the same reports, extracted without a kill
    for db in (archive, reference):  # article ids come from the text: the same on both
        store = open_store(db)
        assert ingest_into(store, [folder]).added == n
        store.close()
    _run(["extract", "--db", reference, "-q"])

    args = ["extract", "--db", archive, "-q"]
    at_kill = _kill_when(archive, args, "SELECT COUNT(*) FROM extractions", 10)
    assert 10 <= at_kill < n, "the kill came after the run ended: nothing was tested"
    out = _run(args)
    assert out.splitlines()[0] == f"{n - at_kill} article(s) to extract ({n - at_kill} new)"
    assert _count(archive, "SELECT COUNT(*) FROM extractions") == n
    assert _duplicates(archive, "extractions", "article_id") == 0
    assert _events(archive) == _events(reference) and sum(_events(archive).values()) >= n
    store = open_store(archive)
    assert plan_extraction(store, stage_versions(Resources())).todo == 0
    store.close()
