"""Archiving a batch of articles on both backends: the same stories and search answers whatever
path a backend takes (PostgreSQL: arrays, COPY, a tsvector-only search entry; store/pgwrites.py),
and on PostgreSQL a number of statements per batch (or per saved extraction) that does not grow
with the batch (or its events)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

import pytest

from ceasewatch.clean import clean
from ceasewatch.model import ActorRef, Article, Event, Extraction, Location, RawDocument
from ceasewatch.store import ArticleQuery, open_store
from ceasewatch.store.postgres import PgConnection, migrations
from tests.event_builders import raw_document as raw

WORDS = [
    "shelling",
    "village",
    "province",
    "rebels",
    "army",
    "drone",
    "convoy",
    "checkpoint",
    "ceasefire",
    "truce",
    "talks",
    "market",
    "district",
    "clashes",
    "wounded",
    "killed",
    "displaced",
    "residents",
    "hospital",
    "bridge",
    "border",
    "militia",
    "airstrike",
    "mortar",
    "police",
    "protest",
    "governor",
    "council",
    "river",
    "valley",
    "northern",
    "southern",
    "eastern",
    "western",
    "town",
]


def _text(rng: random.Random, words: int) -> str:
    """A report-like text of ``words`` random words, in sentences."""
    picked = [rng.choice(WORDS) for _ in range(words)]
    sentences = [" ".join(picked[i : i + 12]) for i in range(0, words, 12)]
    return " ".join(s.capitalize() + "." for s in sentences)


def _item(text: str) -> tuple[Article, RawDocument]:
    doc = raw(text)
    return clean(doc), doc


def _batches(seed: int) -> tuple[list[list[str]], dict[str, str]]:
    """Two batches: originals, copies of them (a credit line added; some copies of an original
    earlier in the same batch, some of one archived by the first batch) and exact repeats.
    Also: each copy's text -> its original's text."""
    rng = random.Random(seed)
    first = [_text(rng, 150) for _ in range(20)]
    later = [_text(rng, 150) for _ in range(20)]
    copy_of = {}
    second = list(later)
    for original in rng.sample(first, 10) + rng.sample(later, 10):
        copy = "Republished with permission. " + original
        copy_of[copy] = original
        second.insert(rng.randrange(len(second) + 1) if original in first else len(second), copy)
    second += rng.sample(first, 5)  # exact repeats: not stored again
    return [first, second], copy_of


def test_a_batch_finds_copies_archived_and_in_the_batch_on_every_backend(store):
    batches, copy_of = _batches(seed=12)
    stored: dict[str, Article] = {}
    for texts in batches:
        for article, is_new in store.add_articles([_item(t) for t in texts]):
            if is_new:
                stored[article.text] = article
            else:
                assert stored[article.text].id == article.id  # a repeat: the stored copy
    assert store.count_articles() == len(stored) == 40 + len(copy_of)
    by_text = {a.text: a for a in (store.article(a.id) for a in stored.values())}
    for text, article in by_text.items():
        original = copy_of.get(text)
        if original is None:
            assert article.story_id == article.id
        else:
            assert article.story_id == by_text[original].id
    # every article searchable by its words, and a word no text has finds nothing
    assert store.count_articles(ArticleQuery(search="ceasefire")) == sum(
        "ceasefire" in text.lower() for text in by_text
    )
    assert store.count_articles(ArticleQuery(search="Republished")) == len(copy_of)
    assert store.count_articles(ArticleQuery(search="zeppelin")) == 0


class _Counting:
    """``store.db`` that counts the statements sent, and the rows of each ``executemany``."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: Counter[str] = Counter()
        self.most_rows = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def execute(self, sql: str, *args: Any) -> Any:
        self.calls["execute"] += 1
        return self.real.execute(sql, *args)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        self.calls["executemany"] += 1
        self.most_rows = max(self.most_rows, len(rows))
        return self.real.executemany(sql, rows)

    def copy_rows(self, *args: Any) -> None:
        self.calls["copy"] += 1
        self.real.copy_rows(*args)

    def transaction(self, *args: Any, **kwargs: Any) -> Any:
        return self.real.transaction(*args, **kwargs)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_on_postgresql_a_batch_costs_the_same_statements_whatever_its_size(
    store, monkeypatch: pytest.MonkeyPatch
):
    rng = random.Random(5)
    store.add_articles([_item(_text(rng, 120)) for _ in range(10)])  # something to match
    counts = []
    for size in (15, 150):
        counting = _Counting(store.db)
        monkeypatch.setattr(store, "db", counting)
        results = store.add_articles([_item(_text(rng, 120)) for _ in range(size)])
        monkeypatch.undo()
        assert sum(is_new for _, is_new in results) == size
        counts.append(counting.calls)
        # rows go by COPY or arrays, or one executemany row per article, never one per band
        assert counting.most_rows <= size
    assert counts[0] == counts[1]
    assert sum(counts[1].values()) <= 8


def test_search_entries_written_before_0015_are_kept(pg_server):
    """0015 turns PostgreSQL's generated tsvector into a plain column without the title and
    text copies: entries already stored keep matching."""
    url = pg_server.empty_database()
    db = PgConnection(url, 5.0)
    db.script("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
    for version, sql in migrations():
        if version < 15:
            db.script(sql)
            db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))
    article, _ = _item("Shelling of the market town was reported by residents on Monday.")
    db.execute(
        "INSERT INTO articles (id, content_hash, raw_hash, origin, data, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article.id, article.content_hash, article.raw_hash, article.origin,
         article.model_dump_json(), "2024-01-01"),
    )  # fmt: skip
    db.execute(
        "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
        (article.id, "", article.text),
    )
    db.close()
    store = open_store(url)
    try:
        columns = [
            r[0]
            for r in store.db.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'articles_fts' ORDER BY ordinal_position"
            )
        ]
        assert columns == ["article_id", "tsv"]
        assert [a.id for a in store.articles(ArticleQuery(search="shelled market"))] == [article.id]
        new, _ = store.add_article(*_item("Talks on a truce in the valley were held on Tuesday."))
        assert [a.id for a in store.articles(ArticleQuery(search="truce"))] == [new.id]
    finally:
        store.close()
        pg_server.drop(url)


def _placed_event(article_id: str, n: int) -> Event:
    return Event(
        id=f"{article_id}-{n}",
        article_id=article_id,
        event_date=dt.date(2018, 1, 1) + dt.timedelta(days=n % 300),
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles" if n % 3 else "Explosions/Remote violence",
        sub_event_type="Armed clash" if n % 3 else "Shelling/artillery/missile attack",
        actor1=ActorRef(name="Rebels", id="rebels-generic"),
        location=Location(
            name=f"Place {n % 40}", admin1="Idlib", country="Syria",
            latitude=35.0 + (n % 40) / 10, longitude=36.0 + (n % 7) / 10, geo_precision=1,
        ),
    )  # fmt: skip


def test_an_extraction_of_many_events_is_stored_whole_with_its_map_counts(store):
    """More events than PostgreSQL's one INSERT takes (500) are stored, replaced and counted
    on the map's grid exactly once each."""
    article, _ = store.add_article(*_item("Clashes were reported in the province on Monday."))
    for total in (1_100, 7):
        events = tuple(_placed_event(article.id, n) for n in range(total))
        store.save_extraction(Extraction(article_id=article.id, events=events))
        assert len(store.events()) == total
        counted = store.db.execute("SELECT SUM(n) FROM map_counts").fetchone()[0]
        assert counted == total
    assert {c.kind for c in store.changes()} == {"added", "retracted"}
    assert len([c for c in store.changes() if c.kind == "retracted"]) == 1_100 - 7


@pytest.mark.parametrize("backend", ["postgresql"])
def test_on_postgresql_saving_an_extraction_costs_the_same_statements_whatever_its_events(
    store, monkeypatch: pytest.MonkeyPatch
):
    counts = []
    for size in (2, 40):
        article, _ = store.add_article(*_item(f"Clashes were reported in {size} villages."))
        counting = _Counting(store.db)
        monkeypatch.setattr(store, "db", counting)
        events = tuple(_placed_event(article.id, n) for n in range(size))
        store.save_extraction(Extraction(article_id=article.id, events=events))
        monkeypatch.undo()
        counts.append(counting.calls)
        assert counting.most_rows <= size  # the change feed: one executemany, a row an event
    assert counts[0] == counts[1]
