"""The archive contract, on both backends (the ``store`` fixture of conftest.py runs each test
on SQLite and on PostgreSQL): idempotent re-ingest, search, dates, atomicity, migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from ceasewatch.archive import ingest_into
from ceasewatch.errors import NotFoundError, StoreError
from ceasewatch.model import Event, Extraction, Verdict
from ceasewatch.store import ArticleQuery, EventQuery, is_url, open_store
from ceasewatch.store.base import AssessmentRun
from ceasewatch.store.sqlite import SQLiteStore, fts_query, migrations


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

    def executemany(sql, *args):
        if sql.startswith("INSERT INTO articles_fts"):
            raise KeyboardInterrupt
        return real_db.executemany(sql, *args)

    proxy = Proxy()
    proxy.execute = execute  # type: ignore[attr-defined]
    proxy.executemany = executemany  # type: ignore[attr-defined]
    monkeypatch.setattr(filled, "db", proxy)
    from tests.event_builders import raw_document as raw

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


def test_an_archive_of_a_newer_version_is_refused_and_kept(store, archive_url, seed_path):
    ingest_into(store, [str(seed_path)])
    with store.transaction() as db:
        db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (9999,))
    store.close()
    with pytest.raises(StoreError, match=r"9999.*newer version"):
        open_store(archive_url)
    # The refusal changed nothing: the articles are there, and without 9999 it opens again.
    if backend_of(archive_url) == "sqlite":
        raw = sqlite3.connect(archive_url)
        assert raw.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
        raw.execute("DELETE FROM schema_migrations WHERE version = 9999")
        raw.commit()
        raw.close()
    else:
        import psycopg

        with psycopg.connect(archive_url, autocommit=True) as raw:
            assert raw.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
            raw.execute("DELETE FROM schema_migrations WHERE version = 9999")
    again = open_store(archive_url)
    assert again.count_articles() == 1
    again.close()


def backend_of(url: str) -> str:
    return "postgresql" if is_url(url) else "sqlite"


def test_an_old_archive_of_a_newer_version_is_refused(tmp_path):
    """Before schema_migrations, user_version was the highest migration applied."""
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    with pytest.raises(StoreError, match="999"):
        open_store(path)


def test_substring_filters_take_percent_and_underscore_literally(filled):
    aid = filled.articles(ArticleQuery(search="Zenki"))[0].id
    events = (_event(aid, 1, "Kafr_Nabl"), _event(aid, 2, "Hish 100%"), _event(aid, 3, "Hish"))
    filled.save_extraction(Extraction(article_id=aid, events=events))
    assert [e.location.name for e in filled.events(EventQuery(place="_"))] == ["Kafr_Nabl"]
    assert [e.location.name for e in filled.events(EventQuery(place="%"))] == ["Hish 100%"]
    assert len(filled.events(EventQuery(place="HISH"))) == 2  # case does not matter
    assert filled.events(EventQuery(place="a_r")) == []  # "afr" would match a wildcard


def test_undated_records_list_last_on_every_backend(filled, tmp_path):
    aid = filled.articles(ArticleQuery(search="Zenki"))[0].id
    undated = _event(aid, 1, "Hish").model_copy(update={"event_date": None})
    filled.save_extraction(Extraction(article_id=aid, events=(undated, _event(aid, 2, "Hish"))))
    assert [e.event_date for e in filled.events()][-1] is None
    report = tmp_path / "undated.txt"
    report.write_text("Clashes were reported near the village of Hish, residents said.\n")
    ingest_into(filled, [str(report)])
    published = [a.published for a in filled.articles()]
    assert len(published) == 4 and published.index(None) == 3


def test_verdicts_of_many_events_in_one_call(store):
    verdicts = [
        Verdict(event_id=f"e{i:04d}", agreement_id=f"a{i % 3}", verdict="violation", reason="x")
        for i in range(1200)
    ]
    store.save_assessment_run(AssessmentRun(verdicts=verdicts))
    wanted = [f"e{i:04d}" for i in range(0, 1200, 2)] + ["e9999"]  # more ids than one IN list
    found = store.verdicts(event_ids=wanted)
    assert [v.event_id for v in found] == sorted(
        wanted[:-1], key=lambda e: (f"a{int(e[1:]) % 3}", e)
    )
    assert len(store.verdicts("a1", event_ids=wanted)) == 200
    assert store.verdicts(event_ids=[]) == []
    assert store.verdict_counts() == {f"a{k}": {"violation": 400} for k in range(3)}
