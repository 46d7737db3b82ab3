"""Issue 12 item 1: one run loop (batches, per-article fallback, a record of every failure)
and real stage versions (a changed stage re-runs exactly the articles it touched)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

import ceasewatch.pipeline as pipeline
from ceasewatch.archive import ingest_into
from ceasewatch.batch import extract_archive, plan_extraction, run_batches, stage_versions
from ceasewatch.batch.versions import changed, recorded
from ceasewatch.cli import main
from ceasewatch.model import Article, Extraction
from ceasewatch.pipeline import Resources
from ceasewatch.store import SQLStore, open_store

VERSIONS = {"extract": "e1", "resolve": "r1", "geocode": "g1", "actors": "a1", "gazetteer": "z1"}


def _article(i: int) -> Article:
    return Article(
        id=f"a{i}", origin=f"t{i}", language="en", word_count=2, text=f"text {i}",
        content_hash=f"c{i}", raw_hash=f"r{i}",
    )  # fmt: skip


class Fake:
    """process_many / process_article stand-ins that record what ran; ``bad`` raises."""

    def __init__(self, bad: str | None = None) -> None:
        self.ran: list[str] = []
        self.bad = bad

    def one(self, article: Article, resources: object) -> Extraction:
        if article.id == self.bad:
            raise RecursionError("maximum recursion depth exceeded")
        self.ran.append(article.id)
        return Extraction(article_id=article.id)

    def many(self, articles: Sequence[Article], resources: object) -> Iterator[Extraction]:
        for article in articles:
            yield self.one(article, resources)


def test_a_failing_batch_fails_only_its_bad_article() -> None:
    fake = Fake(bad="a4")
    articles = [_article(i) for i in range(7)]
    outcomes = list(run_batches(articles, None, batch=3, many=fake.many, one=fake.one))  # type: ignore[arg-type]
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    failed = [(o.article.id, o.error) for o in outcomes if o.error is not None]
    assert failed == [("a4", "RecursionError: maximum recursion depth exceeded")]
    (bad,) = [o.extraction for o in outcomes if o.error is not None]
    assert bad.skipped is not None and "RecursionError" in bad.skipped
    assert all(o.extraction.skipped is None for o in outcomes if o.error is None)


def test_the_loop_reads_its_input_lazily() -> None:
    """An archive is never held whole: the loop pulls one batch, runs it, then the next."""
    pulled: list[int] = []

    def source() -> Iterator[Article]:
        for i in range(10):
            pulled.append(i)
            yield _article(i)

    fake = Fake()
    outcomes = run_batches(source(), None, batch=4, many=fake.many, one=fake.one)  # type: ignore[arg-type]
    next(outcomes)
    assert pulled == [0, 1, 2, 3]


def test_changed_lists_the_stages_that_differ() -> None:
    stored = recorded(VERSIONS, "clean.v1")
    assert changed(stored, VERSIONS) == []
    assert changed(recorded(VERSIONS, "clean.v0"), VERSIONS) == []  # re-extracting cannot re-clean
    assert changed(stored, {**VERSIONS, "geocode": "g2"}) == ["geocode"]
    assert changed(stored, {**VERSIONS, "learn": "m1"}) == ["learn"]
    assert changed(None, VERSIONS) == ["unrecorded"]


def _archive(tmp_path: Path, n: int, db: str | None = None) -> SQLStore:
    """``n`` reports ingested into ``db`` (default: a SQLite file in ``tmp_path``)."""
    store = open_store(db or tmp_path / "a.db")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i}.txt").write_text(
            f"Report {i}\n\nShelling hit the village number {i} on Monday, residents said.",
            encoding="utf-8",
        )
    assert ingest_into(store, [str(folder)]).added == n
    return store


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Fake:
    fake = Fake()
    monkeypatch.setattr(pipeline, "process_many", fake.many)
    monkeypatch.setattr(pipeline, "process_article", fake.one)
    return fake


def test_a_changed_stage_reruns_exactly_the_articles_it_touched(
    tmp_path: Path, fake: Fake, archive_url: str
) -> None:
    store = _archive(tmp_path, 4, archive_url)  # on each backend in turn
    ids = sorted(store.article_ids())
    plan = plan_extraction(store, VERSIONS)
    assert (plan.todo, plan.new) == (4, 4)
    assert extract_archive(store, Resources(), plan=plan).done == 4
    assert sorted(fake.ran) == ids

    fake.ran.clear()
    plan = plan_extraction(store, VERSIONS)
    assert plan.todo == 0 and "up to date" in plan.describe()
    extract_archive(store, Resources(), plan=plan)
    assert fake.ran == []

    # Two articles were already run by a new geocoder (a run killed half-way, say).
    newer = {**VERSIONS, "geocode": "g2"}
    for article_id in ids[:2]:
        stamp = recorded(newer, store.article(article_id).stage)
        store.save_extraction(Extraction(article_id=article_id, versions=stamp))
    plan = plan_extraction(store, newer)
    assert (plan.todo, plan.new, plan.changed) == (2, 0, {"geocode": 2})
    assert plan.describe() == "2 article(s) to extract (2 changed stage geocode)"
    extract_archive(store, Resources(), plan=plan)
    assert sorted(fake.ran) == ids[2:]
    assert plan_extraction(store, newer).todo == 0
    assert plan_extraction(store, newer, redo_all=True).todo == 4
    store.close()


def test_extractions_from_before_versions_rerun_once(tmp_path: Path, fake: Fake) -> None:
    store = _archive(tmp_path, 2)
    for article_id in store.article_ids():
        store.save_extraction(Extraction(article_id=article_id))  # versions unrecorded
    plan = plan_extraction(store, VERSIONS)
    assert (plan.todo, plan.changed) == (2, {"unrecorded": 2})
    extract_archive(store, Resources(), plan=plan)
    assert plan_extraction(store, VERSIONS).todo == 0
    store.close()


def _actor_file(folder: Path, name: str) -> None:
    (folder / "actors").mkdir(parents=True, exist_ok=True)
    (folder / "actors" / "mine.yaml").write_text(
        f"actors:\n  - id: test-militia\n    name: {name}\n    type: political militia\n"
        "    sources: [https://example.org/]\n",
        encoding="utf-8",
    )


def test_every_stage_and_the_knowledge_it_reads_has_a_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_LEARN_DEFAULT_READER", "0")
    kb = tmp_path / "kb"
    _actor_file(kb, "Test Militia")
    gazetteer = tmp_path / "places.txt"
    gazetteer.write_text("1\tSomewhere\n", encoding="utf-8")
    resources = Resources(kb_dirs=(kb,), gazetteer_files=(gazetteer,))
    first = stage_versions(resources)
    # No "reader": the default reader is switched off (learn.default_reader 0).
    assert set(first) == {"extract", "resolve", "geocode", "actors", "gazetteer"}
    assert stage_versions(resources) == first  # deterministic

    _actor_file(kb, "Test Militia Brigade")
    assert changed(recorded(first, "clean.v1"), stage_versions(resources)) == ["actors"]
    gazetteer.write_text("1\tElsewhere\n", encoding="utf-8")
    assert changed(recorded(first, "clean.v1"), stage_versions(resources)) == [
        "actors", "gazetteer",
    ]  # fmt: skip
    monkeypatch.setattr("ceasewatch.geocode.STAGE", "geocode.v99")
    monkeypatch.setattr("ceasewatch.resolve.STAGE", "resolve.v99")
    now = stage_versions(resources)
    assert (now["geocode"], now["resolve"]) == ("geocode.v99", "resolve.v99")
    # An agreement file in the same folder is not the extraction's business.
    (kb / "agreements").mkdir()
    (kb / "agreements" / "truce.yaml").write_text("agreements: []\n", encoding="utf-8")
    assert stage_versions(resources) == now


def test_extract_says_what_it_will_run_before_it_starts(tmp_path: Path, fake: Fake) -> None:
    store = _archive(tmp_path, 3)
    store.close()
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    first = runner.invoke(main, ["extract", "--db", db, "-q"])
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert lines[0] == "3 article(s) to extract (3 new)"
    assert lines[1].startswith("3 article(s) extracted")
    again = runner.invoke(main, ["extract", "--db", db, "-q"])
    assert again.output.splitlines()[0] == "0 article(s) to extract: every article is up to date"
    kb = tmp_path / "kb"
    _actor_file(kb, "Test Militia")
    fake.ran.clear()
    third = runner.invoke(main, ["extract", "--db", db, "-q", "--kb", str(kb)])
    assert third.exit_code == 0, third.output
    assert third.output.splitlines()[0] == "3 article(s) to extract (3 changed stage actors)"
    assert len(fake.ran) == 3


def test_analyze_names_the_article_the_stages_crashed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(bad="a1")
    monkeypatch.setattr(pipeline, "process_many", fake.many)
    monkeypatch.setattr(pipeline, "process_article", fake.one)
    analysis = pipeline.analyze_articles([_article(i) for i in range(3)], Resources())
    assert set(fake.ran) == {"a0", "a2"}  # a0 twice: in the batch that raised, then alone
    (failure,) = analysis.failures
    assert failure.origin == "t1" and "RecursionError" in failure.reason


def test_the_plan_pages_through_the_archive_without_holding_ids(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keyset pages of the plan (2 ids a page here) give exactly the articles never extracted,
    extracted by another version or without versions, in id order; the plan itself holds only
    the few up-to-date version sets (on both backends)."""
    import ceasewatch.batch.extract as batch_extract

    monkeypatch.setattr(batch_extract, "PAGE", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(9):
        (folder / f"r{i}.txt").write_text(
            f"Report {i}\n\nShelling hit the village number {i} on Monday, people said."
        )
    assert ingest_into(store, [str(folder)]).added == 9
    ids = sorted(store.article_ids())
    older = {**VERSIONS, "actors": "a0"}
    for article_id, versions in zip(ids[:6], [VERSIONS, older, None] * 2, strict=True):
        stamp = None if versions is None else recorded(versions, store.article(article_id).stage)
        store.save_extraction(Extraction(article_id=article_id, versions=stamp))
    plan = plan_extraction(store, VERSIONS)
    assert plan.todo == 7 and plan.fresh == [recorded(VERSIONS, store.article(ids[0]).stage)]
    todo = [ids[i] for i in (1, 2, 4, 5, 6, 7, 8)]
    assert [a.id for a in batch_extract.planned_articles(store, plan)] == todo
    everything = plan_extraction(store, VERSIONS, redo_all=True)
    assert [a.id for a in batch_extract.planned_articles(store, everything)] == ids
