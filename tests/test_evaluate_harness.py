"""The harness feeds items as a user would: one JSONL line through ingest and clean."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceasewatch.evaluate import fakes, harness
from ceasewatch.evaluate.harness import run_pipeline, user_article
from ceasewatch.evaluate.report import ItemFailure
from ceasewatch.model import Article, Extraction


def test_the_date_is_the_products_own_reading() -> None:
    record: dict[str, str | None] = {
        "text": "Wed 05 Apr 2017 Air strikes hit Khan Sheikhoun on Tuesday, killing 20 people.",
        "title": "Strikes on Khan Sheikhoun",
        "source": "example",
    }
    article = user_article("set:1", record, origin="set#1")
    assert isinstance(article, Article)
    assert article.id == "set:1"
    assert article.published == dt.date(2017, 4, 5)
    assert "Wed 05 Apr 2017" in (article.published_resolution or "")
    assert article.title == "Strikes on Khan Sheikhoun" and article.source == "example"


def test_no_date_the_product_cannot_read() -> None:
    record: dict[str, str | None] = {
        "text": "Air strikes hit Khan Sheikhoun on Tuesday, killing 20."
    }
    article = user_article("set:2", record, origin="set#2")
    assert isinstance(article, Article)
    assert article.published is None


def test_an_item_the_product_refuses_is_a_failure_not_a_crash() -> None:
    article = user_article("set:3", {"text": "Two words", "title": "Two words"}, origin="set#3")
    assert isinstance(article, ItemFailure)
    assert article.item == "set:3" and "clean refused it" in article.error


def test_refused_items_are_listed_and_the_rest_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def many(articles: list[Article], resources: object) -> Iterator[Extraction]:
        for article in articles:
            yield Extraction(article_id=article.id)

    monkeypatch.setattr(harness, "process_many", many)
    ok = user_article("set:4", {"text": "Shelling hit Hama, killing four people."}, origin="x")
    refused = ItemFailure(item="set:5", error="clean refused it: empty")
    run = run_pipeline([ok, refused], resources=None)  # type: ignore[arg-type]
    assert set(run.extractions) == {"set:4"}
    assert [f.item for f in run.failures] == ["set:5"]


def test_fakes_rows_carry_no_gold_into_the_article(tmp_path: Path) -> None:
    folder = tmp_path / "fakes"
    folder.mkdir()
    header = ["unit_id", "article_title", "article_content", "source", "date", "location"]
    header += ["actor", "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians"]
    header += ["nb_women", "label"]
    row = ["1", "Shelling", "Artillery hit Hama on Tuesday killing 4 civilians.", "x", "3/3/15"]
    row += ["hama", "unknown", "shelling", "0", "4", "0", "0", "1"]
    with (folder / "fakes.csv").open("w", encoding="latin-1", newline="") as handle:
        csv.writer(handle).writerows([header, row])
    (item,) = fakes.load(tmp_path)
    assert item.date == dt.date(2015, 3, 3)  # gold
    assert isinstance(item.article, Article)
    assert item.article.published is None  # the text prints no date; the gold's is not passed


def test_runs_are_reused_only_inside_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def many(articles: list[Article], resources: object) -> Iterator[Extraction]:
        for article in articles:
            calls.append(article.id)
            yield Extraction(article_id=article.id)

    monkeypatch.setattr(harness, "process_many", many)
    resources = object()
    first = user_article("set:6", {"text": "Shelling hit Hama, killing four."}, origin="x")
    second = user_article("set:7", {"text": "Clashes hit Homs, killing two."}, origin="x")
    assert isinstance(first, Article) and isinstance(second, Article)
    with harness.reusing_runs():
        run_pipeline([first], resources)  # type: ignore[arg-type]
        run = run_pipeline([first, second], resources)  # type: ignore[arg-type]
        assert set(run.extractions) == {"set:6", "set:7"}
        changed = first.model_copy(update={"title": "another title"})
        run_pipeline([changed], resources)  # type: ignore[arg-type]
    run_pipeline([first], resources)  # type: ignore[arg-type]
    assert calls == ["set:6", "set:7", "set:6", "set:6"]
