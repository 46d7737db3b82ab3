"""The country each report is about, kept on its article when its extraction is saved
(``store/articlecountry.py``), and migration 0017's backfill from 0016's table: both backends."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ceasewatch.model import Extraction, Location
from ceasewatch.store import open_store, postgres, sqlite
from tests.event_builders import archived_article, make_event

ABOUT_SYRIA = "DAMASCUS, March 2 (Reuters) - Shelling hit Saraqib in Syria's Idlib province."
ORIGINS = {"a2": "http://user@news.example.org:8080/p"}
ABROAD = Location(name="Asad", latitude=60.07, longitude=32.34, country="Russia", geo_precision=1)


def test_the_country_read_at_extraction_is_kept_when_it_is_saved(store):
    article = archived_article(store, ABOUT_SYRIA)
    assert store.articles_without_country() == []  # no precise point yet: nothing to read
    event = make_event(id=f"{article.id}-e1", article_id=article.id, location=ABROAD)
    store.save_extraction(Extraction(article_id=article.id, events=(event,), country="SY"))
    assert store.articles_without_country() == []
    assert store.precise_article_countries() == [(article.id, "Russia", "SY")]
    known = store.article_countries_known()
    # A re-extraction's reading wins (a changed knowledge base may read the text anew) ...
    store.save_extraction(Extraction(article_id=article.id, events=(event,), country=""))
    assert store.precise_article_countries() == [(article.id, "Russia", None)]
    # ... and one that did not read it (a correction re-saves the stored events) keeps it.
    store.save_extraction(Extraction(article_id=article.id, events=(event,)))
    assert store.precise_article_countries() == [(article.id, "Russia", None)]
    assert store.article_countries_known() == known


def test_saving_never_reads_the_report_for_its_country(store):
    """The country is the extraction's: a maker that did not read it leaves the report to the
    quality view's catch-up reading (``articles_without_country``), as an archive from 0016."""
    article = archived_article(store, ABOUT_SYRIA)
    event = make_event(id=f"{article.id}-e1", article_id=article.id, location=ABROAD)
    store.save_extraction(Extraction(article_id=article.id, events=(event,)))
    assert store.articles_without_country() == [article.id]
    assert store.precise_article_countries() == []


def test_extractions_stored_before_the_country_field_still_load():
    old = '{"article_id": "a1", "events": [], "stage": "extract.v1", "versions": null}'
    assert Extraction.model_validate_json(old).country is None


def _old_archive(
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    datas: dict[str, str] | None = None,
) -> str:
    """An archive migrated up to 0016 with two reports, one read for its country ("SY")."""
    rows = [("a1", "SY"), ("a2", None)]
    if backend == "sqlite":
        url = str(tmp_path / "old.db")
        raw = sqlite3.connect(url)
        raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
        for version, sql in sqlite.migrations():
            if version < 17:
                for statement in sqlite.sql_statements(sql):
                    raw.execute(statement)
                raw.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))
        db: object = raw
    else:
        url = request.getfixturevalue("pg_server").empty_database()
        db = postgres.PgConnection(url, 5.0)
        db.script("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
        for version, sql in postgres.migrations():
            if version < 17:
                db.script(sql)
                db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))
    for article_id in ("a1", "a2", "a3"):
        db.execute(  # type: ignore[attr-defined]
            "INSERT INTO articles (id, content_hash, raw_hash, origin, data, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                article_id,
                article_id,
                article_id,
                ORIGINS.get(article_id, f"test:{article_id}"),
                (datas or {}).get(article_id, "{}"),
                "2024-01-01",
            ),
        )
    for article_id, country in rows:
        db.execute(  # type: ignore[attr-defined]
            "INSERT INTO article_countries (article_id, country) VALUES (?, ?)",
            (article_id, country),
        )
    if backend == "sqlite":
        raw.commit()
    db.close()  # type: ignore[attr-defined]
    return url


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_0017_keeps_the_countries_0016_had_read(backend, tmp_path, request):
    url = _old_archive(backend, tmp_path, request)
    store = open_store(url)
    try:
        kept = dict(store.db.execute("SELECT id, country FROM articles ORDER BY id").fetchall())
        assert kept == {"a1": "SY", "a2": "", "a3": None}  # "": read, no country; None: unread
        assert store.article_countries_known() == 2
    finally:
        store.close()


def test_the_outlet_filter_finds_the_host_the_desk_shows(store):
    """A report without an outlet name is listed and filtered under its address's host."""
    from ceasewatch.store import ArticleQuery
    from tests.event_builders import raw_document as raw

    named = archived_article(store, ABOUT_SYRIA, source="Reuters")
    article = named.model_copy(
        update={"id": "bare1", "content_hash": "b" * 64, "raw_hash": "b" * 64, "source": None,
                "origin": "feed#1", "url": "https://www.VOAnews.com/a/1.html"}
    )  # fmt: skip
    store.add_article(article, raw("x"))
    assert store.sources() == ["Reuters", "voanews.com"]
    found = store.articles(ArticleQuery(source="voanews.com"))
    assert [a.id for a in found] == ["bare1"]
    assert store.count_articles(ArticleQuery(source="voanews.com")) == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_0017_reads_the_outlet_off_old_reports_addresses(backend, tmp_path, request):
    url = _old_archive(backend, tmp_path, request, datas={
        "a1": '{"url": "https://www.Reuters.com/world/x?y=1"}',
        "a2": '{"url": null}',
        "a3": '{"url": "ftp://files.example.org/a"}',
    })  # fmt: skip
    store = open_store(url)
    try:
        outlets = dict(store.db.execute("SELECT id, outlet FROM articles").fetchall())
        # a2's origin is "http://user@news.example.org:8080/p" (see _old_archive)
        assert outlets == {"a1": "reuters.com", "a2": "news.example.org", "a3": None}
    finally:
        store.close()
