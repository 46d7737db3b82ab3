"""The quality queue counts the events outside every scope in SQL and reads only the shown page
of them, ordered by date in SQL, merged with the other checks' items: on both backends, over
random archives (ties of date, undated events, an event in several kinds, verdicts outside
scope, agreements with and without an end), every kind's counts, totals and pages at many
offsets and limits equal the former way: every item built and sorted in Python, then sliced."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.descriptors import Descriptors
from ceasewatch.model import (
    ActorRef,
    Agreement,
    Assessment,
    Event,
    Extraction,
    Location,
    StatusBasis,
    StatusPoint,
    Verdict,
)
from ceasewatch.pipeline import Resources
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.settings import Settings
from ceasewatch.serve.views.quality import (
    KINDS,
    Entry,
    QualityItem,
    _rest,
    abroad_items,
    quality_view,
    scope_items,
)
from ceasewatch.store import open_store
from ceasewatch.store.base import AssessmentRun
from tests import serve_data
from tests.event_builders import archived_article

PLACES = [  # name, stored country, latitude, longitude
    ("Taiz", "YE", 13.58, 44.02), ("Yemen", "Yemen", 15.5, 47.5), ("Aleppo", "SY", 36.2, 37.16),
    ("Syria", "SY", 35.0, 38.5), ("Mosul", "Iraq", 36.34, 43.13), ("Asad", "RU", 60.07, 32.34),
]  # fmt: skip


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    name, country, lat, lon = rng.choice(PLACES)
    placed = rng.random() < 0.8
    flagged = rng.random() < 0.1
    location = Location(
        name=name, country=country, latitude=lat if placed else None,
        longitude=lon if placed else None, geo_precision=rng.choice((1, 1, 2, 3)),
        reason="FLAGGED: the point lies elsewhere. gazetteer" if flagged else "gazetteer",
    )  # fmt: skip
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(40))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id,
        event_date=None if rng.random() < 0.1 else day, time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1=ActorRef(name="VBIED", surface="VBIED") if rng.random() < 0.1 else None,
        location=location,
    )  # fmt: skip


def _agreements() -> list[Agreement]:
    base = serve_data.agreement()
    terms = [
        ("ag-ye", ("YE",), 3, None),
        ("ag-sy", ("SY",), 0, 25),
        ("ag-both", ("YE", "SY"), 10, 30),
    ]
    return [
        base.model_copy(
            update={
                "id": i,
                "name": f"Truce {i}",
                "countries": c,
                "valid_from": dt.date(2019, 1, 1) + dt.timedelta(days=first),
                "valid_to": None if last is None else dt.date(2019, 1, 1) + dt.timedelta(days=last),
            }
        )
        for i, c, first, last in terms
    ]


def _archive(url: str, rng: random.Random, prefix: str) -> None:
    store = open_store(url)
    for n in range(12):
        a = archived_article(store, f"Report {n} of the {prefix} tests.").id
        events = tuple(_event(rng, a, i) for i in range(rng.randrange(25)))
        country = rng.choice(("YE", "SY", None))
        store.save_extraction(
            Extraction(article_id=a, stage="test", events=events, country=country)
        )
    ids = [r[0] for r in store.db.execute("SELECT id FROM events ORDER BY id")]
    kinds = ("violation", "permitted", "undetermined", "outside-scope")
    verdicts = [
        Verdict(event_id=e, agreement_id=a.id, verdict=rng.choice(kinds), reason="test")
        for e in ids
        for a in _agreements()
        if rng.random() < 0.3
    ]
    store.save_assessment_run(AssessmentRun(verdicts=verdicts, rejudged_events=ids))
    points = [
        StatusPoint(
            date=dt.date(2019, 1, 2 + i),
            status=("strained", "holding")[i % 2],
            score=1.0,
            reason="one story",
            evidence=tuple(rng.sample(ids, 1)),
            basis=StatusBasis(in_scope=1, violations=1, one_source=True),
        )
        for i in range(2 + rng.randrange(5))
    ]
    store.save_assessments(
        [Assessment(id="ag-ye", name="Truce ag-ye", status="strained",
                    status_date=dt.date(2019, 1, 2), timeline=tuple(points))]
    )  # fmt: skip
    store.close()


def _former(desk: Desk) -> list[Entry | QualityItem]:
    """The queue as it was built before: every item, sorted in Python."""
    with desk.store() as store:
        found, statuses = _rest(desk, store)
        found = [*found, *scope_items(store, desk.agreements()), *abroad_items(store)]
    found.sort(key=lambda f: (f[0].event_id, f[1]))
    found.sort(key=lambda f: f[0].event_date or "", reverse=True)
    return [*(entry for entry, _ in found), *statuses]


def _key(item: Entry | QualityItem) -> tuple[str, str | None, str, str | None]:
    return (item.kind, item.event_id, item.detail, item.slot)


def test_pages_of_the_queue_are_the_former_ones(archive_url: str) -> None:
    for seed in range(4):
        rng = random.Random(seed)
        _archive(archive_url, rng, f"q{seed}o")  # each seed adds to the archive
        resources = Resources(
            _actors=ActorKB(
                serve_data.actors(), descriptors=Descriptors(not_actors=frozenset({"vbied"}))
            ),
            _agreements=_agreements(),
        )
        desk = Desk(archive_url, Settings(), resources)
        try:
            _compare(desk)
        finally:
            desk.close()


def _compare(desk: Desk) -> None:
    with desk.store() as store:
        rows = store.db.execute("SELECT country FROM events WHERE country IS NOT NULL")
        assert store.distinct_countries() == sorted({str(r[0]) for r in rows})
        rows = store.db.execute("SELECT label FROM event_actor_refs WHERE slot <= 2")
        assert store.slot_labels() == sorted({str(r[0]) for r in rows})
    former = _former(desk)
    counts: Counter[str] = Counter(i.kind for i in former)
    assert counts["outside-every-scope"] > 5 and len(counts) >= 5, counts
    for kind in (None, *KINDS):
        chosen = [i for i in former if kind is None or i.kind == kind]
        pages = [(0, 50), (0, 1), (3, 7), (10, 10), (len(chosen) - 2, 5), (len(chosen), 5),
                 (len(chosen) + 3, 4), (0, 500), *((o, 4) for o in range(0, len(chosen), 3))]  # fmt: skip
        for offset, limit in pages:
            offset = max(0, offset)
            view = quality_view(desk, kind, offset, limit)  # type: ignore[arg-type]
            assert view.counts == {k: counts.get(k, 0) for k in KINDS}
            assert view.total == len(chosen)
            want = [_key(i) for i in chosen[offset : offset + limit]]
            assert [_key(i) for i in view.items] == want, (kind, offset, limit)
