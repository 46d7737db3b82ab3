"""Issue 14, item 4 (extraction and assessment): one failing agreement or article never stops
the others, assessments never stay older than the newest extraction, and an article longer
than the extraction cap is refused with the reason."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from ceasewatch.archive import ingest_into, reassess_archive, reassess_if_stale
from ceasewatch.assess import assess
from ceasewatch.cli import main
from ceasewatch.cli.events import extract_archive
from ceasewatch.model import Extraction
from ceasewatch.pipeline import Resources, process_article, process_many
from ceasewatch.store import open_store
from tests.test_assess import KB, TRUCE, event

SRC = str(Path(__file__).resolve().parent.parent / "src")
FAR_FUTURE = dt.date(9999, 12, 31)
# TRUCE without an end: an event on the calendar's last day falls inside it, and the status
# timeline (day + window) runs past the calendar.
OPEN_TRUCE = TRUCE.model_copy(update={"id": "open-truce", "valid_to": None})
# The report names its country: one naming only other countries (Astana's sponsors, below)
# leaves its villages unplaced as possible namesakes (geocode.place.unnamed_ok), and with no
# event in an agreement's country there would be nothing to re-assess.
REPORT = (
    "Clashes between rebels and government troops erupted in Kafr Zita and Latamna in "
    "northern Syria on Monday, 4 March 2019, killing at least nine fighters, activists said.\n"
)
# A report naming a ceasefire: re-assessment then always has an agreement to store.
CEASEFIRE_REPORT = REPORT + (
    "The ceasefire agreed in Astana between Russia, Turkey and Iran has collapsed, the "
    "opposition said.\n"
)


def test_one_failing_agreement_does_not_stop_the_others() -> None:
    events = [event(on=dt.date(2020, 3, 1)), event(on=FAR_FUTURE)]
    errors: dict[str, str] = {}
    result = assess(events, [], [OPEN_TRUCE, TRUCE], KB, errors=errors)
    assert [a.id for a in result] == [TRUCE.id]
    assert list(errors) == [OPEN_TRUCE.id]
    assert "OverflowError" in errors[OPEN_TRUCE.id]


def test_reassessment_records_the_failing_agreement(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    article = ingest_into(store, [str(report)]).articles[0]
    events = [
        event(on=d).model_copy(update={"article_id": article.id})
        for d in (dt.date(2020, 3, 1), FAR_FUTURE)
    ]
    store.save_extraction(Extraction(article_id=article.id, events=tuple(events)))
    resources = SimpleNamespace(agreements=[OPEN_TRUCE, TRUCE], actors=KB)
    result = reassess_archive(store, resources)  # type: ignore[arg-type]
    assert [a.id for a in result.assessments] == [TRUCE.id]
    assert [a.id for a in store.assessments()] == [TRUCE.id]
    failure = store.failures()[0]
    assert failure.origin == f"assess:{OPEN_TRUCE.id}" and "OverflowError" in failure.reason
    assert not store.assessments_stale()  # the others are fresh: no endless re-runs
    store.close()


def test_assessments_older_than_an_extraction_are_stale(tmp_path: Path, archive_url: str) -> None:
    store = open_store(archive_url)
    resources = SimpleNamespace(agreements=[TRUCE], actors=KB)
    assert not store.assessments_stale()  # empty archive: nothing to do
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    article = ingest_into(store, [str(report)]).articles[0]
    store.save_extraction(Extraction(article_id=article.id))
    assert store.assessments_stale()
    assert reassess_if_stale(store, resources) is not None  # type: ignore[arg-type]
    assert not store.assessments_stale()
    assert reassess_if_stale(store, resources) is None  # type: ignore[arg-type]
    store.close()


KILL_AFTER_EXTRACTION = """
import os, signal, sys
from ceasewatch.cli.events import extract_archive
from ceasewatch.pipeline import Resources
from ceasewatch.store import open_store
store = open_store(sys.argv[1])
report = extract_archive(store, Resources())
print(report.done, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the last extraction is saved, re-assessment never ran
"""


def test_kill_between_extraction_and_assessment_is_repaired_by_the_rerun(
    tmp_path: Path, archive_url: str
) -> None:
    db = archive_url
    report = tmp_path / "r.txt"
    report.write_text(CEASEFIRE_REPORT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", str(db), "-q", str(report)]).exit_code == 0
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_EXTRACTION, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]
    assert killed.stdout.split() == ["1"]
    store = open_store(db)
    assert store.assessments() == [] and store.assessments_stale()
    store.close()

    rerun = runner.invoke(main, ["extract", "--db", str(db), "-q"])
    assert rerun.exit_code == 0, rerun.output
    assert "0 article(s) extracted" in rerun.output
    assert "re-assessed" in rerun.output
    store = open_store(db)
    assert store.assessments() and not store.assessments_stale()
    store.close()


def _long_article(tmp_path: Path, words: int) -> Path:
    path = tmp_path / "long.txt"
    sentence = "Shelling hit the village of Kafr Nabl on Monday, residents said. "
    path.write_text("Long report\n\n" + sentence * words, encoding="utf-8")
    return path


def test_article_over_the_cap_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_EXTRACT_MAX_ARTICLE_CHARS", "5000")
    store = open_store(tmp_path / "a.db")
    article = ingest_into(store, [str(_long_article(tmp_path, 200))]).articles[0]
    assert len(article.text) > 5000
    # No extractor is built (the refusal comes first): resources that cannot load prove it.
    resources = Resources()
    resources._extractor = None
    monkeypatch.setattr(Resources, "extractor", property(lambda _self: pytest.fail("parsed")))
    single = process_article(article, resources)
    batch = list(process_many([article], resources))
    for extraction in (single, batch[0]):
        assert extraction.skipped is not None
        assert "too long to extract" in extraction.skipped
        assert "extract.max_article_chars" in extraction.skipped
    report = extract_archive(store, resources)
    assert (report.done, report.skipped, report.failed) == (1, 1, 0)
    store.close()


def test_any_exception_in_one_article_is_that_articles_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resources: Resources
) -> None:
    """RecursionError is neither a CeasewatchError nor a ValueError: it used to escape the
    batch and its per-article fallback and stop the whole run."""
    store = open_store(tmp_path / "a.db")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(f"Report {i}. {REPORT}", encoding="utf-8")
    articles = ingest_into(store, [str(folder)]).articles
    bad = articles[1].id

    import ceasewatch.pipeline as pipeline

    real = pipeline.resolve

    def explode(extraction, article, actors):  # type: ignore[no-untyped-def]
        if article.id == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real(extraction, article, actors)

    monkeypatch.setattr(pipeline, "resolve", explode)
    report = extract_archive(store, resources)
    assert (report.done, report.failed) == (2, 1)
    assert store.extracted_article_ids() == {a.id for a in articles}
    skipped = store.db.execute("SELECT skipped FROM extractions WHERE article_id = ?", (bad,))
    assert "RecursionError" in skipped.fetchone()[0]
    store.close()
