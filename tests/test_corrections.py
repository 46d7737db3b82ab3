"""Analyst corrections in the archive: applied, kept with who/when/before/after, and applied
again after a re-extraction, whether it keeps the event ids or renumbers them."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from ceasewatch.errors import NotFoundError
from ceasewatch.model import EventChanges, Extraction, Location
from ceasewatch.store import open_store
from tests import serve_data


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    ids = serve_data.build(path)
    store = open_store(path)
    yield store, ids
    store.close()


def _reextract(store, article_id: str, renumber: bool = False) -> None:
    """What a re-extraction saves: the article's events fresh from extraction (uncorrected),
    optionally with a new event first so every id moves by one."""
    art = store.article(article_id)
    fresh = list(serve_data.events_a(art))
    if renumber:
        extra = fresh[1].model_copy(
            update={"location": Location(name="Zabid", reason="test"), "evidence": ()}
        )
        fresh = [extra, *fresh]
        fresh = [e.model_copy(update={"id": f"{art.id}-e{i + 1}"}) for i, e in enumerate(fresh)]
    store.save_extraction(Extraction(article_id=art.id, events=tuple(fresh)))


def test_a_correction_changes_the_event_and_is_recorded(archive):
    store, ids = archive
    changes = EventChanges(sub_event_type="Attack", fatalities=5, actor2="Civilians (Yemen)")
    c = store.add_correction(ids["clash"], changes, who="Dana", reason="the victims were civilians")
    event = store.event(ids["clash"])
    assert (event.sub_event_type, event.event_type) == ("Attack", "Violence against civilians")
    assert event.fatalities == 5 and event.actor2 is not None
    assert event.actor2.name == "Civilians (Yemen)" and event.actor2.method == "analyst"
    assert event.corrections == (c.id,)
    assert event.evidence  # the evidence stays
    assert c.before == {"sub_event_type": "Armed clash", "actor2": "Military Forces of Yemen",
                        "fatalities": 3}  # fmt: skip
    assert c.after == {"sub_event_type": "Attack", "actor2": "Civilians (Yemen)", "fatalities": 5}
    assert c.who == "Dana" and c.at.tzinfo is not None
    assert [h.id for h in store.event_history(ids["clash"])] == [c.id]
    assert store.count_corrections() == 1


def test_a_correction_survives_a_reextraction_with_the_same_ids(archive):
    store, ids = archive
    store.add_correction(ids["clash"], EventChanges(sub_event_type="Attack"), who="Dana")
    _reextract(store, ids["a"])
    assert store.event(ids["clash"]).sub_event_type == "Attack"
    assert store.event(ids["attack"]).sub_event_type == "Attack"  # untouched, was Attack


def test_a_correction_reattaches_by_key_when_ids_are_renumbered(archive):
    store, ids = archive
    first = store.add_correction(
        ids["clash"], EventChanges(sub_event_type="Air/drone strike"), who="Dana"
    )
    second = store.add_correction(
        ids["clash"], EventChanges(latitude=14.8, longitude=42.95), who="Lee"
    )
    _reextract(store, ids["a"], renumber=True)
    # Extraction renumbered every event and put a new one (at Zabid) first; the archive keeps
    # the ids of the events a re-extraction continues (ceasewatch.identity), and the new event
    # must not take the correction.
    events = store.events()
    new = [
        e for e in events if e.article_id == ids["a"] and e.location and e.location.name == "Zabid"
    ]
    assert len(new) == 1 and new[0].sub_event_type == "Attack" and not new[0].corrections
    clash = store.event(ids["clash"])
    assert clash.sub_event_type == "Air/drone strike"
    assert clash.corrections == (first.id, second.id)
    assert clash.location is not None and clash.location.latitude == 14.8
    assert clash.location.geo_precision == 1
    assert [c.id for c in store.event_history(ids["clash"])] == [first.id, second.id]


def test_no_event_removes_it_now_and_after_reextraction(archive):
    store, ids = archive
    c = store.add_correction(
        ids["attack"], EventChanges(no_event=True), who="Dana", reason="a rumour"
    )
    with pytest.raises(NotFoundError):
        store.event(ids["attack"])
    assert [h.id for h in store.event_history(ids["attack"])] == [c.id]
    assert c.before == {"no_event": False} and c.after == {"no_event": True}
    _reextract(store, ids["a"], renumber=True)
    assert {e.location.name for e in store.events() if e.location} == {"Hodeidah", "Zabid"}


def test_a_correction_marks_assessments_stale(archive):
    store, ids = archive
    store.mark_assessed(store.extraction_generation())
    store.add_correction(ids["clash"], EventChanges(fatalities=1), who="Dana")
    assert store.assessments_stale()


def test_unknown_event_is_not_found(archive):
    store, _ = archive
    with pytest.raises(NotFoundError):
        store.add_correction("nope", EventChanges(fatalities=1), who="Dana")
    with pytest.raises(NotFoundError):
        store.event_history("nope")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"sub_event_type": "Skirmish"}, "not an ACLED sub-event type"),
        ({"latitude": 95.0, "longitude": 10.0}, "less than or equal to 90"),
        ({"latitude": 14.0}, "latitude and longitude together"),
        ({"fatalities": -1}, "greater than or equal to 0"),
        ({}, "no change given"),
        ({"no_event": True, "fatalities": 2}, "give it alone"),
        ({"colour": "red"}, "Extra inputs are not permitted"),
    ],
)
def test_bad_changes_are_refused(changes, reason):
    with pytest.raises(ValidationError, match=reason):
        EventChanges.model_validate(changes)


def test_history_orders_by_time(archive):
    store, ids = archive
    a = store.add_correction(ids["clash"], EventChanges(fatalities=1), who="A")
    b = store.add_correction(ids["clash"], EventChanges(fatalities=2), who="B")
    assert [c.id for c in store.event_history(ids["clash"])] == [a.id, b.id]
    assert store.event(ids["clash"]).fatalities == 2
    assert all(isinstance(c.at, dt.datetime) for c in store.corrections())


def test_corrections_survive_extract_all_through_the_real_pipeline(tmp_path):
    """Two events from one sentence (one per place): each correction stays on its own."""
    from click.testing import CliRunner

    from ceasewatch.cli import main

    db = str(tmp_path / "a.db")
    report = tmp_path / "report.txt"
    report.write_text(
        "Clashes between rebels and government troops erupted in Kafr Zita and Latamna on "
        "Monday, 4 March 2019, killing at least nine fighters, activists said.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "-q", str(report)]).exit_code == 0
    assert runner.invoke(main, ["extract", "--db", db, "-q"]).exit_code == 0
    store = open_store(db)
    by_place = {e.location.name: e for e in store.events() if e.location}
    latamna, kafr_zita = by_place["Latamna"], by_place["Kafr Zita"]
    assert latamna.sentence == kafr_zita.sentence  # the fallback key needs the place too
    store.add_correction(latamna.id, EventChanges(sub_event_type="Air/drone strike"), "Dana")
    store.add_correction(kafr_zita.id, EventChanges(fatalities=4), "Lee")
    store.close()
    again = runner.invoke(main, ["extract", "--db", db, "-q", "--all"])
    assert again.exit_code == 0, again.output
    store = open_store(db)
    after = {e.location.name: e for e in store.events() if e.location}
    assert after["Latamna"].sub_event_type == "Air/drone strike"
    assert after["Latamna"].fatalities == latamna.fatalities
    assert after["Kafr Zita"].fatalities == 4
    assert after["Kafr Zita"].sub_event_type == "Armed clash"
    store.close()
