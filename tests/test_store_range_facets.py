"""The date range's actor and verdict facets from count tables (migration 0025): events per
month, country and first actor's name (``actor_months``) and verdicts per day of their event's
date, agreement and kind (``verdict_days``), kept by triggers on events and verdicts. Checked on
both backends over random archives (undated events, events without an actor or a country,
verdicts of events not archived): both tables equal a recount in Python, and every facet they
answer equals the live count of the matching events (the archive is under the sample's size,
so the former walk is exact) after re-assessments, re-extractions, bulk statements, re-dating,
deletions and the migration's backfill."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.model import ActorRef, Event, Location
from ceasewatch.store import facetcounts, open_store
from ceasewatch.store.base import AssessmentRun, EventSearch
from ceasewatch.store.queries import sampled_facets
from tests.event_builders import judge_randomly, numbered_articles, save_random_events

D = dt.date
NAMES = ["Syrian Army", "HTS", "Houthis", "Military Forces of Yemen", "syrian army", None]
COUNTRIES = ["Syria", "Yemen", None]
KINDS = ("violation", "permitted", "undetermined")
AGREEMENTS = ("ag-a", "ag-b", "ag-c")
SEARCHES = [
    EventSearch(),  # the actors from the '*' rows; the verdicts sampled (no table row)
    EventSearch(start=D(2020, 2, 1), end=D(2020, 4, 30)),  # whole months only
    EventSearch(start=D(2020, 1, 15), end=D(2020, 5, 3)),  # both ends partial
    EventSearch(start=D(2020, 1, 15), end=D(2020, 5, 3), country="Syria"),
    EventSearch(start=D(2020, 3, 5), end=D(2020, 3, 20), country="Yemen"),  # inside a month
    EventSearch(start=D(2020, 2, 10), end=D(2020, 3, 9)),  # two partial months, none whole
    EventSearch(start=D(2020, 3, 31)),  # open end
    EventSearch(end=D(2020, 2, 29)),  # open start, a leap month's end
    EventSearch(start=D(2020, 5, 1), end=D(2020, 1, 1)),  # empty range
    EventSearch(start=D(2020, 1, 1), end=D(2020, 12, 31), actor="hts"),  # sampled: the actor filter
    EventSearch(start=D(2020, 1, 1), agreement="ag-a", verdict="violation"),  # the verdict's
    EventSearch(start=D(2020, 1, 1), event_type="Battles"),  # not in the tables: live
    EventSearch(country="Syria"),
]


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    name = rng.choice(NAMES)
    country = rng.choice(COUNTRIES)
    day = None if rng.random() < 0.15 else D(2020, 1, 1) + dt.timedelta(days=rng.randrange(150))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type=rng.choice(["Battles", "Riots"]),
        sub_event_type="Armed clash",
        actor1=None if name is None else ActorRef(name=name, id=name.casefold()),
        location=None if country is None else Location(name=f"town {n}", country=country),
    )  # fmt: skip


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_events(store, _event, rng, article_id, n)


def _judge(store, rng: random.Random, share: float = 0.7) -> None:
    judge_randomly(store, rng, KINDS, AGREEMENTS, share, "rf999-e0")


def _recounted(store) -> tuple[dict, dict]:
    """Both tables as they should be, counted from the rows in Python."""
    actors: dict[tuple[str, str, str], int] = {}
    dates = {}
    for i, d, c, a in store.db.execute("SELECT id, event_date, country, actor1_name FROM events"):
        dates[i] = d
        for period in ("*", str(d)[:7]) if d else ("*",):
            key = (period, c or "", a or "")
            actors[key] = actors.get(key, 0) + 1
    verdicts: dict[tuple[str, str, str], int] = {}
    for e, a, k in store.db.execute("SELECT event_id, agreement_id, verdict FROM verdicts"):
        if dates.get(e) is not None:
            key = (str(dates[e]), a, k)
            verdicts[key] = verdicts.get(key, 0) + 1
    return actors, verdicts


def _check(store, monkeypatch: pytest.MonkeyPatch) -> None:
    actors = {
        (str(p), str(c), str(a)): int(n)
        for p, c, a, n in store.db.execute(
            "SELECT period, country, actor1_name, n FROM actor_months"
        )
    }
    verdicts = {
        (str(d), str(a), str(k)): int(n)
        for d, a, k, n in store.db.execute("SELECT day, agreement_id, verdict, n FROM verdict_days")
    }
    assert (actors, verdicts) == _recounted(store)
    for search in SEARCHES:
        answers = store.event_facets(search, ["actor", "verdict"], top=100)
        with monkeypatch.context() as m:  # the live walk (the archive is under FACET_SAMPLE)
            m.setattr(facetcounts, "counted", lambda *_a: False)
            live = store.event_facets(search, ["actor", "verdict"], top=100)
        assert answers == live, search


def test_tables_and_facets_follow_saves_assessments_and_deletions(store, monkeypatch):
    rng = random.Random(25)
    ids = numbered_articles(store, 20, "rf")
    for aid in ids:
        _save(store, rng, aid, rng.randint(1, 7))
    _judge(store, rng)
    facets = store.event_facets(SEARCHES[2], ["actor", "verdict"], top=100)
    assert facets["actor"] and facets["verdict"]  # something counted
    _check(store, monkeypatch)
    for aid in ids[::3]:  # re-extracted: the same ids on other days, or fewer
        _save(store, rng, aid, rng.randint(0, 8))
    _check(store, monkeypatch)
    _judge(store, rng, share=0.4)
    store.save_assessment_run(AssessmentRun(dropped_agreements=[AGREEMENTS[2]]))
    _check(store, monkeypatch)
    for aid in ids:
        _save(store, rng, aid, 0)
    _check(store, monkeypatch)
    assert store.db.execute("SELECT COUNT(*) FROM actor_months").fetchone()[0] == 0


def test_tables_follow_bulk_statements(store, monkeypatch):
    """Statements writing many rows at once (make_synthetic.py --replicate; corrections that
    re-date an event or change its actor or country) keep both tables exact."""
    rng = random.Random(6)
    for aid in numbered_articles(store, 8, "rf"):
        _save(store, rng, aid, 5)
    _judge(store, rng)
    columns = "article_id, event_date, event_type, sub_event_type, actors, place, data, country"
    columns += ", actor1_name"
    with store.transaction() as db:
        db.execute(f"INSERT INTO events (id, {columns}) SELECT id || '-c', {columns} FROM events")
        db.execute(
            "INSERT INTO verdicts (agreement_id, event_id, verdict, data)"
            " SELECT agreement_id, event_id || '-c', verdict, data FROM verdicts"
            " WHERE event_id LIKE 'rf00%'"
        )
        db.execute("UPDATE events SET event_date = '2020-03-15' WHERE id LIKE 'rf001%'")
        db.execute("UPDATE events SET event_date = NULL WHERE id LIKE 'rf002%'")
        db.execute("UPDATE events SET actor1_name = 'HTS' WHERE id LIKE 'rf003%'")
        db.execute("UPDATE events SET country = NULL WHERE id LIKE 'rf004%'")
        db.execute("UPDATE events SET fatalities = 3 WHERE id LIKE 'rf005%'")  # nothing moves
        db.execute("UPDATE verdicts SET event_id = event_id || '-x' WHERE event_id LIKE 'rf005%'")
        db.execute("DELETE FROM events WHERE id LIKE 'rf006%'")
        db.execute("DELETE FROM verdicts WHERE event_id LIKE 'rf007%'")
    _check(store, monkeypatch)


def test_migration_backfills_an_existing_archive(archive_url, backend, monkeypatch):
    """An archive holding events and verdicts before 0025 gains both tables when opened."""
    rng = random.Random(10)
    store = open_store(archive_url)
    ids = numbered_articles(store, 10, "rf")
    for aid in ids:
        _save(store, rng, aid, 5)
    _judge(store, rng)
    on = " ON events" if backend == "postgresql" else ""
    on_verdicts = " ON verdicts" if backend == "postgresql" else ""
    with store.transaction() as db:  # back to the archive as 0024 left it
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER actor_months_{kind}{on}")
            db.execute(f"DROP TRIGGER verdict_days_{kind}{on_verdicts}")
            db.execute(f"DROP TRIGGER verdict_days_event_{kind}{on}")
        db.execute("DROP TABLE actor_months")
        db.execute("DROP TABLE verdict_days")
        if backend == "postgresql":
            db.execute("DROP FUNCTION actor_months_trigger()")
            db.execute("DROP FUNCTION verdict_days_trigger()")
            db.execute("DROP FUNCTION verdict_days_event_trigger()")
        db.execute("DELETE FROM schema_migrations WHERE version = 25")
    store.close()
    reopened = open_store(archive_url)
    try:
        _check(reopened, monkeypatch)
        _judge(reopened, rng)  # the triggers are back too
        _save(reopened, rng, ids[1], 6)
        _check(reopened, monkeypatch)
    finally:
        reopened.close()


def test_the_page_names_only_the_sampled_facets():
    """A date range alone, or with a country, counts the actors exactly; the verdicts are
    exact for a date range alone; any other filter (an actor too) keeps the sample."""
    rng = EventSearch(start=D(2020, 1, 9), end=D(2020, 3, 1))
    assert sampled_facets(rng, ["actor", "verdict"]) == []
    assert sampled_facets(EventSearch(start=D(2020, 1, 9), country="Syria")) == ["verdict"]
    assert sampled_facets(EventSearch(), ["actor", "verdict"]) == ["verdict"]
    actor = EventSearch(start=D(2020, 1, 9), actor="x")  # the actor's events are a short walk
    assert sampled_facets(actor, ["actor", "verdict"]) == ["actor", "verdict"]
    judged = EventSearch(start=D(2020, 1, 9), verdict="violation")
    assert sampled_facets(judged, ["actor", "verdict"]) == ["actor"]
    typed = EventSearch(start=D(2020, 1, 9), event_type="Battles")
    assert sampled_facets(typed, ["actor", "verdict"]) == ["actor", "verdict"]


def test_sqlite_breach_triggers_search_their_keys(tmp_path):
    """0025 rewrote 0023's breach_counts triggers on SQLite: no compound subquery in a key's
    IN (SQLite read every row of the table for it, once per verdict or event), and no walk of
    an agreement's rows for the emptied ones; each statement's plan searches the key."""
    store = open_store(str(tmp_path / "t.db"))
    try:
        rows = store.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND (name LIKE 'verdict_totals_%' OR name LIKE 'breach_counts_%')"
        ).fetchall()
        assert len(rows) == 6
        for name, sql in rows:
            assert "UNION ALL" not in sql, name
            walk = "DELETE FROM breach_counts WHERE agreement_id = OLD.agreement_id"
            assert walk not in " ".join(sql.split()), name
        plan = " ".join(
            str(r[-1])
            for r in store.db.execute(
                "EXPLAIN QUERY PLAN UPDATE breach_counts SET n = n - 1"
                " WHERE (agreement_id, verdict, side, name, key) IN ("
                " SELECT 'a', 'v', 'actor', actor1_name, COALESCE(actor1_id, '')"
                " FROM events WHERE id = 'x' AND actor1_name IS NOT NULL)"
            )
        )
        assert "SEARCH breach_counts" in plan and "SCAN breach_counts" not in plan
    finally:
        store.close()
