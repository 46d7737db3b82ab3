"""An ingest killed half-way leaves a consistent archive, and a re-run completes it (on SQLite
and on PostgreSQL)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from ceasewatch.errors import CeasewatchError
from ceasewatch.store import is_url, open_store

CLI = [sys.executable, "-c", "from ceasewatch.cli import main; main()"]


def _lines(n: int) -> str:
    return "\n".join(
        json.dumps(
            {
                "text": f"Report {i}: on Monday, clashes were reported near the village number {i} "
                f"in the northern countryside, residents said, and {i % 7} people were wounded.",
                "published": "2021-05-03",
            }
        )
        for i in range(n)
    )


def _count(db: str) -> int:
    """Articles stored so far (0 before the schema exists)."""
    if is_url(db):
        try:
            store = open_store(db)
        except CeasewatchError:
            return 0
        try:
            return store.count_articles()
        finally:
            store.close()
    if not os.path.exists(db):
        return 0
    try:
        return int(sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # schema not created yet


def test_killed_ingest_leaves_a_consistent_archive(tmp_path, archive_url):
    source = tmp_path / "many.jsonl"
    source.write_text(_lines(3000), encoding="utf-8")
    db = archive_url
    env = {**os.environ, "CEASEWATCH_DB": db}
    proc = subprocess.Popen([*CLI, "ingest", "-q", str(source)], env=env)
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and count < 50:  # wait until it is well under way
        time.sleep(0.2)
        count = _count(db)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < count < 3000, "the ingest must be killed half-way for this test to mean anything"

    if not is_url(db):
        assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check = open_store(db)
    articles, raws, indexed, bands = (
        check.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("articles", "raw_inputs", "articles_fts", "story_bands")
    )
    assert articles == raws == indexed  # no article without its raw input or search entry
    distinct = check.db.execute("SELECT COUNT(DISTINCT article_id) FROM story_bands").fetchone()
    assert distinct[0] == articles and bands > 0  # every article's bands, none orphaned
    check.close()

    rerun = subprocess.run([*CLI, "ingest", "-q", str(source)], env=env, capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert (
        f"{3000 - articles} added, {articles} already archived, 0 failed" in rerun.stdout.decode()
    )
    store = open_store(db)
    assert store.count_articles() == 3000
    store.close()
