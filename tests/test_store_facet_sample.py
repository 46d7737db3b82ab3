"""The events page's sampled facets with an actor filter: the column facets and the verdict
facet read from one statement (the sample as a CTE) equal the two separate walks, on both
backends, ties and the ``top`` cut included."""

from __future__ import annotations

import random

import pytest

from ceasewatch.model import ActorRef, Extraction
from ceasewatch.store import queries
from ceasewatch.store.base import EventSearch
from tests.event_builders import numbered_articles
from tests.test_store_facetcounts import _event

NAMES = ["Syrian Army", "Army of Islam", "Houthis", "Free Syrian Army"]
KINDS = ["violation", "permitted", "undetermined"]


def _fill(store) -> None:
    rng = random.Random(21)
    rows = []
    for aid in numbered_articles(store, 12, "fs"):
        events = []
        for i in range(rng.randint(1, 6)):
            a1, a2 = rng.sample(NAMES, 2)
            update = {"actor1": ActorRef(name=a1), "actor2": ActorRef(name=a2)}
            events.append(_event(rng, aid, i).model_copy(update=update))
            for agreement in ("ag-b", "ag", "a-c")[: rng.randint(0, 3)]:
                rows.append((agreement, f"{aid}-e{i}", rng.choice(KINDS), "{}"))
        store.save_extraction(Extraction(article_id=aid, stage="test", events=tuple(events)))
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO verdicts (agreement_id, event_id, verdict, data) VALUES (?, ?, ?, ?)",
            rows,
        )


@pytest.mark.parametrize("sample", [3, 5_000])  # a cut sample, and every matching event
def test_one_read_of_the_sample_equals_the_two_walks(store, monkeypatch, sample):
    _fill(store)
    monkeypatch.setattr(queries, "FACET_SAMPLE", sample)
    for needle in ("army", "houthis", "nobody"):
        for top in (1, 2, 30):
            search = EventSearch(actor=needle)
            combined = store.event_facets(search, top=top)
            with monkeypatch.context() as m:  # the two statements of before
                m.setattr(type(store), "_sample_and_verdict_facets", _separately)
                apart = store.event_facets(search, top=top)
            assert combined == apart, (needle, top)
            if needle == "army" and sample > 3:
                assert combined["verdict"] and combined["country"]


def _separately(self, names, newest, params, top):
    out = self._sample_facets(names, newest, params, top)
    out["verdict"] = self._verdict_facet(newest, params, top)
    return out
