"""The SQLite archive: idempotent re-ingest, search, dates, atomicity, migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from ceasewatch.archive import ingest_into
from ceasewatch.errors import NotFoundError
from ceasewatch.model import Event, Extraction
from ceasewatch.store import ArticleQuery, EventQuery, open_store
from ceasewatch.store.sqlite import SQLiteStore, fts_query, migrations


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def filled(store, seed_path, fixtures):
    ingest_into(store, [str(seed_path), str(fixtures / "ingest" / "articles.jsonl")])
    return store


def test_reingest_is_a_no_op(store, seed_path):
    first = ingest_into(store, [str(seed_path)])
    again = ingest_into(store, [str(seed_path)])
    assert (first.added, first.unchanged) == (1, 0)
    assert (again.added, again.unchanged) == (0, 1)
    assert store.count_articles() == 1
    assert again.articles[0].id == first.articles[0].id


def test_raw_input_kept_beside_clean_text(filled, seed_path):
    article = filled.articles(ArticleQuery(search="Zenki"))[0]
    assert filled.raw(article.id).data == seed_path.read_bytes()
    assert "Select date" not in filled.article(article.id).text


def test_failures_are_stored(filled):
    reasons = [f.reason for f in filled.failures()]
    assert any(r.startswith("not JSON") for r in reasons)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ArticleQuery(search="Zenki"), 1),
        (ArticleQuery(search="al-Sham"), 1),  # hyphens are not FTS syntax errors
        (ArticleQuery(search='Sarmada "council'), 1),
        (ArticleQuery(search="protest*"), 1),
        (ArticleQuery(search="nonexistentword"), 0),
        (ArticleQuery(on=dt.date(2018, 1, 11)), 1),
        (ArticleQuery(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)), 2),
        (ArticleQuery(source="Levant Monitor"), 1),
    ],
)
def test_queries(filled, query, expected):
    assert filled.count_articles(query) == expected
    assert len(filled.articles(query)) == expected


def test_calendar_days(filled):
    assert filled.article_days(2020, 3) == {dt.date(2020, 3, 10): 1, dt.date(2020, 3, 13): 1}
    assert filled.article_days(2018, 1) == {dt.date(2018, 1, 11): 1}


def test_unknown_ids(store):
    with pytest.raises(NotFoundError):
        store.article("nope")
    with pytest.raises(NotFoundError):
        store.raw("nope")
    with pytest.raises(NotFoundError):
        store.save_extraction(Extraction(article_id="nope"))


def _event(article_id: str, n: int, place: str) -> Event:
    from ceasewatch.model import ActorRef, Location

    return Event(
        id=f"{article_id}-{n}",
        article_id=article_id,
        event_date=dt.date(2018, 1, 11),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=ActorRef(name="Rebels", id="rebels-generic"),
        location=Location(name=place, admin1="Idlib"),
    )


def test_extraction_replaced_atomically_and_queryable(filled):
    aid = filled.articles(ArticleQuery(search="Zenki"))[0].id
    filled.save_extraction(Extraction(article_id=aid, events=(_event(aid, 1, "Zarzour"),)))
    filled.save_extraction(
        Extraction(article_id=aid, events=(_event(aid, 1, "Atshan"), _event(aid, 2, "Hish")))
    )
    assert {e.location.name for e in filled.events()} == {"Atshan", "Hish"}
    assert len(filled.events(EventQuery(place="idlib"))) == 2
    assert len(filled.events(EventQuery(actor="Rebels"))) == 2
    assert filled.events(EventQuery(place="hish"))[0].id == f"{aid}-2"
    assert filled.extracted_article_ids() == {aid}


def test_interrupted_write_leaves_nothing_half_done(filled, seed_path, monkeypatch):
    before = filled.count_articles()
    real_db = filled.db

    class Proxy:
        def __getattr__(self, name):
            return getattr(real_db, name)

    def execute(sql, *args):
        if sql.startswith("INSERT INTO articles_fts"):
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-write
        return real_db.execute(sql, *args)

    proxy = Proxy()
    proxy.execute = execute  # type: ignore[attr-defined]
    monkeypatch.setattr(filled, "db", proxy)
    from tests.test_clean import raw

    with pytest.raises(KeyboardInterrupt):
        from ceasewatch.clean import clean

        doc = raw("On Monday, clashes were reported near the village of Hish, residents said.")
        filled.add_article(clean(doc), doc)
    monkeypatch.undo()
    assert filled.count_articles() == before
    orphans = filled.db.execute(
        "SELECT COUNT(*) FROM raw_inputs WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0


def test_migrations_are_numbered_and_applied_once(tmp_path):
    path = tmp_path / "a.db"
    SQLiteStore(path).close()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == migrations()[-1][0]
    SQLiteStore(path).close()  # reopening does not re-run them


def test_fts_query_quotes_user_words():
    assert fts_query('al-Sham "x') == '"al-Sham" """x"'
    assert fts_query("prot*") == '"prot"*'


def test_syndicated_copies_are_one_story(store, seed_path, fixtures, tmp_path):
    original = ingest_into(store, [str(seed_path)]).articles[0]
    body = original.text
    copy = tmp_path / "republished.txt"
    copy.write_text(
        "Syria front line report\n\nThis report first appeared on another site; we republish it "
        "with permission.\n\n" + body.replace("Furthermore, ", "") + "\n\nShare this article.",
        encoding="utf-8",
    )
    other = ingest_into(store, [str(copy), str(fixtures / "ingest" / "articles.jsonl")]).articles
    republished = other[0]
    assert republished.id != original.id
    assert republished.story_id == original.story_id == original.id
    assert all(a.story_id == a.id for a in other[1:])
    assert [a.id for a in store.story(republished.id)] == [original.id, republished.id]
