"""``save_extractions``: many articles' results in one transaction (the Dask driver writes a
partition at once). On every backend it stores what saving them one by one stores, and an
unknown article in the batch stops it before anything is written."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.errors import NotFoundError
from ceasewatch.model import Extraction
from ceasewatch.store import open_store
from tests import serve_data


def _two_articles(url: str):  # type: ignore[no-untyped-def]
    store = open_store(url)
    a, raw_a = serve_data.article(serve_data.TEXT_A, "A", dt.date(2019, 1, 5), "Test Wire")
    b, raw_b = serve_data.article(serve_data.TEXT_B, "B", dt.date(2019, 1, 20), "Other Desk")
    store.add_article(a, raw_a)
    store.add_article(b, raw_b)
    return store, a, b


def _stored(store) -> tuple[list[str], list[tuple[str, str]], set[str]]:  # type: ignore[no-untyped-def]
    events = sorted(e.model_dump_json() for e in store.events())
    changes = sorted((c.event_id, c.kind) for c in store.changes())
    return events, changes, store.extracted_article_ids()


def test_a_batch_stores_what_saving_one_by_one_stores(archive_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, a, b = _two_articles(archive_url)
    one_by_one, *_ = _two_articles(str(tmp_path / "one_by_one.db"))
    try:
        batch = [serve_data.extraction_a(a), serve_data.extraction_b(b)]
        store.save_extractions(batch)
        for extraction in batch:
            one_by_one.save_extraction(extraction)
        events, changes, done = _stored(store)
        assert (events, changes, done) == _stored(one_by_one)
        assert done == {a.id, b.id} and len(events) == 3 and len(changes) == 3
        store.save_extractions([Extraction(article_id=a.id)])  # a re-run retracts a's events
        assert [e.article_id for e in store.events()] == [b.id]
    finally:
        store.close()
        one_by_one.close()


def test_an_unknown_article_in_the_batch_saves_nothing(archive_url: str) -> None:
    store, a, _ = _two_articles(archive_url)
    try:
        with pytest.raises(NotFoundError, match="nope"):
            store.save_extractions([serve_data.extraction_a(a), Extraction(article_id="nope")])
        assert store.events() == [] and store.extracted_article_ids() == set()
    finally:
        store.close()
