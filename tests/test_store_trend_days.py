"""The trends page's charts from per-day count rows (migration 0026, ``trend_days``): every
write marks its days (``trend_dirty``) and the next reader recounts them. Checked on both
backends over random archives (undated events, events without a country, an actor named in
two slots, events judged by several agreements with the same kind, outside-scope verdicts,
verdicts of events not archived): the table equals a recount in Python, and every chart read
from it equals the live statement, after re-assessments, re-extractions, dropped agreements,
bulk statements, re-dating, deletions and the migration's backfill."""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from ceasewatch.model import ActorRef, Event, Location
from ceasewatch.store import open_store, trendcounts
from ceasewatch.store.base import AssessmentRun, EventSearch
from tests.event_builders import judge_randomly, numbered_articles, save_random_events

D = dt.date
NAMES = ["Syrian Army", "HTS", "Houthis", "Military Forces of Yemen", "ISIS", "YPG", "SDF"]
COUNTRIES = ["Syria", "Yemen", None]
KINDS = ("violation", "permitted", "undetermined", "outside-scope")
AGREEMENTS = ("ag-a", "ag-b", "ag-c")
SEARCHES = [EventSearch(), EventSearch(country="Syria"), EventSearch(country="Yemen")]
LABELS = [{}, {"ag-a": "Truce A", "ag-b": "Truce B"}, {"ag-a": "Same", "ag-b": "Same"}]


def _ref(rng: random.Random) -> ActorRef:
    name = rng.choice(NAMES)
    return ActorRef(name=name, id=name.casefold())


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    country = rng.choice(COUNTRIES)
    day = None if rng.random() < 0.15 else D(2020, 1, 1) + dt.timedelta(days=rng.randrange(400))
    actor1 = None if rng.random() < 0.1 else _ref(rng)
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type=rng.choice(["Battles", "Riots"]),
        sub_event_type="Armed clash", actor1=actor1,
        actor2=actor1 if actor1 and rng.random() < 0.2 else _ref(rng),  # a name in two slots
        assoc_actors1=tuple(_ref(rng) for _ in range(rng.randrange(3))),
        location=None if country is None else Location(name=f"town {n}", country=country),
    )  # fmt: skip


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_events(store, _event, rng, article_id, n)


def _judge(store, rng: random.Random, share: float = 0.6) -> None:
    judge_randomly(store, rng, KINDS, AGREEMENTS, share, "td999-e0")


def _recounted(store) -> Counter:
    """``trend_days`` as it should be, counted from the rows in Python."""
    events = {
        str(i): (str(d), c or "", str(t))
        for i, d, c, t in store.db.execute("SELECT id, event_date, country, event_type FROM events")
        if d is not None
    }
    out: Counter = Counter()

    def add(chart: str, event_id: str, label: str, day: str = "") -> None:
        d, country, _ = events[event_id]
        for c in (country, "*"):
            out[(chart, c, label, day or d)] += 1

    for i, (_, _, kind) in events.items():
        add("type", i, kind)
    judged = {
        (str(e), str(a), str(k))
        for e, a, k in store.db.execute("SELECT event_id, agreement_id, verdict FROM verdicts")
        if str(e) in events and k != "outside-scope"
    }
    for e, k in {(e, k) for e, _, k in judged}:
        add("verdict", e, k)
    for e, a in {(e, a) for e, a, _ in judged}:
        add("zone", e, a)
    sets: dict[str, set[str]] = {}
    for e, a, _ in judged:
        sets.setdefault(e, set()).add(a)
    for e, ids in sets.items():
        add("zset", e, trendcounts.SEP.join(sorted(ids)))
    named = {
        (str(e), str(n))
        for e, n in store.db.execute("SELECT event_id, name FROM event_actor_refs")
        if str(e) in events
    }
    for e, n in named:
        add("actor", e, n)
        add("actor", e, n, "*")
        add("actor-all", e, "")
    for (chart, country, label, day), n in list(out.items()):
        if chart in trendcounts.BY_MONTH and day != "*":
            out[(chart + trendcounts.MONTHLY, country, label, day[:7])] += n
    return out


def _periods(rows, by_month: bool) -> Counter:
    out: Counter = Counter()
    for chart, day, label, n in rows:
        when = None if day is None else (day.replace(day=1) if by_month else day)
        out[(chart, when, label)] += n
    return out


def _check(store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.recount_trends()
    assert store.db.execute("SELECT COUNT(*) FROM trend_dirty").fetchone()[0] == 0
    table = Counter(
        {
            (str(c), str(k), str(lb), str(d)): int(n)
            for c, k, lb, d, n in store.db.execute(
                "SELECT chart, country, label, day, n FROM trend_days"
            )
        }
    )
    assert table == _recounted(store)
    for search in SEARCHES:
        span = store.trend_span(search)
        with monkeypatch.context() as m:
            m.setattr(trendcounts, "tabled", lambda _s: None)
            assert store.trend_span(search) == span, search
        start = span[0] or D(2020, 1, 1)
        key = trendcounts.tabled(search)
        assert trendcounts.chart_rows(store.db, key, start, {}, 7, False) is not None
        for labels in LABELS:
            for top in (2, 7):
                for by_month in (False, True):
                    got = store.trend_counts(search, start, labels, top, by_month)
                    with monkeypatch.context() as m:
                        m.setattr(trendcounts, "tabled", lambda _s: None)
                        live = store.trend_counts(search, start, labels, top)
                    assert _periods(got, by_month) == _periods(live, by_month), (search, labels)
    _check_scopes(store, monkeypatch)


SCOPES = [
    [("ag-a", ["Syria"], D(2020, 2, 1), D(2020, 9, 30)), ("ag-b", ["Syria", "Yemen"], D(2020, 6, 1), None)],
    [("ag-a", ["Syria"], D(2020, 1, 1), D(2020, 3, 31)), ("ag-b", ["Syria"], D(2020, 4, 1), D(2020, 5, 1))],
    [("ag-c", ["Yemen"], D(2019, 1, 1), None), ("ag-x", ["Syria"], D(2020, 1, 1), None)],
    [("ag-a", ["Syria", "Yemen"], D(2020, 1, 1), None), ("ag-b", ["Syria", "Yemen"], D(2020, 1, 1), None),
     ("ag-c", ["Yemen"], D(2020, 3, 1), D(2020, 4, 1))],
    [("ag-a", [], D(2020, 1, 1), None)],
]  # fmt: skip


def _check_scopes(store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quality queue's count of events outside every scope equals the live count."""
    for scopes in SCOPES:
        got = store.outside_every_scope_count(scopes)
        with monkeypatch.context() as m:
            m.setattr(trendcounts, "scope_count", lambda *_a: None)
            assert got == store.outside_every_scope_count(scopes), scopes


def test_table_and_charts_follow_saves_assessments_and_deletions(store, monkeypatch):
    rng = random.Random(26)
    ids = numbered_articles(store, 16, "td")
    for aid in ids:
        _save(store, rng, aid, rng.randint(1, 7))
    _judge(store, rng)
    assert store.db.execute("SELECT COUNT(*) FROM trend_dirty").fetchone()[0] > 0
    _check(store, monkeypatch)
    assert store.recount_trends() == 0  # nothing marked: nothing written
    for aid in ids[::3]:  # re-extracted: the same ids on other days, or fewer
        _save(store, rng, aid, rng.randint(0, 8))
    _check(store, monkeypatch)
    _judge(store, rng, share=0.4)
    store.save_assessment_run(AssessmentRun(dropped_agreements=[AGREEMENTS[2]]))
    _check(store, monkeypatch)
    for aid in ids:
        _save(store, rng, aid, 0)
    _check(store, monkeypatch)
    assert store.db.execute("SELECT COUNT(*) FROM trend_days").fetchone()[0] == 0


def test_an_earlier_start_or_other_filters_count_live(store, monkeypatch):
    """A start after the first event (the actor totals are over every day) and any filter but
    a country are answered by the live statement, whatever the table holds."""
    rng = random.Random(3)
    for aid in numbered_articles(store, 6, "td"):
        _save(store, rng, aid, 6)
    _judge(store, rng)
    store.recount_trends()
    with store.transaction() as db:
        db.execute("UPDATE trend_days SET n = n + 100")  # the table is not read below
    late = D(2020, 6, 1)
    for search in [*SEARCHES, EventSearch(event_type="Battles"), EventSearch(start=late)]:
        got = store.trend_counts(search, late if search in SEARCHES else D(2019, 1, 1))
        with monkeypatch.context() as m:
            m.setattr(trendcounts, "tabled", lambda _s: None)
            live = store.trend_counts(search, late if search in SEARCHES else D(2019, 1, 1))
        assert _periods(got, False) == _periods(live, False), search
    assert trendcounts.tabled(EventSearch(country="Syria", hedged=False)) is None


def test_tables_follow_bulk_statements(store, monkeypatch):
    """Statements writing many rows at once (make_synthetic.py --replicate; corrections that
    re-date an event or change its type or country) mark every day they touch."""
    rng = random.Random(6)
    for aid in numbered_articles(store, 8, "td"):
        _save(store, rng, aid, 5)
    _judge(store, rng)
    _check(store, monkeypatch)
    columns = "article_id, event_date, event_type, sub_event_type, actors, place, data, country"
    with store.transaction() as db:
        db.execute(f"INSERT INTO events (id, {columns}) SELECT id || '-c', {columns} FROM events")
        db.execute(
            "INSERT INTO event_actor_refs (event_id, slot, pos, actor_id, name, label)"
            " SELECT event_id || '-c', slot, pos, actor_id, name, label FROM event_actor_refs"
        )
        db.execute(
            "INSERT INTO verdicts (agreement_id, event_id, verdict, data)"
            " SELECT agreement_id, event_id || '-c', verdict, data FROM verdicts"
            " WHERE event_id LIKE 'td00%'"
        )
        db.execute("UPDATE events SET event_date = '2020-03-15' WHERE id LIKE 'td001%'")
        db.execute("UPDATE events SET event_date = NULL WHERE id LIKE 'td002%'")
        db.execute("UPDATE events SET event_type = 'Protests' WHERE id LIKE 'td003%'")
        db.execute("UPDATE events SET country = NULL WHERE id LIKE 'td004%'")
        db.execute("UPDATE event_actor_refs SET name = 'HTS' WHERE event_id LIKE 'td005%'")
        db.execute("UPDATE verdicts SET verdict = 'violation' WHERE event_id LIKE 'td006%'")
        db.execute("UPDATE verdicts SET event_id = event_id || '-x' WHERE event_id LIKE 'td007%'")
        db.execute("DELETE FROM events WHERE id LIKE 'td000%'")
        db.execute("DELETE FROM event_actor_refs WHERE event_id LIKE 'td001%'")
        db.execute("DELETE FROM verdicts WHERE event_id LIKE 'td002%'")
    _check(store, monkeypatch)


def test_migration_backfills_an_existing_archive(archive_url, backend, monkeypatch):
    """An archive holding events, actors and verdicts before 0026 gains the rows when opened."""
    rng = random.Random(10)
    store = open_store(archive_url)
    ids = numbered_articles(store, 10, "td")
    for aid in ids:
        _save(store, rng, aid, 5)
    _judge(store, rng)
    on = {
        "event": " ON events",
        "verdict": " ON verdicts",
        "ref": " ON event_actor_refs",
    }
    with store.transaction() as db:  # back to the archive as 0025 left it
        for table in ("event", "verdict", "ref"):
            for kind in ("insert", "delete", "update"):
                tail = on[table] if backend == "postgresql" else ""
                db.execute(f"DROP TRIGGER trend_dirty_{table}_{kind}{tail}")
        db.execute("DROP TABLE trend_days")
        db.execute("DROP TABLE trend_dirty")
        if backend == "postgresql":
            db.execute("DROP FUNCTION trend_dirty_event_trigger()")
            db.execute("DROP FUNCTION trend_dirty_link_trigger()")
        db.execute("DELETE FROM schema_migrations WHERE version = 26")
    store.close()
    reopened = open_store(archive_url)
    try:
        assert reopened.db.execute("SELECT COUNT(*) FROM trend_dirty").fetchone()[0] == 0
        table = Counter(
            {
                (str(c), str(k), str(lb), str(d)): int(n)
                for c, k, lb, d, n in reopened.db.execute(
                    "SELECT chart, country, label, day, n FROM trend_days"
                )
            }
        )
        assert table == _recounted(reopened)  # backfilled by the migration, not a recount
        _check(reopened, monkeypatch)
        _judge(reopened, rng)  # the triggers are back too
        _save(reopened, rng, ids[1], 6)
        _check(reopened, monkeypatch)
    finally:
        reopened.close()


def test_the_fast_synthetic_copy_scales_the_rows(tmp_path, monkeypatch):
    """``make_synthetic.py --replicate --fast`` copies rows with the triggers dropped and
    multiplies the count tables: trend_days too (each copy repeats its original's day,
    country, type, verdicts and names), so the copy's rows equal a recount, before and after
    the days its verdict and name copies marked are recounted."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from make_synthetic import replicate_sqlite_fast

    path = str(tmp_path / "fast.db")
    store = open_store(path)
    rng = random.Random(8)
    for aid in numbered_articles(store, 6, "td"):
        _save(store, rng, aid, 5)
    _judge(store, rng)
    store.recount_trends()
    store.close()
    replicate_sqlite_fast(path, 3)
    grown = open_store(path)
    try:
        for _ in range(2):  # scaled; then recounted (the verdicts' and names' copies marked days)
            table = Counter(
                {
                    (str(c), str(k), str(lb), str(d)): int(n)
                    for c, k, lb, d, n in grown.db.execute(
                        "SELECT chart, country, label, day, n FROM trend_days"
                    )
                }
            )
            assert table == _recounted(grown)
            grown.recount_trends()
    finally:
        grown.close()
