"""An ingest killed half-way leaves a consistent archive, and a re-run completes it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from ceasewatch.store import open_store

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


def test_killed_ingest_leaves_a_consistent_archive(tmp_path):
    source = tmp_path / "many.jsonl"
    source.write_text(_lines(3000), encoding="utf-8")
    db = tmp_path / "archive.db"
    env = {**os.environ, "CEASEWATCH_DB": str(db)}
    proc = subprocess.Popen([*CLI, "ingest", "-q", str(source)], env=env)
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and count < 50:  # wait until it is well under way
        time.sleep(0.2)
        if db.exists():
            try:
                count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0  # schema not created yet
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < count < 3000, "the ingest must be killed half-way for this test to mean anything"

    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = check.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    raws = check.execute("SELECT COUNT(*) FROM raw_inputs").fetchone()[0]
    indexed = check.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    assert articles == raws == indexed  # no article without its raw input or search entry
    check.close()

    rerun = subprocess.run([*CLI, "ingest", "-q", str(source)], env=env, capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert (
        f"{3000 - articles} added, {articles} already archived, 0 failed" in rerun.stdout.decode()
    )
    assert open_store(db).count_articles() == 3000
