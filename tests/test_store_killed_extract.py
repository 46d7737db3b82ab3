"""An extract killed (SIGKILL) inside a save, its writes done but not committed, on SQLite and
on PostgreSQL: the re-run extracts exactly the articles not saved, and nothing is lost or
stored twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from ceasewatch.archive import ingest_into
from ceasewatch.cli.events import extract_archive
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store

SRC = str(Path(__file__).resolve().parent.parent / "src")
KILL_INSIDE_A_SAVE = """
import contextlib, os, signal, sys
from ceasewatch.cli.events import extract_archive
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store
store = open_store(sys.argv[1])
kill_at, saves = int(sys.argv[2]), []
real_save, real_transaction = store.save_extraction, store.transaction
def save(extraction):
    saves.append(extraction.article_id)
    real_save(extraction)
@contextlib.contextmanager
def transaction():
    with real_transaction() as db:
        yield db
        if len(saves) == kill_at:  # every statement of this save ran; COMMIT never will
            os.kill(os.getpid(), signal.SIGKILL)
store.save_extraction, store.transaction = save, transaction
extract_archive(store, Resources())
"""


def test_an_extract_killed_inside_a_save_is_completed_by_the_rerun(
    tmp_path: Path, archive_url: str, resources: Resources
) -> None:
    feed = tmp_path / "reports.jsonl"
    lines = [
        {
            "text": f"Report {i}: on Monday, shelling hit the village of Kafr Nabl in Idlib "
            f"province, residents said, and {i + 1} people were killed.",
            "published": f"2020-03-{i + 1:02d}",
        }
        for i in range(8)
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    store = open_store(archive_url)
    ids = {a.id for a in ingest_into(store, [str(feed)]).articles}
    store.close()
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    killed = subprocess.run(
        [sys.executable, "-c", KILL_INSIDE_A_SAVE, archive_url, "4"],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]

    store = open_store(archive_url)
    saved = store.extracted_article_ids()
    assert len(saved) == 3  # the fourth save died before its commit: none of it is stored
    kept = {aid: [e.id for e in store.events() if e.article_id == aid] for aid in saved}
    assert {e.article_id for e in store.events()} <= saved
    generation = store.extraction_generation()
    assert generation == 3
    store.close()

    store = open_store(archive_url)
    report = extract_archive(store, resources)
    assert report.done == len(ids) - 3  # exactly the articles not saved before the kill
    assert store.extracted_article_ids() == ids
    events = store.events()
    assert len({e.id for e in events}) == len(events)
    assert {aid: [e.id for e in events if e.article_id == aid] for aid in saved} == kept
    assert {e.article_id for e in events} == ids  # every report here codes an event
    assert store.extraction_generation() == generation + len(ids) - 3
    store.close()
