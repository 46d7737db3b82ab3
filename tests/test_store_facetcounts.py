"""The events table's count table (migration 0013): per country, admin1, event type, sub-event
type and hedged flag, over all time and per month, kept by triggers on every write to events.
Checked on both backends against a recount of the events after saves, re-extractions, deletions
and bulk statements, and the totals and facets it answers (date ranges with partial months
included) against the live walk of the events."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.store import facetcounts, open_store
from ceasewatch.store.base import EventSearch
from ceasewatch.store.facetcounts import split_dates
from ceasewatch.store.queries import sampled_facets
from tests.event_builders import numbered_articles, save_random_events

TYPES = {
    "Battles": ("Armed clash", "Government regains territory"),
    "Explosions/Remote violence": ("Shelling/artillery/missile attack", "Air/drone strike"),
    "Violence against civilians": ("Attack",),
}
PLACES = [
    ("Syria", "Idleb"),
    ("Syria", "Aleppo"),
    ("Yemen", "Taizz"),
    ("Yemen", None),
    (None, None),
]
D = dt.date
SEARCHES = [
    EventSearch(),
    EventSearch(event_type="Battles"),
    EventSearch(country="Syria", admin1="Idleb"),
    EventSearch(country="Yemen", event_type="Battles", hedged=True),
    EventSearch(sub_event_type="Attack", hedged=False),
    EventSearch(start=D(2020, 2, 1), end=D(2020, 4, 30)),  # whole months only
    EventSearch(start=D(2020, 1, 15), end=D(2020, 5, 3), country="Syria"),  # both ends partial
    EventSearch(start=D(2020, 3, 5), end=D(2020, 3, 20)),  # inside one month
    EventSearch(start=D(2020, 2, 10), end=D(2020, 3, 9)),  # two partial months, none whole
    EventSearch(start=D(2020, 3, 31)),  # from a month's last day on
    EventSearch(end=D(2020, 2, 29), event_type="Violence against civilians"),  # leap month end
    EventSearch(start=D(2020, 5, 1), end=D(2020, 1, 1)),  # empty range
    EventSearch(actor="group", country="Syria"),  # not in the table: the sampled walk
]


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    country, admin1 = rng.choice(PLACES)
    event_type = rng.choice(sorted(TYPES))
    day = None if rng.random() < 0.1 else D(2020, 1, 1) + dt.timedelta(days=rng.randrange(150))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day,
        time_precision=1, disorder_type="Political violence", event_type=event_type,
        sub_event_type=rng.choice(TYPES[event_type]), actor1=None, hedged=rng.random() < 0.3,
        location=Location(name=f"town {n}", country=country, admin1=admin1),
    )  # fmt: skip


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_events(store, _event, rng, article_id, n)


def _add_articles(store, count: int) -> list[str]:
    return numbered_articles(store, count, "fc")


Key = tuple[str, str, str, str, str, int]


def _table(store) -> dict[Key, int]:
    return {
        (str(p), str(c), str(a), str(t), str(s), int(h)): int(n)
        for p, c, a, t, s, h, n in store.db.execute(
            "SELECT period, country, admin1, event_type, sub_event_type, hedged, n"
            " FROM event_counts"
        )
    }


def _recounted(store) -> dict[Key, int]:
    """The table as it should be, counted from the events' own columns in Python."""
    want: dict[Key, int] = {}
    for d, c, a, t, s, h in store.db.execute(
        "SELECT event_date, country, admin1, event_type, sub_event_type, hedged FROM events"
    ):
        for period in ("*", str(d)[:7]) if d else ("*",):
            key = (period, c or "", a or "", str(t), str(s), int(h))
            want[key] = want.get(key, 0) + 1
    return want


def _check(store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _table(store) == _recounted(store)
    for search in SEARCHES:
        answers = store.count_events(search), store.event_facets(search, top=100)
        with monkeypatch.context() as m:  # the live walk (the archive is under FACET_SAMPLE)
            m.setattr(facetcounts, "counted", lambda *_a: False)
            live = store.count_events(search), store.event_facets(search, top=100)
        assert answers == live, search


def test_count_table_follows_saves_reextractions_and_deletions(store, monkeypatch):
    rng = random.Random(11)
    ids = _add_articles(store, 30)
    for aid in ids:
        _save(store, rng, aid, rng.randint(1, 8))
    assert len(_table(store)) > 20  # something was counted, in several months
    _check(store, monkeypatch)
    for aid in ids[::3]:  # re-extracted: other places, types, dates, fewer or more events
        _save(store, rng, aid, rng.randint(0, 10))
    _check(store, monkeypatch)
    for aid in ids:  # every event gone: every row gone (none left at zero)
        _save(store, rng, aid, 0)
    assert _table(store) == {}
    assert store.count_events(EventSearch(country="Syria")) == 0
    assert store.event_facets(EventSearch(), ["country"]) == {"country": []}


def test_count_table_follows_bulk_statements(store, monkeypatch):
    """Statements that write many events at once (bench/make_synthetic.py --replicate copies
    events in SQL; a corrected event is an UPDATE) keep the table as exact as single saves."""
    rng = random.Random(5)
    for aid in _add_articles(store, 10):
        _save(store, rng, aid, 6)
    columns = "article_id, event_date, event_type, sub_event_type, actors, place, data, country,"
    columns += " admin1, hedged"
    with store.transaction() as db:
        db.execute(f"INSERT INTO events (id, {columns}) SELECT id || '-c', {columns} FROM events")
        db.execute(
            "UPDATE events SET event_date = '2020-04-02', admin1 = NULL, hedged = 1 - hedged,"
            " event_type = 'Battles' WHERE id LIKE '%-c'"
        )
        db.execute("UPDATE events SET country = 'Mali' WHERE id LIKE 'fc001%'")
        db.execute("DELETE FROM events WHERE id LIKE 'fc00%'")
    _check(store, monkeypatch)


def test_migration_backfills_an_existing_archive(archive_url, backend, monkeypatch):
    """An archive holding events before 0013 gains their counts when it is opened."""
    rng = random.Random(3)
    store = open_store(archive_url)
    for aid in _add_articles(store, 12):
        _save(store, rng, aid, 6)
    want = _table(store)
    on = " ON events" if backend == "postgresql" else ""
    with store.transaction() as db:  # back to the archive as 0012 left it
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER event_counts_{kind}{on}")
        db.execute("DROP TABLE event_counts")
        db.execute("DROP INDEX events_id_facets")
        db.execute("DROP INDEX verdicts_event_kind")
        if backend == "postgresql":
            db.execute("DROP FUNCTION event_counts_trigger()")
        db.execute("DELETE FROM schema_migrations WHERE version = 13")
    store.close()
    reopened = open_store(archive_url)
    try:
        assert _table(reopened) == want == _recounted(reopened)
        _check(reopened, monkeypatch)
        _save(reopened, rng, "fc000", 3)  # the triggers are back too
        assert _table(reopened) == _recounted(reopened)
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("start", "end", "months", "spans"),
    [
        (None, None, ("*", "*"), []),
        (D(2020, 2, 1), D(2020, 4, 30), ("2020-02", "2020-04"), []),
        (D(2020, 1, 15), None, ("2020-02", None), [(D(2020, 1, 15), D(2020, 1, 31))]),
        (None, D(2024, 2, 28), (None, "2024-01"), [(D(2024, 2, 1), D(2024, 2, 28))]),
        (None, D(2024, 2, 29), (None, "2024-02"), []),
        (D(2019, 12, 2), D(2020, 1, 30), None, [(D(2019, 12, 2), D(2020, 1, 30))]),
        (
            D(2019, 12, 31), D(2020, 2, 1), ("2020-01", "2020-01"),
            [(D(2019, 12, 31), D(2019, 12, 31)), (D(2020, 2, 1), D(2020, 2, 1))],
        ),
    ],
)  # fmt: skip
def test_a_date_range_is_whole_months_and_live_edges(start, end, months, spans):
    assert split_dates(start, end) == (months, spans)


def test_the_page_names_the_facets_counted_over_a_sample():
    """The count table's facets are exact unless a filter it lacks is set (their own filter
    aside); with a country, the verdicts are over the sample (0025 counts the actors)."""
    assert sampled_facets(EventSearch(country="Syria", start=D(2020, 1, 9))) == ["verdict"]
    assert sampled_facets(EventSearch(actor="x"), ["country", "actor"]) == ["country", "actor"]
    assert sampled_facets(EventSearch(verdict="violation"), ["hedged"]) == ["hedged"]


def test_the_events_page_says_which_counts_are_sampled(tmp_path_factory, monkeypatch):
    from ceasewatch.serve import pages
    from tests import serve_data

    desk = serve_data.desk(tmp_path_factory, "facet-token")
    client, _ = next(desk)
    monkeypatch.setattr(pages, "FACET_SAMPLE", 0)  # every archive "larger than the sample"
    exact = client.get("/events").text
    assert "Counts beside the verdict values are over the newest 0 matching" in exact
    assert "the others are exact" in exact
    sampled = client.get("/events?min_confidence=0").text  # a filter the table lacks
    assert "Counts beside the filter values are over the newest 0 matching events." in sampled
    desk.close()


def test_the_actor_filter_alone_counts_the_key_index_as_the_events(store):
    """An actor filter alone is counted in event_actors (no event row read): the same total as
    the filter over the events, after a re-extraction dropped some of them."""
    from ceasewatch.model import ActorRef

    rng = random.Random(8)
    names = ["Syrian Army", "Army of Islam", "Free Syrian Army", "Houthis", "Al-Qaeda_x%"]
    for aid in _add_articles(store, 8):
        events = []
        for i in range(rng.randint(1, 6)):
            a1, a2 = rng.sample(names, 2)
            events.append(
                _event(rng, aid, i).model_copy(
                    update={"actor1": ActorRef(name=a1), "actor2": ActorRef(name=a2)}
                )
            )
        store.save_extraction(Extraction(article_id=aid, stage="test", events=tuple(events)))
    _save(store, rng, "fc002", 1)  # its actors' events gone (their keys stay in the dictionary)
    for needle in ("army", "syrian army", "houthis", "qaeda_x%", "_", "nobody", "FREE"):
        search = EventSearch(actor=needle)
        walked = EventSearch(actor=needle, min_confidence=-1.0)  # the walk of the events
        assert store.count_events(search) == store.count_events(walked), needle
        assert store.count_events(search) == sum(
            1 for e in store.event_page(walked, limit=1000) if e.actor1 or e.actor2
        )


class _Counting:
    """The store's connection, counting the statements that read ``event_counts``."""

    def __init__(self, db) -> None:
        self.db, self.reads = db, 0

    def execute(self, sql, params=()):
        self.reads += "FROM event_counts" in sql
        return self.db.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self.db, name)


def test_a_date_range_facets_read_the_table_once_per_skip_set(store, backend, monkeypatch):
    """A date range's exact facets (0023): the facets skipping the same filters share one
    read of the table's rows (one for a range alone, two when a country is also set: the
    country facet ignores it), equal to the live walk; SQLite reads the covering index."""
    rng = random.Random(23)
    for aid in _add_articles(store, 20):
        _save(store, rng, aid, rng.randint(2, 8))
    counted = ["event_type", "sub_event_type", "country", "admin1", "hedged"]
    for search, reads in (
        (EventSearch(start=D(2020, 1, 15), end=D(2020, 5, 3)), 1),
        (EventSearch(start=D(2020, 2, 1), end=D(2020, 4, 30), country="Syria"), 2),
        (EventSearch(start=D(2020, 1, 1), event_type="Battles", hedged=True), 3),
    ):
        counting = _Counting(store.db)
        monkeypatch.setattr(store, "db", counting)
        answers = store.event_facets(search, counted, top=100)
        monkeypatch.undo()
        assert counting.reads == reads, search
        with monkeypatch.context() as m:
            m.setattr(facetcounts, "counted", lambda *_a: False)
            assert answers == store.event_facets(search, counted, top=100), search
    if backend == "sqlite":
        plan = " ".join(
            str(r[-1])
            for r in store.db.execute(
                "EXPLAIN QUERY PLAN SELECT country, n FROM event_counts"
                " WHERE period <> '*' AND period >= '2020-02' AND period <= '2020-04'"
            )
        )
        assert "COVERING INDEX event_counts_sums" in plan
