"""The agreement page's count tables (migration 0023): ``verdict_totals`` (verdicts per
agreement and kind) and ``breach_counts`` (verdicts per agreement, kind and the event's first
actor or place), kept by triggers on verdicts and on events. Checked on both backends, over
random archives, against the live computation (``breach_tallies_live``, a recount of the
verdicts) after re-assessments, re-extractions, deleted events, bulk statements and changed
actors and places."""

from __future__ import annotations

import datetime as dt
import random

from ceasewatch.model import ActorRef, Event, Location
from ceasewatch.store import open_store
from ceasewatch.store.base import AssessmentRun
from tests.event_builders import judge_randomly, numbered_articles, save_random_events

KINDS = ("violation", "joint-operation-with-excluded", "permitted", "undetermined")
BREACHES = KINDS[:2]
AGREEMENTS = ("ag-a", "ag-b", "ag-c")
ACTORS = [("Army", "sy-army"), ("Army", None), ("Rebels", "reb"), ("Militia", None), None]
PLACES = [("Saraqib", "Idleb"), ("Saraqib", None), ("Taiz", "Taizz"), (None, None)]


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    actor = rng.choice(ACTORS)
    place, admin2 = rng.choice(PLACES)
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id,
        event_date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(90)),
        time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash",
        actor1=ActorRef(name=actor[0], id=actor[1]) if actor else None,
        location=Location(name=place, country="Syria", admin2=admin2) if place else None,
    )  # fmt: skip


def _save(store, rng: random.Random, article_id: str, n: int) -> None:
    save_random_events(store, _event, rng, article_id, n)


def _judge(store, rng: random.Random, share: float = 0.7) -> None:
    judge_randomly(store, rng, KINDS, AGREEMENTS, share, "bt999-e0")


def _totals_live(store) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for a, k, n in store.db.execute(
        "SELECT agreement_id, verdict, COUNT(*) FROM verdicts GROUP BY agreement_id, verdict"
    ):
        out.setdefault(str(a), {})[str(k)] = int(n)
    return out


def _recounted(store, agreement_id: str, kinds) -> tuple[list, list]:
    """The tallies from every verdict and event read into Python, ranked as the store ranks."""
    events = {
        r[0]: r[1:]
        for r in store.db.execute(
            "SELECT id, actor1_name, actor1_id, place_name, admin2 FROM events"
        )
    }
    sides: list[dict] = [{}, {}]
    for event_id, kind in store.db.execute(
        "SELECT event_id, verdict FROM verdicts WHERE agreement_id = ?", (agreement_id,)
    ):
        if kind not in kinds or event_id not in events:
            continue
        row = events[event_id]
        for side, (name, key) in enumerate((row[0:2], row[2:4])):
            if name is not None:
                counts = sides[side].setdefault((name, key or None), {})
                counts[kind] = counts.get(kind, 0) + 1
    out = []
    for tallies in sides:
        ranked = [(n, k, c) for (n, k), c in tallies.items()]
        ranked.sort(key=lambda t: (-sum(t[2].values()), t[0], t[1] or ""))
        out.append(ranked[:50])
    return out[0], out[1]


def _check(store) -> None:
    assert store.verdict_counts() == _totals_live(store)
    for agreement_id in (*AGREEMENTS, "unknown"):
        assert store.agreement_verdict_counts(agreement_id) == _totals_live(store).get(
            agreement_id, {}
        )
        for kinds in (BREACHES, KINDS, ("violation",)):
            want = _recounted(store, agreement_id, kinds)
            assert store.breach_tallies(agreement_id, kinds) == want, (agreement_id, kinds)
            assert store.breach_tallies_live(agreement_id, kinds) == want, (agreement_id, kinds)
    rows = store.db.execute("SELECT COUNT(*) FROM breach_counts WHERE n <= 0").fetchone()
    assert rows[0] == 0  # rows left at zero are deleted


def test_tallies_follow_assessments_reextractions_and_deletions(store):
    rng = random.Random(7)
    ids = numbered_articles(store, 20, "bt")
    for aid in ids:
        _save(store, rng, aid, rng.randint(1, 6))
    _judge(store, rng)
    assert store.breach_tallies(AGREEMENTS[0], BREACHES) != ([], [])  # something counted
    _check(store)
    for aid in ids[::3]:  # re-extracted: the same ids with other actors and places, or fewer
        _save(store, rng, aid, rng.randint(0, 7))
    _check(store)
    _judge(store, rng, share=0.4)
    _check(store)
    store.save_assessment_run(AssessmentRun(rejudged_agreements=[AGREEMENTS[1]]))
    store.save_assessment_run(AssessmentRun(dropped_agreements=[AGREEMENTS[2]]))
    _check(store)
    for aid in ids:  # every event gone: no tally left, the verdicts still counted in totals
        _save(store, rng, aid, 0)
    _check(store)
    assert store.breach_tallies(AGREEMENTS[0], KINDS) == ([], [])


def test_tallies_follow_bulk_statements(store):
    """Statements writing many rows at once (make_synthetic.py --replicate copies events and
    verdicts in SQL; a correction updates an event's actor or place) keep the tables exact."""
    rng = random.Random(4)
    for aid in numbered_articles(store, 8, "bt"):
        _save(store, rng, aid, 5)
    _judge(store, rng)
    columns = "article_id, event_date, event_type, sub_event_type, actors, place, data,"
    columns += " actor1_name, actor1_id, place_name, admin2"
    with store.transaction() as db:
        db.execute(f"INSERT INTO events (id, {columns}) SELECT id || '-c', {columns} FROM events")
        db.execute(
            "INSERT INTO verdicts (agreement_id, event_id, verdict, data)"
            " SELECT agreement_id, event_id || '-c', verdict, data FROM verdicts"
            " WHERE event_id LIKE 'bt00%'"
        )
        db.execute(
            "UPDATE events SET actor1_name = 'Renamed', actor1_id = NULL WHERE id LIKE 'bt001%'"
        )
        db.execute("UPDATE events SET place_name = NULL WHERE id LIKE 'bt002%'")
        db.execute("UPDATE events SET admin2 = 'Moved', fatalities = 3 WHERE id LIKE 'bt003%'")
        db.execute("UPDATE events SET fatalities = 1 WHERE id LIKE 'bt004%'")  # nothing moves
        db.execute("UPDATE verdicts SET verdict = 'violation' WHERE event_id LIKE 'bt005%'")
        db.execute("DELETE FROM events WHERE id LIKE 'bt006%'")
        db.execute("DELETE FROM verdicts WHERE event_id LIKE 'bt007%'")
    _check(store)


def test_migration_backfills_an_existing_archive(archive_url, backend):
    """An archive holding verdicts before 0023 gains their counts when it is opened."""
    rng = random.Random(9)
    store = open_store(archive_url)
    for aid in numbered_articles(store, 10, "bt"):
        _save(store, rng, aid, 4)
    _judge(store, rng)
    want = store.breach_tallies(AGREEMENTS[0], KINDS)
    on = " ON verdicts" if backend == "postgresql" else ""
    on_events = " ON events" if backend == "postgresql" else ""
    with store.transaction() as db:  # back to the archive as 0022 left it
        for kind in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER verdict_totals_{kind}{on}")
            db.execute(f"DROP TRIGGER breach_counts_event_{kind}{on_events}")
        db.execute("DROP TABLE breach_counts")
        db.execute("DROP TABLE verdict_totals")
        db.execute("DROP INDEX event_counts_sums")
        if backend == "postgresql":
            db.execute("DROP FUNCTION verdict_totals_trigger()")
            db.execute("DROP FUNCTION breach_counts_event_trigger()")
        db.execute("DELETE FROM schema_migrations WHERE version = 23")
    store.close()
    reopened = open_store(archive_url)
    try:
        assert reopened.breach_tallies(AGREEMENTS[0], KINDS) == want
        _check(reopened)
        _judge(reopened, rng)  # the triggers are back too
        _check(reopened)
    finally:
        reopened.close()
