"""A verdict or agreement filter's pages by date (``QueriesMixin._verdict_walk_ids``): the
windows of the date index probed in the verdicts' index give the same pages as the gather and
sort of every match, on both backends, over random archives (undated events, verdicts of
events not archived, several agreements), whichever window answers or none."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from ceasewatch.model import Event, Extraction, Location, Verdict
from ceasewatch.store.base import AssessmentRun, EventSearch
from tests.event_builders import numbered_articles

KINDS = ("violation", "permitted", "undetermined")
AGREEMENTS = ("ag-a", "ag-b")
D = dt.date


def _event(rng: random.Random, article_id: str, n: int) -> Event:
    day = None if rng.random() < 0.1 else D(2020, 1, 1) + dt.timedelta(days=rng.randrange(60))
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_date=day,
        time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1=None, location=Location(name=f"town {n}", country="Syria"),
    )  # fmt: skip


def _archive(store, rng: random.Random) -> None:
    ids = []
    for aid in numbered_articles(store, 25, "vp"):
        events = tuple(_event(rng, aid, i) for i in range(rng.randint(0, 8)))
        store.save_extraction(Extraction(article_id=aid, stage="test", events=events))
        ids.extend(e.id for e in events)
    share = rng.choice((0.05, 0.3, 0.9))  # sparse, some, most events judged
    verdicts = [
        Verdict(event_id=e, agreement_id=a, verdict=rng.choice(KINDS), reason="test")
        for e in [*ids, "vp999-e0"]
        for a in AGREEMENTS
        if rng.random() < share
    ]
    store.save_assessment_run(AssessmentRun(verdicts=verdicts, rejudged_events=ids))


SEARCHES = [
    EventSearch(verdict="violation"),
    EventSearch(agreement="ag-a"),
    EventSearch(agreement="ag-b", verdict="permitted"),
    EventSearch(agreement="ag-a", verdict="undetermined", start=D(2020, 1, 10)),
    EventSearch(verdict="violation", start=D(2020, 1, 5), end=D(2020, 2, 3)),
    EventSearch(agreement="ag-z"),  # nothing matches
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_verdict_pages_by_date_equal_the_sorted_walk(store, monkeypatch, seed):
    rng = random.Random(seed)
    _archive(store, rng)
    monkeypatch.setattr(type(store), "verdict_walk", True)  # PostgreSQL too
    real = type(store)._verdict_windows
    for windows in (None, [2, 5, 11], [1], [1_000], []):  # estimated, escalated, given up, all
        monkeypatch.setattr(
            type(store),
            "_verdict_windows",
            real if windows is None else (lambda *_a, w=windows: w),
        )
        for search in SEARCHES:
            for sort in ("-date", "date"):
                for limit, offset in ((3, 0), (5, 2), (4, 9), (50, 0), (2, 40)):
                    got = store._page_ids(search, sort, limit, offset)
                    with monkeypatch.context() as m:
                        m.setattr(type(store), "verdict_walk", False)
                        want = store._page_ids(search, sort, limit, offset)
                    assert got == want, (search, sort, limit, offset, windows)
