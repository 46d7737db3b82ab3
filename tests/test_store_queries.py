"""Queries in the database (store/queries.py): pages, counts, facets, verdicts of a page, map
cells and saved views, each checked against the same answer computed in Python over a small
random archive (written through ``save_extraction``, the path the pipeline takes)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from ceasewatch.errors import NotFoundError
from ceasewatch.model import (
    ActorRef,
    Article,
    Assessment,
    Event,
    Extraction,
    Location,
    RawDocument,
    Verdict,
)
from ceasewatch.serve.views.events import sort_events
from ceasewatch.store import open_store
from ceasewatch.store.base import EventSearch
from ceasewatch.store.queries import FACET_COLUMNS
from ceasewatch.store.sqlite import SQLiteStore, migrations, sql_statements

TYPES = [
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
]
PLACES = {
    "Syria": [("Idleb", 35.9, 36.6), ("Aleppo", 36.2, 37.1)],
    "Yemen": [("Taizz", 13.6, 44.0)],
}
ACTORS = [ActorRef(name=n, id=i) for n, i in [("Alpha Front", "a-1"), ("beta brigade", None),
          ("Émir Group", "e-1"), ("Delta_Force 100%", None)]]  # fmt: skip
AGREEMENTS = ("zone-a", "zone-b")
KINDS = ("violation", "permitted", "undetermined")


def _location(rng: random.Random) -> Location | None:
    if rng.random() < 0.1:
        return None
    country = rng.choice(sorted(PLACES))
    admin1, lat, lon = rng.choice(PLACES[country])
    placed = rng.random() > 0.1
    return Location(
        name=f"{admin1} town {rng.randrange(3)}", country=country, admin1=admin1,
        latitude=lat + rng.uniform(-0.5, 0.5) if placed else None,
        longitude=lon + rng.uniform(-0.5, 0.5) if placed else None,
    )  # fmt: skip


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    event_type, sub = rng.choice(TYPES)
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id,
        event_date=None if rng.random() < 0.1 else dt.date(2020, 1, 1) + dt.timedelta(rng.randrange(60)),
        time_precision=1, disorder_type="Political violence", event_type=event_type,
        sub_event_type=sub, actor1=rng.choice([*ACTORS, None]),
        actor2=rng.choice(ACTORS) if rng.random() < 0.5 else None,
        location=_location(rng),
        fatalities=None if rng.random() < 0.3 else rng.randrange(5),
        hedged=rng.random() < 0.3, confidence=rng.choice([0.2, 0.5, 0.7, 0.9]),
    )  # fmt: skip


def _article(i: int) -> tuple[Article, RawDocument]:
    text = f"Report number {i} of the query tests."
    article = Article(
        id=f"art{i:03d}", origin=f"test:{i}", title=f"Report {i}", text=text,
        content_hash=f"{i:064x}", raw_hash=f"{i:064x}",
    )  # fmt: skip
    raw = RawDocument(
        origin=f"test:{i}", media_type="text/plain", data=text.encode(),
        fetched_at=dt.datetime(2020, 3, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    return article, raw


@pytest.fixture(scope="module")
def archive(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[SQLiteStore, list[Event], list[Verdict]]:
    rng = random.Random(12)
    store = open_store(tmp_path_factory.mktemp("q") / "archive.db")
    events: list[Event] = []
    for i in range(40):
        article, raw = _article(i)
        store.add_article(article, raw)
        mine = [_event(rng, article.id, n) for n in range(rng.randint(1, 6))]
        store.save_extraction(Extraction(article_id=article.id, stage="test", events=tuple(mine)))
        events += mine
    verdicts = [
        Verdict(event_id=e.id, agreement_id=a, verdict=rng.choice(KINDS), reason="test")
        for e in events
        for a in AGREEMENTS
        if rng.random() < 0.4
    ]
    store.save_assessments([
        Assessment(id=a, name=a, status="holding", status_date=None,
                   verdicts=tuple(v for v in verdicts if v.agreement_id == a))
        for a in AGREEMENTS
    ])  # fmt: skip
    yield store, events, verdicts
    store.close()


def _matches(e: Event, s: EventSearch, verdicts: list[Verdict]) -> bool:
    loc = e.location
    refs = [e.actor1, e.actor2, *e.assoc_actors1, *e.assoc_actors2]
    actors = "|".join(f"{r.id or ''}|{r.name}" for r in refs if r).lower()
    own = [v for v in verdicts if v.event_id == e.id and s.agreement in (None, v.agreement_id)]
    checks = [
        s.start is None or (e.event_date is not None and e.event_date >= s.start),
        s.end is None or (e.event_date is not None and e.event_date <= s.end),
        s.event_type in (None, e.event_type),
        s.sub_event_type in (None, e.sub_event_type),
        s.country in (None, loc.country if loc else None),
        s.admin1 in (None, loc.admin1 if loc else None),
        s.hedged in (None, e.hedged),
        s.min_confidence is None or e.confidence >= s.min_confidence,
        s.max_confidence is None or e.confidence <= s.max_confidence,
        not s.actor or s.actor.lower() in actors,
        (s.agreement is None and s.verdict is None)
        or any(s.verdict in (None, v.verdict) for v in own),
    ]
    return all(checks)


SEARCHES = [
    EventSearch(),
    EventSearch(country="Syria"),
    EventSearch(country="Syria", admin1="Aleppo", event_type="Battles"),
    EventSearch(country="Syria", event_type="Battles"),  # 0020's (country, type, fatalities)
    EventSearch(sub_event_type="Attack", hedged=True),
    EventSearch(hedged=False, min_confidence=0.5, max_confidence=0.7),
    EventSearch(start=dt.date(2020, 1, 10), end=dt.date(2020, 2, 1)),
    EventSearch(actor="alpha"),
    EventSearch(actor="e-1"),
    EventSearch(actor="_force 100%"),  # LIKE's wildcards taken literally
    EventSearch(actor="a_pha"),  # ... so this matches nothing
    EventSearch(agreement="zone-a"),
    EventSearch(verdict="violation"),
    EventSearch(agreement="zone-b", verdict="permitted", country="Yemen"),
]


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: repr(s)[12:60])
def test_count_and_pages_match_python(archive, search):
    store, events, verdicts = archive
    expected = [e for e in events if _matches(e, search, verdicts)]
    assert store.count_events(search) == len(expected)
    for sort in ("date", "-date", "type", "-type", "actor", "-actor", "place", "-fatalities",
                 "fatalities", "confidence", "-confidence"):  # fmt: skip
        ordered = [e.id for e in sort_events(expected, sort)]
        got = [e.id for e in store.event_page(search, sort, limit=7, offset=0)]
        assert got == ordered[:7], sort
        # every page, the null block included, in order: paging never skips nor repeats a row
        pages = [
            e.id
            for o in range(0, len(ordered) + 7, 7)
            for e in store.event_page(search, sort, 7, o)
        ]
        assert pages == ordered, sort


def test_an_empty_search_never_matches_the_literal_wildcards(archive):
    store, _, _ = archive
    assert store.count_events(EventSearch(actor="a_pha")) == 0
    assert store.count_events(EventSearch(actor="100%")) > 0


@pytest.mark.parametrize("search", SEARCHES[:6] + SEARCHES[10:], ids=lambda s: repr(s)[12:60])
def test_facets_count_the_other_filters_matches(archive, search):
    store, events, verdicts = archive
    facets = store.event_facets(search, top=100)
    for name, column in FACET_COLUMNS.items():
        own = {"event_type": ("event_type", "sub_event_type"), "country": ("country", "admin1")}
        dropped = {f: None for f in own.get(name, (name,))}
        loose = EventSearch(**{**search.__dict__, **dropped})
        rows = [e for e in events if _matches(e, loose, verdicts)]
        expected = Counter(v for v in (_value(e, column) for e in rows) if v is not None)
        assert dict(facets[name]) == {str(k): n for k, n in expected.items()}, name
        # most frequent first, ties by value
        assert [n for _, n in facets[name]] == sorted((n for _, n in facets[name]), reverse=True)
    loose = EventSearch(**{**search.__dict__, "agreement": None, "verdict": None})
    ids = {e.id for e in events if _matches(e, loose, verdicts)}
    expected_v = Counter(f"{v.agreement_id}|{v.verdict}" for v in verdicts if v.event_id in ids)
    assert dict(facets["verdict"]) == dict(expected_v)


def _value(e: Event, column: str) -> object:
    loc = e.location
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "actor1_name": e.actor1.name if e.actor1 else None,
        "hedged": int(e.hedged),
    }[column]


def test_verdicts_of_a_page_and_of_an_agreement(archive):
    store, events, verdicts = archive
    page = [e.id for e in events[:9]]
    got = store.verdicts_of_events(page)
    for event_id in page:
        want = sorted(v.agreement_id for v in verdicts if v.event_id == event_id)
        assert [v.agreement_id for v in got.get(event_id, [])] == want
    counts = store.agreement_verdict_counts("zone-a")
    assert counts == dict(Counter(v.verdict for v in verdicts if v.agreement_id == "zone-a"))
    pages = [
        v.event_id
        for o in range(0, 200, 10)
        for v in store.agreement_verdicts("zone-a", ["violation"], limit=10, offset=o)
    ]
    assert sorted(pages) == sorted(
        v.event_id for v in verdicts if v.agreement_id == "zone-a" and v.verdict == "violation"
    )


def test_breach_tallies_count_first_actors_and_places(archive):
    store, events, verdicts = archive
    by_id = {e.id: e for e in events}
    breaches = [v for v in verdicts if v.agreement_id == "zone-b" and v.verdict == "violation"]
    parties, places = store.breach_tallies("zone-b", ["violation"])
    want = Counter(
        (by_id[v.event_id].actor1.name, by_id[v.event_id].actor1.id)  # type: ignore[union-attr]
        for v in breaches
        if by_id[v.event_id].actor1 is not None
    )
    assert {(n, i): c["violation"] for n, i, c in parties} == dict(want)
    where = Counter(
        (by_id[v.event_id].location.name, by_id[v.event_id].location.admin2)  # type: ignore[union-attr]
        for v in breaches
        if by_id[v.event_id].location is not None
    )
    assert {(n, i): c["violation"] for n, i, c in places} == dict(where)


def test_map_cells_hold_every_placed_event_once(archive):
    store, events, _ = archive
    search = EventSearch(country="Syria")
    bbox = (35.0, 35.0, 38.0, 37.0)
    inside = [
        e for e in events
        if _matches(e, search, []) and e.location and e.location.latitude is not None
        and bbox[0] <= e.location.longitude <= bbox[2]  # type: ignore[operator]
        and bbox[1] <= e.location.latitude <= bbox[3]
    ]  # fmt: skip
    assert store.count_placed(search, bbox) == len(inside)
    assert store.count_placed(search, bbox, cap=3) == min(4, len(inside))  # stops past the cap
    unplaced = [e for e in events if _matches(e, search, []) and e.location.latitude is None]  # type: ignore[union-attr]
    assert store.count_unplaced(search) == len(unplaced)
    for size in (0.1, 0.25, 0.6):  # finer than the stored grid, the grid, two grid cells
        cells = store.map_cells(search, bbox, size)
        assert sum(c.count for c in cells) == len(inside), size
        _each_in_its_cell(cells)

    assert len(store.map_events(search, bbox, 5)) == min(5, len(inside))
    extent = store.map_extent(search)
    assert extent is not None and extent[0] < extent[2] and extent[1] < extent[3]
    assert store.map_extent(EventSearch(country="Nowhere")) is None


def _each_in_its_cell(cells: list) -> None:
    for cell in cells:
        assert sum(cell.types.values()) == cell.count
        # the marker (mean point) lies inside its own cell: the cells partition the events
        assert cell.west <= cell.longitude <= cell.west + cell.size
        assert cell.south <= cell.latitude <= cell.south + cell.size


def test_saved_views_round_trip(tmp_path: Path):
    store = open_store(tmp_path / "v.db")
    first = store.save_view("Idlib battles", "events", "country=Syria&event_type=Battles")
    again = store.save_view("renamed", "events", "country=Syria&event_type=Battles")
    other = store.save_view("all", "events", "")
    assert again.id == first.id and again.name == "renamed"
    assert {v.id for v in store.saved_views("events")} == {first.id, other.id}
    assert store.saved_view(first.id).query == "country=Syria&event_type=Battles"
    with pytest.raises(NotFoundError):
        store.saved_view("nope")
    store.close()


def test_migration_backfills_the_columns_of_stored_events(tmp_path: Path):
    """An archive written before 0006 gains the filter columns from its stored JSON."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for version, sql in migrations():
        if version < 6:
            for statement in sql_statements(sql):
                db.execute(statement)
    db.execute("PRAGMA user_version = 5")
    article, _ = _article(1)
    db.execute(
        "INSERT INTO articles (id, content_hash, raw_hash, origin, data, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article.id, article.content_hash, article.raw_hash, article.origin,
         article.model_dump_json(), "2020-01-01"),
    )  # fmt: skip
    event = _event(random.Random(3), article.id, 0).model_copy(
        update={
            "location": Location(name="Idleb town", country="Syria", admin1="Idleb",
                                 latitude=35.9, longitude=36.6),
            "actor1": ACTORS[0], "hedged": True, "confidence": 0.9, "fatalities": 4,
        }
    )  # fmt: skip
    db.execute(
        "INSERT INTO events (id, article_id, event_date, event_type, sub_event_type, actors,"
        " place, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, article.id, None, event.event_type, event.sub_event_type, "", "",
         event.model_dump_json()),
    )  # fmt: skip
    db.commit()
    db.close()
    store = open_store(path)
    assert store.count_events(EventSearch(country="Syria", admin1="Idleb", hedged=True)) == 1
    assert store.count_events(EventSearch(min_confidence=0.85)) == 1
    assert store.count_placed(EventSearch(), (36.0, 35.0, 37.0, 36.5)) == 1
    assert [e.id for e in store.event_page(EventSearch(), "-fatalities")] == [event.id]
    assert store.event_facets(EventSearch(), ["actor"])["actor"] == [("Alpha Front", 1)]
    assert store.count_events(EventSearch(actor="alpha fr")) == 1  # the actor index, backfilled
    assert store.count_events(EventSearch(actor="a-1")) == 1
    store.close()
