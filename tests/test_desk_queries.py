"""The desk's counting pages (trends, actors, morning view, quality queue) counted in SQL
(store/deskqueries.py, migration 0012) give exactly what the pages computed in Python over every
event before (tests/desk_reference.py), on both backends, over a seeded random archive with the
cases each count must get right: resolved, unresolved and weapon actors in every slot, names
differing by case, flagged and abroad points, places named for a country, unplaced events,
verdicts of several kinds from two agreements, undated events and a span longer than the
trends' window."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.countries import short_name
from ceasewatch.knowledge.descriptors import Descriptors
from ceasewatch.model import (
    ActorRef,
    Agreement,
    Assessment,
    Event,
    Extraction,
    Location,
    PartyRule,
    StatusPoint,
    Verdict,
)
from ceasewatch.pipeline import Resources
from ceasewatch.serve import create_app
from ceasewatch.serve.views.actors import actors_view
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.morning import morning_view
from ceasewatch.serve.views.quality import quality_view
from ceasewatch.serve.views.trends import trends_view
from ceasewatch.store import open_store
from tests import desk_reference, serve_data

TRUCE = Agreement(
    id="yemen-truce", name="Yemen truce", kind="ceasefire",
    parties=(PartyRule(actors=("ye-army",)), PartyRule(actors=("ye-houthis",))),
    countries=("YE",), valid_from=dt.date(2019, 3, 1), valid_to=dt.date(2020, 6, 30),
    sources=(serve_data.WIKI + "Yemen",),
)  # fmt: skip
NAMES = [
    ("ye-houthis", "Ansar Allah", "Houthi fighters"), ("ye-army", "Military Forces of Yemen", None),
    ("YE-ARMY", "Military Forces of Yemen", "troops"), (None, "Unknown gunmen", None),
    (None, "unknown gunmen", None), (None, "Tribal fighters", "tribesmen"),
    (None, "VBIED", None), (None, "Militants", "a UAV"), (None, "a UAV", None),
    ("ir-govt", "Government of Iran", None), ("", "Local militia", None),
]  # fmt: skip
PLACES = [
    ("Hodeidah", "Yemen", 14.8, 42.95, 1, "gazetteer"), ("Hays", "YE", 13.93, 43.48, 2, "town"),
    ("Jizan", "Saudi Arabia", 16.9, 42.55, 1, "gazetteer"),
    ("Yemen", "Yemen", 15.5, 47.5, 3, "country"),
    ("Marib", "Yemen", 15.46, 45.32, 1, "FLAGGED: outside Yemen"),
    ("Zabid", "Yemen", None, None, None, "not found"), ("Taiz", None, 13.58, 44.02, 1, "city"),
]  # fmt: skip
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Air/drone strike")]  # fmt: skip
KINDS = ["violation", "permitted", "outside-scope", "undetermined"]


def _ref(rng: random.Random) -> ActorRef:
    actor_id, name, surface = rng.choice(NAMES)
    return ActorRef(name=name, id=actor_id, surface=surface)


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    event_type, sub = rng.choice(TYPES)
    name, country, lat, lon, precision, reason = rng.choice(PLACES)
    day = None if rng.random() < 0.05 else dt.date(2017, 6, 1) + dt.timedelta(rng.randrange(1100))
    return Event(
        id=f"{article_id}-r{n}", article_id=article_id, event_date=day, time_precision=1,
        disorder_type="Political violence", event_type=event_type, sub_event_type=sub,
        actor1=_ref(rng) if rng.random() < 0.9 else None,
        actor2=_ref(rng) if rng.random() < 0.6 else None,
        assoc_actors1=tuple(_ref(rng) for _ in range(rng.choice([0, 0, 1, 2]))),
        assoc_actors2=tuple(_ref(rng) for _ in range(rng.choice([0, 0, 1]))),
        location=None if rng.random() < 0.05 else Location(
            name=name, country=country, latitude=lat, longitude=lon, geo_precision=precision,
            reason=reason,
        ),
    )  # fmt: skip


def _fill(url: str, seed: int = 3) -> list[str]:
    """The hand-built desk archive plus 60 random reports; returns every event id."""
    serve_data.build(url)  # type: ignore[arg-type]
    rng = random.Random(seed)
    store = open_store(url)
    ids: list[str] = []
    try:
        for i in range(60):
            where = rng.choice(["Yemen", "Saudi Arabia", "the region"])
            text = f"Report {i}: fighting in {where} went on, witnesses in {where} said."
            art, raw = serve_data.article(text, f"Report {i}", dt.date(2019, 1, 1), "Wire")
            store.add_article(art, raw)
            events = tuple(_event(rng, art.id, n) for n in range(rng.randrange(1, 7)))
            store.save_extraction(Extraction(article_id=art.id, events=events))
            ids += [e.id for e in events]
        verdicts = [
            Verdict(event_id=e, agreement_id=a, verdict=rng.choice(KINDS), reason="test")
            for e in ids for a in (serve_data.AGREEMENT, TRUCE.id) if rng.random() < 0.4
        ]  # fmt: skip
        truce = Assessment(
            id=TRUCE.id, name=TRUCE.name, status="strained", status_date=dt.date(2019, 5, 1),
            verdicts=tuple(v for v in verdicts if v.agreement_id == TRUCE.id),
            timeline=(
                StatusPoint(date=dt.date(2019, 3, 1), status="holding", score=0, reason="in"),
                StatusPoint(date=dt.date(2019, 5, 1), status="strained", score=1, reason="x",
                            evidence=(ids[0], "missing")),
            ),
        )  # fmt: skip
        hodeidah = serve_data.assessment(ids[0], ids[1]).model_copy(
            update={"verdicts": tuple(v for v in verdicts if v.agreement_id != TRUCE.id)}
        )
        store.save_assessments([hodeidah, truce])
    finally:
        store.close()
    return ids


@pytest.fixture
def desk(archive_url: str) -> Iterator:
    _fill(archive_url)
    kb = serve_data.actors()
    kb = ActorKB(list(kb.actors.values()),
                 descriptors=Descriptors(not_actors=frozenset({"vbied", "uav"})))  # fmt: skip
    resources = Resources(_actors=kb, _agreements=[serve_data.agreement(), TRUCE])
    app = create_app(archive_url, resources=resources)
    with serve_data.client(app):
        yield app.state.desk


FILTERS = [
    EventFilter(),
    EventFilter(event_type="Battles"),
    EventFilter(actor="gunmen"),
    EventFilter(start=dt.date(2019, 1, 1), end=dt.date(2019, 6, 30)),
    EventFilter(verdict="violation"),
    EventFilter(country="Atlantis"),  # nothing matches
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.params()))
def test_trends_count_as_the_python_tally_did(desk, flt):
    events, undated, clipped, bin_, periods, charts = desk_reference.trends(desk, flt)
    view = trends_view(desk, flt)
    assert (view.events, view.undated, view.clipped, view.bin) == (events, undated, clipped, bin_)
    for chart in view.charts:
        assert (chart.bin, chart.periods) == (bin_, periods)
        assert chart.series == charts[chart.key], chart.key


def test_the_archive_spans_more_than_the_trends_window(desk):
    view = trends_view(desk, EventFilter())  # more than 104 weeks: month by month
    assert view.bin == "month" and not view.clipped and view.undated > 0
    assert all(c.bin == "month" and c.title.endswith("month by month") for c in view.charts)
    assert all(p.day == 1 for p in view.charts[0].periods)
    actor = next(c for c in view.charts if c.key == "actor")
    assert actor.series[-1].label.startswith("other (")  # more names than drawn apiece


def test_actors_page_counts_as_before(desk):
    events = desk.events()
    view = actors_view(desk)
    expected = desk_reference.actor_counts(events)
    assert {a.id: a.events for a in view.actors} == {
        a.id: expected.get(a.id.lower(), 0) for a in view.actors
    }
    assert any(a.events for a in view.actors)
    old = desk_reference.unresolved(desk, events)
    assert {u.name: u.events for u in view.unresolved} == dict(old)
    assert [u.events for u in view.unresolved] == sorted(old.values(), reverse=True)
    assert "VBIED" not in old and "unknown gunmen" in old  # weapons out, case kept apart


@pytest.mark.parametrize("since", ["2017-01-01", "2019-06-01", "2020-05-20", "2030-01-01"])
@pytest.mark.parametrize("limit", [7, 2000])
def test_morning_breakdowns_as_before(desk, since, limit, monkeypatch):
    from ceasewatch.serve.views import morning

    monkeypatch.setattr(morning, "SCAN_LIMIT", limit)
    day = dt.date.fromisoformat(since)
    countries, places, names, scanned = desk_reference.morning(desk, day, limit)
    view = morning_view(desk, day, None)
    # keyed by the stored value each count filters on; shown by its short name ("YE" and
    # "Yemen" are two rows of the archive, both shown as "Yemen")
    assert {c.params["country"]: c.count for c in view.by_country} == countries
    assert all(c.label == short_name(c.params["country"]) for c in view.by_country)
    assert {c.label: c.count for c in view.unresolved_places} == places
    assert {c.label: c.count for c in view.unresolved_actors} == names
    assert view.partial == (view.events > scanned)


def test_quality_queue_as_before(desk):
    expected = desk_reference.quality(desk)
    view = quality_view(desk, limit=10_000)
    assert [(i.kind, i.event_id, i.title, i.detail, i.slot) for i in view.items] == expected
    kinds = Counter(i[0] for i in expected)
    assert set(kinds) == {
        "point-outside-country",
        "point-abroad",
        "country-point",
        "non-actor",
        "outside-every-scope",
    }  # every check over events has cases here (status changes are read as before)
    assert view.counts == {k: kinds.get(k, 0) for k in view.counts}


def test_refs_and_flags_follow_a_new_extraction(archive_url):
    ids = _fill(archive_url)
    store = open_store(archive_url)
    try:
        article_id = store.event(ids[0]).article_id
        before = store.actor_id_event_counts()
        store.save_extraction(Extraction(article_id=article_id, events=()))
        after = store.actor_id_event_counts()
        assert sum(after.values()) < sum(before.values())
        assert all(row.article_id != article_id for row, _ in store.flagged_points())
    finally:
        store.close()


def test_migration_backfills_refs_and_flags_from_stored_events(archive_url):
    """An archive written before 0012 gets its actor references and flags from the JSON."""
    _fill(archive_url)
    store = open_store(archive_url)
    read = ("SELECT event_id, slot, pos, actor_id, name, label FROM event_actor_refs",
            "SELECT event_id, flag, note FROM event_flags")  # fmt: skip
    try:
        written = [sorted(store.db.execute(sql).fetchall()) for sql in read]
        with store.transaction() as db:
            db.execute("DROP TABLE event_actor_refs")
            db.execute("DROP TABLE event_flags")
            for index in ("events_country_date", "events_type_date", "events_country_type_date"):
                db.execute(f"DROP INDEX {index}")
            db.execute("DELETE FROM schema_migrations WHERE version = 12")
    finally:
        store.close()
    reopened = open_store(archive_url)  # migrates 0012 again, from the stored JSON
    try:
        assert [sorted(reopened.db.execute(sql).fetchall()) for sql in read] == written
        assert written[0] and written[1]
    finally:
        reopened.close()


@pytest.mark.parametrize("agreement", [TRUCE.id, serve_data.AGREEMENT])
@pytest.mark.parametrize("verdict", [None, "violation"])
def test_verdict_facet_of_a_chosen_agreement_counts_its_verdicts_only(desk, agreement, verdict):
    from ceasewatch.serve.views.events import events_view

    flt = EventFilter(agreement=agreement, verdict=verdict, event_type="Battles")
    view = events_view(desk, flt, facets=True)
    facet = {f.value: f.count for f in view.facets["verdict"]}
    # Python's tally over every Battles event (the facet skips its own two filters)
    rows = desk_reference.filtered_rows(desk, EventFilter(event_type="Battles"), "date")
    expected = Counter(
        f"{v.agreement_id}|{v.verdict}" for r in rows for v in r.verdicts
        if v.agreement_id == agreement
    )  # fmt: skip
    assert facet == dict(expected) and facet
    assert all(f.label and f.label.split(":")[0] != agreement for f in view.facets["verdict"])
