"""The desk over the archive's SQL queries: no request reads a whole table, the events table's
new filters, facets, sortable headers, named verdict badges and saved views, and the map's grid
cells when too many events are in view."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ceasewatch.serve import Settings, create_app
from ceasewatch.store.sqlite import SQLiteStore
from tests import serve_data

TOKEN = "queries-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    yield from serve_data.desk(tmp_path_factory, TOKEN)


@pytest.fixture(scope="module")
def client(setup: tuple[TestClient, dict[str, str]]) -> TestClient:
    return setup[0]


@pytest.fixture(scope="module")
def known(setup: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    return setup[1]


def test_no_request_reads_a_whole_table(client, known, monkeypatch):
    """Every page and its JSON twin reads one page of rows: the whole-table reads raise."""
    events, verdicts = SQLiteStore.events, SQLiteStore.verdicts

    def one_article_only(self: SQLiteStore, query: Any = None) -> Any:
        if query is None or query.article_id is None:
            raise AssertionError("store.events() read every event")
        return events(self, query)

    def some_verdicts_only(self: SQLiteStore, agreement_id: Any = None, event_ids: Any = None):
        raise AssertionError("store.verdicts() read the verdicts table")

    def no_extraction_list(self: SQLiteStore, stage: Any = None) -> Any:
        raise AssertionError("store.extracted_article_ids() read every extraction")

    monkeypatch.setattr(SQLiteStore, "events", one_article_only)
    monkeypatch.setattr(SQLiteStore, "verdicts", some_verdicts_only)
    monkeypatch.setattr(SQLiteStore, "extracted_article_ids", no_extraction_list)
    agreement = serve_data.AGREEMENT
    for path in (
        "/events", "/events?sort=-fatalities&hedged=true", "/api/events", "/api/events?facets=true",
        f"/articles/{known['a']}", f"/api/articles/{known['a']}", f"/events/{known['clash']}",
        f"/api/events/{known['clash']}", "/map", "/api/map", "/api/map/view",
        f"/agreements/{agreement}", f"/api/agreements/{agreement}", "/api/status",
    ):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
    assert (events, verdicts) != (SQLiteStore.events, SQLiteStore.verdicts)  # patched indeed


def test_new_filters(client, known):
    def ids(**params: str) -> set[str]:
        body = client.get("/api/events", params=params)
        assert body.status_code == 200, body.text
        return {r["event"]["id"] for r in body.json()["rows"]}

    assert ids(hedged="true") == {known["clash"]}
    assert ids(hedged="false") == {known["attack"], known["shelling"]}
    assert ids(min_confidence="0.6") == set()
    assert ids(min_confidence="0.5", max_confidence="0.5") == {
        known["clash"], known["attack"], known["shelling"]
    }  # fmt: skip
    assert ids(country="Nowhere") == set()
    for bad in ({"min_confidence": "2"}, {"hedged": "maybe"},
                {"min_confidence": "0.8", "max_confidence": "0.2"}):  # fmt: skip
        assert client.get("/api/events", params=bad).status_code == 422, bad


def test_facets_count_the_other_filters(client, known):
    body = client.get("/api/events", params={"event_type": "Battles", "facets": "true"}).json()
    types = {f["value"]: f["count"] for f in body["facets"]["event_type"]}
    # the event type facet ignores its own filter: every type is offered with its count
    assert types == {"Battles": 1, "Violence against civilians": 1, "Explosions/Remote violence": 1}
    assert body["facets"]["hedged"] == [{"value": "1", "count": 1, "label": "hedged"}]
    verdicts = body["facets"]["verdict"]
    assert verdicts == [{
        "value": f"{serve_data.AGREEMENT}|violation", "count": 1,
        "label": "Hodeidah ceasefire: violation",
    }]  # fmt: skip
    assert client.get("/api/events").json()["facets"] == {}  # only when asked


def test_events_page_headers_sort_and_badges_name_the_agreement(client, known):
    page = client.get("/events?sort=-fatalities").text
    assert 'aria-sort="descending"><a class="sort active" href="/events?sort=fatalities"' in page
    assert 'aria-sort="none"><a class="sort" href="/events?sort=date"' in page
    assert ">Hodeidah ceasefire: violation</a>" in page
    assert "1 outside scope" in page  # folded, not a badge
    assert 'class="wide"' in page  # full width
    assert page.index('href="#results"') < page.index('<form class="filters grid"')
    # facet counts beside the values
    assert re.search(r'<option value="Armed clash">Armed clash \(1\)</option>', page)


def test_saved_views_round_trip(client):
    query = "sort=-date&event_type=Battles&junk=1&offset=50"
    assert client.post("/api/views", json={"name": "Battles", "query": query}).status_code == 401
    made = client.post("/api/views", json={"name": "Battles", "query": query}, headers=AUTH)
    assert made.status_code == 201, made.text
    view = made.json()
    assert view["query"] == "event_type=Battles&sort=-date"  # the table's parameters only
    assert made.headers["location"] == f"/views/{view['id']}"
    assert view["id"] in {v["id"] for v in client.get("/api/views").json()}
    opened = client.get(f"/views/{view['id']}", follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/events?" + view["query"]
    assert "Battles" in client.get("/events").text  # listed on the page
    form = {"name": "Shelling", "query": "event_type=Explosions%2FRemote+violence", "token": TOKEN}
    saved = client.post("/events/views", data=form, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/views/")
    refused = client.post("/events/views", data={**form, "token": "wrong"})
    assert refused.status_code == 403
    assert client.get("/views/nope").status_code == 404


@pytest.fixture
def clustered(tmp_path) -> Iterator[TestClient]:
    path = tmp_path / "archive.db"
    serve_data.build(path)
    settings = replace(Settings(), map_max_points=1)
    app = create_app(path, resources=serve_data.resources(), settings=settings)
    with serve_data.client(app) as client:
        yield client


def test_the_map_counts_on_a_grid_past_its_point_budget(clustered):
    view = clustered.get("/api/map/view").json()
    assert view["events"] == [] and view["in_view"] == 2
    assert sum(c["count"] for c in view["clusters"]) == 2
    geo = clustered.get("/api/map").json()
    kinds = [f["properties"]["kind"] for f in geo["features"]]
    assert "event" not in kinds and kinds.count("cluster") >= 1
    page = clustered.get("/map").text
    assert 'class="ev cluster' in page and "counted on a grid" in page


def test_cached_counts_follow_the_archive(clustered, tmp_path):
    """Totals, facets and tallies are cached per archive state: a new extraction, or verdicts
    written by a re-assessment, show at once."""
    from ceasewatch.model import Verdict
    from ceasewatch.store import open_store

    app_store = clustered.app.state.desk._store
    before = clustered.get("/api/events", params={"facets": "true"}).json()
    agreement = clustered.get(f"/api/agreements/{serve_data.AGREEMENT}").json()
    assert agreement["summary"]["verdicts"]["violation"] == 1
    other = open_store(app_store.path)  # another process's connection, as an ingest would be
    event = other.event(before["rows"][0]["event"]["id"])  # the newest: the shelling, unjudged
    other.save_assessments([])  # no change: same answers
    assert clustered.get("/api/events").json()["total"] == before["total"]
    verdict = Verdict(event_id=event.id, agreement_id=serve_data.AGREEMENT, verdict="violation",
                      reason="test")  # fmt: skip
    from ceasewatch.store.base import AssessmentRun

    other.save_assessment_run(AssessmentRun(verdicts=[verdict]))
    after = clustered.get(f"/api/agreements/{serve_data.AGREEMENT}").json()
    assert after["summary"]["verdicts"]["violation"] == 2
    facets = clustered.get("/api/events", params={"facets": "true"}).json()["facets"]
    assert (
        dict((f["value"], f["count"]) for f in facets["verdict"])[
            f"{serve_data.AGREEMENT}|violation"
        ]
        == 2
    )
    other.close()


def test_openapi_lists_the_new_parameters_and_routes(client):
    spec = client.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "admin1", "min_confidence", "max_confidence", "hedged", "facets"} <= names
    sorts = next(
        p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "sort"
    )
    assert "-confidence" in str(sorts["schema"])
    assert {"get", "post"} <= set(spec["paths"]["/api/views"])
    assert "bbox" in {p["name"] for p in spec["paths"]["/api/map"]["get"]["parameters"]}
