"""Issue 10: scope first, verdicts stored apart and recomputed only for what changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ceasewatch.archive import ingest_into
from ceasewatch.model import Event, Extraction, Location
from ceasewatch.reassess import count_pairs, reassess
from ceasewatch.store import SQLStore, open_store
from ceasewatch.store.sqlite import SQLiteStore, migrations
from tests.test_assess import KB, TRUCE, D, event, loc

CHAD_TRUCE = TRUCE.model_copy(update={"countries": ("TD",)})
SUDAN = Location(
    name="El Fasher", latitude=13.63, longitude=25.35, country="Sudan", iso=729, geo_precision=1
)


@pytest.fixture
def archive(tmp_path: Path, archive_url: str):  # type: ignore[no-untyped-def]
    lines = [
        {"text": f"Report {i}: fighting was reported in the province.", "published": "2020-03-01"}
        for i in range(3)
    ]
    feed = tmp_path / "reports.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    store = open_store(archive_url)  # each test on SQLite and on PostgreSQL
    articles = ingest_into(store, [str(feed)]).articles
    yield store, [a.id for a in articles]
    store.close()


def _put(store: SQLStore, article_id: str, *events: Event) -> None:
    moved = tuple(e.model_copy(update={"article_id": article_id}) for e in events)
    store.save_extraction(Extraction(article_id=article_id, events=moved))


def test_a_clash_in_sudan_gets_no_verdict_against_another_countrys_zone(archive) -> None:  # type: ignore[no-untyped-def]
    store, (a1, a2, _) = archive
    _put(store, a1, event(where=loc()))
    _put(store, a2, event(where=SUDAN), event(where=loc(lat=40.0)))
    report = reassess(store, [CHAD_TRUCE], KB)
    assert report.judged == 1
    stored = store.verdicts()
    assert [v.verdict for v in stored] == ["violation"]
    assert count_pairs(store.events(), [CHAD_TRUCE]) == (1, 3)


def test_only_what_changed_is_judged_again(archive) -> None:  # type: ignore[no-untyped-def]
    store, (a1, a2, a3) = archive
    _put(store, a1, event(where=loc(), dead=3))
    first = reassess(store, [CHAD_TRUCE], KB)
    assert first.judged == 1 and [a.status for a in first.assessments] == ["strained"]
    again = reassess(store, [CHAD_TRUCE], KB)
    assert again.judged == 0 and again.assessments == []  # nothing changed: nothing recomputed
    _put(store, a2, event("nor-army", "dawn-council", on=D(2020, 3, 2)))
    _put(store, a3, event(where=SUDAN))
    more = reassess(store, [CHAD_TRUCE], KB)
    assert more.judged == 1  # the new in-scope event only
    assert len(store.verdicts(CHAD_TRUCE.id)) == 2
    widened = CHAD_TRUCE.model_copy(update={"valid_to": D(2021, 6, 30)})
    redo = reassess(store, [widened], KB)
    assert redo.rejudged_agreements == [CHAD_TRUCE.id] and redo.judged == 2


def test_stored_assessments_are_read_without_their_verdicts(archive) -> None:  # type: ignore[no-untyped-def]
    store, (a1, _, _) = archive
    _put(store, a1, event(where=loc()))
    reassess(store, [CHAD_TRUCE], KB)
    [stored] = store.assessments()
    assert stored.verdicts == () and stored.basis is not None and stored.basis.in_scope == 1
    assert store.verdict_counts() == {CHAD_TRUCE.id: {"violation": 1}}


def test_vanished_events_and_agreements_leave_no_verdicts(archive) -> None:  # type: ignore[no-untyped-def]
    store, (a1, _, _) = archive
    _put(store, a1, event(where=loc()))
    reassess(store, [CHAD_TRUCE], KB)
    store.save_extraction(Extraction(article_id=a1))  # re-extracted: the event is gone
    reassess(store, [CHAD_TRUCE], KB)
    assert store.verdicts() == []
    assert store.assessments() == []  # no stale status left behind
    reassess(store, [], KB)
    assert store.assessments() == []


def test_a_missing_lower_numbered_migration_still_runs(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    # As if 0005 had been applied before a 0004 from another branch was merged.
    db.execute("DELETE FROM schema_migrations WHERE version = 3")
    db.execute("DROP INDEX articles_story")
    db.execute("DROP TABLE story_bands")
    db.execute("ALTER TABLE articles DROP COLUMN story_id")
    db.commit()
    db.close()
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    applied = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert applied == [v for v, _ in migrations()]
    assert db.execute("SELECT COUNT(*) FROM story_bands").fetchone()[0] == 0


def test_with_the_shipped_catalogue_a_sudan_clash_meets_only_sudans_ceasefire() -> None:
    from ceasewatch.assess import load_agreements
    from ceasewatch.knowledge import load_actors

    shipped = load_agreements(load_actors(()))
    during_jeddah = event("sd-military-2019", "sd-rsf", on=D(2023, 5, 25), where=SUDAN)
    seed_day = event("sd-military-2019", "sd-rsf", on=D(2018, 1, 11), where=SUDAN)
    idlib = event(on=D(2018, 1, 11), where=loc(lat=35.93, lon=36.63))  # Idlib city
    idlib = idlib.model_copy(
        update={"location": idlib.location.model_copy(update={"country": "Syria", "iso": 760})}  # type: ignore[union-attr]
    )
    assert count_pairs([seed_day], shipped)[0] == 0
    in_scope = [a.id for a in shipped if count_pairs([during_jeddah], [a])[0]]
    assert in_scope == ["jeddah-short-term-ceasefire-2023"]
    syrian = {a.id for a in shipped if count_pairs([idlib], [a])[0]}
    assert "astana-idlib-de-escalation-zone" in syrian
    assert all("SY" in a.countries for a in shipped if a.id in syrian)


def test_the_desk_shows_what_a_status_rests_on(archive, archive_url: str) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from ceasewatch.pipeline import Resources
    from ceasewatch.serve import create_app

    store, (a1, _, _) = archive
    _put(store, a1, event(where=loc(), dead=3))
    reassess(store, [CHAD_TRUCE], KB)
    resources = Resources(_actors=KB, _agreements=[CHAD_TRUCE])
    app = create_app(archive_url, token="t" * 20, resources=resources)
    with TestClient(app, base_url="http://127.0.0.1") as client:  # closes the desk's archive
        page = client.get(f"/agreements/{CHAD_TRUCE.id}").text
        listing = client.get("/agreements").text
        api = client.get("/api/agreements").json()
    assert 'id="agreement-status">strained<' in page and 'id="one-source"' in page
    assert 'id="status-basis"' in page and "Events in scope" in page
    assert "one source" in listing and "1 event in scope, 1 breach," in listing
    [summary] = [a for a in api if a["id"] == CHAD_TRUCE.id]
    assert summary["basis"]["one_source"] and summary["verdicts"] == {"violation": 1}
