"""Two processes on one archive (SQLite file or PostgreSQL database): migrations serialised,
inserts idempotent, writers wait.

Each test starts real Python processes that import everything first, say they are ready and
then start together on a signal file, so the race windows (a fresh archive's migration, the
duplicate check before an insert) are hit as two separate programs would hit them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ceasewatch.errors import StoreError
from ceasewatch.model import Article
from ceasewatch.store import SQLStore, open_store
from ceasewatch.store.sqlite import migrations as sqlite_migrations

SRC = str(Path(__file__).resolve().parent.parent / "src")

OPEN = """
import sys, time, pathlib
import pytest

from ceasewatch.store import SQLStore, open_store
db, ready, go, what = sys.argv[1:5]
if what != "-":
    from ceasewatch.archive import ingest_into
pathlib.Path(ready).touch()
while not pathlib.Path(go).exists():
    time.sleep(0.001)
store = open_store(db)
if what != "-":
    report = ingest_into(store, [what])
    print(report.added, report.unchanged, report.failed)
store.close()
"""


def _race(tmp: Path, db: str, workers: int, what: str = "-") -> list[subprocess.CompletedProcess]:
    """Start ``workers`` processes that open ``db`` (and ingest ``what``) at the same moment."""
    go = tmp / "go"
    go.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    procs, ready = [], []
    for i in range(workers):
        flag = tmp / f"ready-{i}"
        flag.unlink(missing_ok=True)
        ready.append(flag)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", OPEN, str(db), str(flag), str(go), what],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    deadline = time.monotonic() + 120
    while not all(f.exists() for f in ready) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def test_fresh_archive_opened_by_many_processes_migrates_once(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    for round_ in range(3):
        if backend == "sqlite":
            db = str(tmp_path / f"fresh-{round_}.db")
        else:  # an empty database, not the migrated template
            db = request.getfixturevalue("pg_server").empty_database()
        results = _race(tmp_path, db, workers=4)
        assert [r.returncode for r in results] == [0] * 4, [r.stderr[-600:] for r in results]
        store = open_store(db)
        applied = [r[0] for r in store.db.execute("SELECT version FROM schema_migrations")]
        store.close()
        # every migration applied, each once (numbers may have gaps: they are reserved per
        # branch, and a branch's own can land before the lower ones of others)
        assert sorted(applied) == sorted(v for v, _ in sqlite_migrations())
        assert max(applied) >= 5


def test_two_ingests_of_the_same_inputs_keep_one_copy_each(
    tmp_path: Path, archive_url: str
) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for i in range(40):
        (folder / f"report-{i:02d}.txt").write_text(
            f"Report number {i}. Shelling hit the village of Kafr Nabl number {i} on Monday, "
            f"residents said, and {i + 2} houses were damaged in the attack.\n",
            encoding="utf-8",
        )
    results = _race(tmp_path, archive_url, workers=2, what=str(folder))
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-600:] for r in results]
    counts = [tuple(int(n) for n in r.stdout.split()) for r in results]
    # Every item is either added by one process or found already archived by the other.
    assert sum(c[0] for c in counts) == 40
    assert all(c[0] + c[1] == 40 and c[2] == 0 for c in counts), counts
    store = open_store(archive_url)
    assert store.count_articles() == 40
    raw = store.db.execute("SELECT COUNT(*) FROM raw_inputs").fetchone()[0]
    fts = store.db.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    assert store.failures() == []
    store.close()
    assert (raw, fts) == (40, 40)


def test_the_duplicate_check_runs_under_the_write_lock(store: SQLStore, seed_path: Path) -> None:
    """The check-then-insert window is closed: the check reads inside the write transaction,
    so a copy stored by another process is found, never inserted twice. Were it ever missed,
    the batch is refused whole, nothing half-written."""
    from ceasewatch.archive import ingest_into
    from ceasewatch.pipeline import read

    assert ingest_into(store, [str(seed_path)]).added == 1
    raw, article = next(read([str(seed_path)]))
    assert raw is not None and isinstance(article, Article)
    checked_inside = []
    real = store._stored_copies

    def spy(articles):  # type: ignore[no-untyped-def]
        db = store.db
        checked_inside.append(db.in_transaction if hasattr(db, "in_transaction") else db._depth)
        return real(articles)

    store._stored_copies = spy  # type: ignore[method-assign]
    stored, is_new = store.add_article(article, raw)
    assert (stored.id, is_new) == (article.id, False) and checked_inside == [True]

    store._stored_copies = lambda articles: {}  # type: ignore[method-assign]
    with pytest.raises(StoreError, match="stored behind the check"):
        store.add_articles([(article, raw)])
    counts = [
        store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("articles", "raw_inputs", "articles_fts")
    ]
    assert counts == [1, 1, 1]
