"""The quality queue: each kind of suspicious item found on a hand-built archive, paged and
filtered, and corrected from the queue in one form post (written to the corrections store)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.descriptors import Descriptors
from ceasewatch.model import (
    ActorRef,
    Assessment,
    Event,
    Extraction,
    Location,
    StatusBasis,
    StatusPoint,
)
from ceasewatch.pipeline import Resources
from ceasewatch.serve import create_app
from ceasewatch.store import open_store
from tests import serve_data

TOKEN = "test-token-quality-queue"
TEXT = (
    "Yemeni officials said a car bomb went off in Asad on 6 January. A VBIED struck a market "
    "in Yemen. Fighting was reported across the country."
)


def _event(art_id: str, n: int, **fields: object) -> Event:
    base: dict[str, object] = {
        "id": f"{art_id}-e{n}", "article_id": art_id, "event_date": dt.date(2019, 1, 6),
        "time_precision": 1, "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": None,
    }  # fmt: skip
    return Event.model_validate({**base, **fields})


def _build(path) -> dict[str, str]:
    ids = serve_data.build(path)
    store = open_store(path)
    art, raw = serve_data.article(TEXT, "Bomb in Yemen", dt.date(2019, 1, 7), "Test Wire")
    store.add_article(art, raw)
    abroad = Location(
        name="Asad", latitude=60.07, longitude=32.34, country="RU", geo_precision=1,
        reason="FLAGGED: the point lies in Russia, but the text places 'Asad' in Yemen. gazetteer",
    )  # fmt: skip
    country = Location(name="Yemen", latitude=15.5, longitude=47.5, country="YE", geo_precision=3)
    events = (
        _event(art.id, 1, location=abroad),
        _event(art.id, 2, actor1=ActorRef(name="VBIED", surface="VBIED"), location=country),
    )
    store.save_extraction(Extraction(article_id=art.id, events=events, country="YE"))
    point = StatusPoint(
        date=dt.date(2019, 1, 4), status="strained", score=1.0, reason="one breach",
        evidence=(ids["clash"],), basis=StatusBasis(in_scope=1, violations=1, one_source=True),
    )  # fmt: skip
    held = StatusPoint(date=dt.date(2018, 12, 18), status="holding", score=0.0, reason="quiet")
    store.save_assessments(
        [Assessment(id="other-truce", name="Other truce", status="strained",
                    status_date=dt.date(2019, 1, 4), timeline=(held, point))]
    )  # fmt: skip
    store.close()
    return {**ids, "asad": events[0].id, "vbied": events[1].id}


def _resources() -> Resources:
    kb = serve_data.actors()
    descriptors = Descriptors(not_actors=frozenset({"vbied"}))
    agreement = serve_data.agreement().model_copy(update={"countries": ("YE",)})
    return Resources(_actors=ActorKB(kb, descriptors=descriptors), _agreements=[agreement])


@pytest.fixture
def desk(tmp_path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path / "archive.db"
    ids = _build(path)
    app = create_app(path, token=TOKEN, resources=_resources())
    with serve_data.client(app) as client:
        yield client, ids


def test_every_kind_is_found_with_its_reason(desk):
    client, ids = desk
    view = client.get("/api/quality").json()
    by_kind: dict[str, set[str]] = {}
    for item in view["items"]:
        by_kind.setdefault(item["kind"], set()).add(item["event_id"])
    assert by_kind["point-outside-country"] == {ids["asad"]}
    assert by_kind["point-abroad"] == {ids["asad"]}  # Russia, in a report about Yemen
    assert by_kind["country-point"] == {ids["vbied"]}
    assert by_kind["non-actor"] == {ids["vbied"]}
    # In Yemen while the ceasefire was in force, outside its zone, no verdict in scope.
    assert by_kind["outside-every-scope"] == {ids["vbied"]}
    assert by_kind["single-source-status"] == {ids["clash"]}
    assert ids["clash"] not in by_kind["outside-every-scope"] | by_kind["non-actor"]
    assert view["counts"]["non-actor"] == 1 and view["total"] == sum(view["counts"].values())


def test_paging_and_kind_filter(desk):
    client, _ = desk
    everything = client.get("/api/quality").json()
    page = client.get("/api/quality", params={"limit": 2, "offset": 1}).json()
    assert page["items"] == everything["items"][1:3] and page["total"] == everything["total"]
    only = client.get("/api/quality", params={"kind": "non-actor"}).json()
    assert [i["kind"] for i in only["items"]] == ["non-actor"] and only["total"] == 1
    assert client.get("/api/quality", params={"kind": "nonsense"}).status_code == 422
    assert client.get("/api/quality", params={"limit": 0}).status_code == 422


def test_a_correction_from_the_queue(desk):
    client, ids = desk
    page = client.get("/quality", params={"kind": "non-actor"})
    assert page.status_code == 200 and "VBIED" in page.text and 'name="actor1"' in page.text
    form = {
        "actor1": "Unidentified Armed Group (Yemen)", "reason": "the VBIED was the weapon",
        "analyst": "Dana", "token": TOKEN, "back": "/quality?kind=non-actor",
    }  # fmt: skip
    refused = client.post(f"/events/{ids['vbied']}/corrections", data={**form, "token": "x"})
    assert refused.status_code == 403
    done = client.post(f"/events/{ids['vbied']}/corrections", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/quality?kind=non-actor"
    assert client.get("/api/quality").json()["counts"]["non-actor"] == 0
    history = client.get(f"/api/events/{ids['vbied']}/history").json()["corrections"]
    assert history[0]["who"] == "Dana" and history[0]["before"] == {"actor1": "VBIED"}


def test_an_outside_redirect_target_is_ignored(desk):
    client, ids = desk
    form = {"fatalities": "1", "token": TOKEN, "back": "//evil.example/"}
    done = client.post(f"/events/{ids['asad']}/corrections", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith(f"/events/{ids['asad']}")


def test_a_read_only_desk_lists_without_forms(tmp_path):
    path = tmp_path / "ro.db"
    _build(path)
    with serve_data.client(create_app(path, resources=_resources())) as ro:
        page = ro.get("/quality").text
        assert "non-actor" in page and 'name="token"' not in page


def test_titles_read_what_where_and_when(desk):
    client, ids = desk
    items = client.get("/api/quality").json()["items"]
    titles = {i["title"] for i in items if i["event_id"] == ids["vbied"]}
    assert titles == {"Remote explosive/landmine/IED in Yemen, 6 Jan 2019"}
    for item in items:  # never the type repeated as its sub-type ("Attack: Attack")
        head, _, _ = item["title"].partition(" in ")
        assert ": " + head not in item["title"]


def test_a_reports_country_is_kept_when_its_extraction_is_saved(tmp_path):
    """Every report extracted has its country kept on save: the first view judges every
    precision-1 point, with nothing pending and no background reading."""
    path = tmp_path / "saved.db"
    ids = _build(path)
    store = open_store(path)
    try:
        assert store.articles_without_country() == [] and store.article_countries_known() >= 1
    finally:
        store.close()
    with serve_data.client(create_app(path, resources=_resources())) as c:
        first = c.get("/api/quality").json()
    assert first["pending_reports"] == 0
    assert ids["asad"] in {i["event_id"] for i in first["items"] if i["kind"] == "point-abroad"}


def test_reports_archived_before_0017_are_read_view_by_view(tmp_path):
    """Reports whose country was never read (archived before migration 0017) are read
    ``quality_sync_reports`` per view, counted as pending until then, and kept."""
    from dataclasses import replace

    from ceasewatch.serve.settings import Settings

    path = tmp_path / "old.db"
    ids = _build(path)
    store = open_store(path)
    try:  # as an archive migrated from 0016 whose reports were never read
        store.db.execute("UPDATE articles SET country = NULL")
        store.db.commit()
        unread = len(store.articles_without_country())
    finally:
        store.close()
    assert unread >= 1
    none = replace(Settings(), quality_sync_reports=0)  # reads nothing: all pending
    with serve_data.client(create_app(path, resources=_resources(), settings=none)) as c:
        first = c.get("/api/quality").json()
        assert first["pending_reports"] == unread and first["counts"]["point-abroad"] == 0
        assert "still to be read" in c.get("/quality").text
    settings = replace(Settings(), quality_sync_reports=unread)
    with serve_data.client(create_app(path, resources=_resources(), settings=settings)) as c:
        done = c.get("/api/quality").json()
    assert done["pending_reports"] == 0 and done["counts"]["point-abroad"] == 1
    assert ids["asad"] in {i["event_id"] for i in done["items"] if i["kind"] == "point-abroad"}
    store = open_store(path)
    try:  # kept: a new desk reads no report again
        assert store.articles_without_country() == []
    finally:
        store.close()


def test_agreement_countries_read_as_names(desk):
    client, _ = desk  # the agreement of this desk covers "YE"
    listing = client.get("/agreements").text
    assert '<abbr title="YE">Yemen</abbr>' in listing
    assert re.search(r'data-label="Countries">\s*YE\b', listing) is None
    page = client.get(f"/agreements/{serve_data.AGREEMENT}").text
    assert "<dt>Countries</dt><dd>Yemen</dd>" in page
