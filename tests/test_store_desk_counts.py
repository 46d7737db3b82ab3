"""The morning view's counts since a day from count tables (migration 0024): violations per
agreement from ``verdict_months`` (kept by triggers on verdicts and events) and event types from
``event_counts``, each with the partial first month counted live. Checked on both backends,
over random archives, against a recount in Python after re-assessments, re-extractions that
move events to other months, undated events, verdicts of missing events, bulk statements and
the migration's backfill; and the quality queue's abroad check on its 0024 indexes."""

from __future__ import annotations

import datetime as dt
import random

from ceasewatch.model import Event, Extraction, Location
from ceasewatch.store import open_store
from ceasewatch.store.base import AssessmentRun
from tests.event_builders import judge_randomly, numbered_articles, save_random_events

KINDS = ("violation", "permitted", "undetermined")
AGREEMENTS = ("ag-a", "ag-b", "ag-c")
TYPES = ("Battles", "Riots", "Explosions/Remote violence")
# the 1st of a month, mid-month, the last day, before and after every event
SINCE = [dt.date(2019, 12, 1), dt.date(2020, 1, 1), dt.date(2020, 1, 17), dt.date(2020, 2, 29),
         dt.date(2020, 3, 2), dt.date(2020, 4, 30), dt.date(2021, 1, 1)]  # fmt: skip


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(120))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id,
        event_date=None if rng.random() < 0.15 else day, time_precision=1,
        disorder_type="Political violence", event_type=rng.choice(TYPES),
        sub_event_type="Armed clash", actor1=None,
        location=Location(name="Taiz", country="Yemen"),
    )  # fmt: skip


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_events(store, _event, rng, article_id, n)


def _judge(store, rng: random.Random, share: float = 0.7) -> None:
    judge_randomly(store, rng, KINDS, AGREEMENTS, share, "dc999-e0")


def _recounted(store, since: dt.date, kind: str) -> tuple[list, list]:
    """(violations per agreement, events per type) since ``since``, from every row in Python."""
    dates = {i: d for i, d in store.db.execute("SELECT id, event_date FROM events")}
    verdicts: dict[str, int] = {}
    for a, e, k in store.db.execute("SELECT agreement_id, event_id, verdict FROM verdicts"):
        if k == kind and dates.get(e) is not None and dates[e] >= since.isoformat():
            verdicts[a] = verdicts.get(a, 0) + 1
    types: dict[str, int] = {}
    for t, d in store.db.execute("SELECT event_type, event_date FROM events"):
        if d is not None and d >= since.isoformat():
            types[t] = types.get(t, 0) + 1
    return (
        sorted(verdicts.items(), key=lambda kv: (-kv[1], kv[0])),
        sorted(types.items(), key=lambda kv: (-kv[1], kv[0])),
    )


def _check(store) -> None:
    for since in SINCE:
        for kind in KINDS:
            verdicts, types = _recounted(store, since, kind)
            assert store.verdict_counts_since(since, kind) == verdicts, (since, kind)
        assert store.event_type_counts_since(since) == types, since
    rows = store.db.execute("SELECT COUNT(*) FROM verdict_months WHERE n <= 0").fetchone()
    assert rows[0] == 0  # rows left at zero are deleted


def test_counts_since_follow_assessments_reextractions_and_deletions(store):
    rng = random.Random(12)
    ids = numbered_articles(store, 20, "dc")
    for aid in ids:
        _save(store, rng, aid, rng.randint(1, 6))
    _judge(store, rng)
    assert store.verdict_counts_since(SINCE[0], "violation") != []  # something counted
    _check(store)
    for aid in ids[::3]:  # re-extracted: the same ids on other days, or fewer
        _save(store, rng, aid, rng.randint(0, 7))
    _check(store)
    _judge(store, rng, share=0.4)
    store.save_assessment_run(AssessmentRun(dropped_agreements=[AGREEMENTS[2]]))
    _check(store)
    for aid in ids:  # every event gone: nothing since any day
        _save(store, rng, aid, 0)
    _check(store)
    assert store.verdict_counts_since(SINCE[0], "violation") == []


def test_counts_since_follow_bulk_statements(store):
    """Statements writing many rows at once (make_synthetic.py --replicate; a correction that
    re-dates an event) keep the table exact."""
    rng = random.Random(5)
    for aid in numbered_articles(store, 8, "dc"):
        _save(store, rng, aid, 5)
    _judge(store, rng)
    columns = "article_id, event_date, event_type, sub_event_type, actors, place, data"
    with store.transaction() as db:
        db.execute(f"INSERT INTO events (id, {columns}) SELECT id || '-c', {columns} FROM events")
        db.execute(
            "INSERT INTO verdicts (agreement_id, event_id, verdict, data)"
            " SELECT agreement_id, event_id || '-c', verdict, data FROM verdicts"
            " WHERE event_id LIKE 'dc00%'"
        )
        db.execute("UPDATE events SET event_date = '2020-03-15' WHERE id LIKE 'dc001%'")
        db.execute("UPDATE events SET event_date = NULL WHERE id LIKE 'dc002%'")
        db.execute("UPDATE events SET fatalities = 3 WHERE id LIKE 'dc003%'")  # nothing moves
        db.execute("UPDATE verdicts SET verdict = 'violation' WHERE event_id LIKE 'dc004%'")
        db.execute("UPDATE verdicts SET event_id = event_id || '-x' WHERE event_id LIKE 'dc005%'")
        db.execute("DELETE FROM events WHERE id LIKE 'dc006%'")
        db.execute("DELETE FROM verdicts WHERE event_id LIKE 'dc007%'")
    _check(store)


def test_migration_backfills_an_existing_archive(archive_url, backend):
    """An archive holding verdicts before 0024 gains their months when it is opened."""
    rng = random.Random(9)
    store = open_store(archive_url)
    for aid in numbered_articles(store, 10, "dc"):
        _save(store, rng, aid, 4)
    _judge(store, rng)
    want = store.verdict_counts_since(SINCE[2], "violation")
    on = " ON verdicts" if backend == "postgresql" else ""
    on_events = " ON events" if backend == "postgresql" else ""
    with store.transaction() as db:  # back to the archive as 0023 left it
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER verdict_months_{kind}{on}")
            db.execute(f"DROP TRIGGER verdict_months_event_{kind}{on_events}")
        db.execute("DROP TABLE verdict_months")
        db.execute("DROP INDEX events_precise")
        db.execute("DROP INDEX articles_country")
        db.execute("DROP INDEX articles_newest")
        if backend == "postgresql":
            db.execute("DROP FUNCTION verdict_months_trigger()")
            db.execute("DROP FUNCTION verdict_months_event_trigger()")
        db.execute("DELETE FROM schema_migrations WHERE version = 24")
    store.close()
    reopened = open_store(archive_url)
    try:
        assert reopened.verdict_counts_since(SINCE[2], "violation") == want
        _check(reopened)
        _judge(reopened, rng)  # the triggers are back too
        _check(reopened)
    finally:
        reopened.close()


def test_place_keys_are_the_distinct_names_probed_one_by_one(store):
    """``place_keys`` (the morning view's and the quality queue's known places) probes the
    place index once per name: the same names as a DISTINCT over every event."""
    rng = random.Random(3)
    names = ["Taiz", "taiz", "Saraqib", "Aleppo", "Al-Bab", "Ma'arrat", "Zabadani", "", None]
    for n, aid in enumerate(numbered_articles(store, 12, "pk")):
        events = []
        for i in range(rng.randint(0, 5)):
            name = rng.choice(names)
            event = _event(rng, aid, i)
            location = None if name is None else Location(name=name, country="Syria")
            events.append(event.model_copy(update={"location": location}))
        store.save_extraction(Extraction(article_id=aid, stage="test", events=tuple(events)))
        live = store.db.execute("SELECT DISTINCT place_key FROM events WHERE place_key <> ''")
        assert store.place_keys() == sorted(str(r[0]) for r in live), n
    assert len(store.place_keys()) >= 4
