"""The desk's JSON API: every endpoint, good and bad inputs, on a hand-built archive (Hodeidah,
Yemen); ingest through the real pipeline; and the seed end to end."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ceasewatch.ingest import ingest
from ceasewatch.serve import Settings, create_app
from ceasewatch.serve.intake import demo_folder
from ceasewatch.serve.views.mapview import MapEvent, counts, fan_out
from tests import serve_data
from tests.localserver import serve

TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    yield from serve_data.desk(tmp_path_factory, TOKEN)


@pytest.fixture(scope="module")
def client(ids: tuple[TestClient, dict[str, str]]) -> TestClient:
    return ids[0]


@pytest.fixture(scope="module")
def known(ids: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    return ids[1]


def detail(response) -> str:
    return json.dumps(response.json()["detail"])


# --- reading -------------------------------------------------------------------------------------


def test_status_counts_the_archive(client):
    body = client.get("/api/status").json()
    assert body["articles"] == 2 and body["events"] == 3 and body["writable"] is True


def test_archive_defaults_to_the_month_of_the_newest_report(client, known):
    body = client.get("/api/archive").json()
    assert (body["month"]["year"], body["month"]["month"]) == (2019, 1)
    days = {d["date"]: d["count"] for w in body["month"]["weeks"] for d in w if d["count"]}
    assert days == {"2019-01-05": 1, "2019-01-20": 1}
    assert body["month"]["previous"] == "2018-12" and body["month"]["next"] == "2019-02"
    assert [a["id"] for a in body["articles"]] == [known["b"], known["a"]]  # newest first
    assert body["sources"] == ["Other Desk", "Test Wire"]


def test_archive_day_search_and_outlet(client, known):
    day = client.get("/api/archive", params={"date": "2019-01-05"}).json()
    assert [a["id"] for a in day["articles"]] == [known["a"]] and day["total"] == 1
    found = client.get("/api/archive", params={"q": "Zabid"}).json()
    assert [a["id"] for a in found["articles"]] == [known["b"]]
    outlet = client.get("/api/archive", params={"source": "Test Wire"}).json()
    assert [a["id"] for a in outlet["articles"]] == [known["a"]]
    other = client.get("/api/archive", params={"month": "2018-12"}).json()
    assert other["month"]["total"] == 0 and other["month"]["label"] == "December 2018"


def test_archive_paging(client, known):
    first = client.get("/api/archive", params={"limit": 1}).json()
    second = client.get("/api/archive", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert [first["articles"][0]["id"], second["articles"][0]["id"]] == [known["b"], known["a"]]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"month": "2019-13"}, "month"),
        ({"month": "January"}, "month"),
        ({"date": "2019-02-30"}, "date"),
        ({"limit": 0}, "limit"),
        ({"limit": 100_000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_archive_bad_parameters_are_422_naming_the_parameter(client, params, name):
    response = client.get("/api/archive", params=params)
    assert response.status_code == 422
    assert any(e["loc"][-1] == name for e in response.json()["detail"])


def test_sources_and_failures(client):
    assert client.get("/api/sources").json() == ["Other Desk", "Test Wire"]
    assert client.get("/api/failures").json() == []
    assert client.get("/api/failures", params={"limit": 0}).status_code == 422


def test_article_highlights_every_kind_at_the_right_words(client, known):
    body = client.get(f"/api/articles/{known['a']}").json()
    text = body["article"]["text"]
    kinds = {m["kind"] for m in body["marks"]}
    assert {"actor", "place", "number", "claim", "event"} <= kinds
    for mark in body["marks"]:
        assert text[mark["start"] : mark["end"]] == mark["text"]
    assert "".join(s["text"] for s in body["segments"]) == text
    tank = next(m for m in body["marks"] if m["text"] == "a tank was destroyed")
    assert tank["kind"] == "number" and "tank" in tank["label"]
    houthi = next(m for m in body["marks"] if m["text"] == "Houthi fighters")
    assert houthi["actor_id"] == "ye-houthis" and houthi["field"] == "actor1"
    assert "Ansar Allah" in houthi["label"] and "[ye-houthis" not in houthi["label"]
    assert body["analysed"] is True


def test_article_reports_spans_that_do_not_fit_instead_of_drawing_them(client, known):
    body = client.get(f"/api/articles/{known['a']}").json()
    assert [m["text"] for m in body["misaligned"]] == ["attacked"]
    assert all(m["text"] != "attacked" for m in body["marks"])


def test_article_records_and_verdicts(client, known):
    body = client.get(f"/api/articles/{known['a']}").json()
    verdicts = {r["event"]["id"]: [v["verdict"] for v in r["verdicts"]] for r in body["events"]}
    assert verdicts == {known["clash"]: ["violation"], known["attack"]: ["outside-scope"]}
    assert body["relations"][0]["what"] == "drones"
    assert body["agreement_mentions"][0]["status_claim"] == "collapsed"


def test_raw_input(client, known):
    body = client.get(f"/api/articles/{known['b']}/raw").json()
    assert body["text"] == serve_data.TEXT_B and body["size"] == len(serve_data.TEXT_B.encode())
    assert body["media_type"] == "text/plain"


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/nope",
        "/api/articles/nope/raw",
        "/api/events/nope",
        "/api/agreements/nope",
        "/api/actors/nope",
        "/api/jobs/nope",
        "/api/no-such-endpoint",
    ],
)
def test_unknown_ids_are_404_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["detail"]


def test_events_filters(client, known):
    def ids(**params: str) -> set[str]:
        rows = client.get("/api/events", params=params).json()["rows"]
        return {r["event"]["id"] for r in rows}

    everything = {known["clash"], known["attack"], known["shelling"]}
    assert ids() == everything
    assert ids(event_type="Battles") == {known["clash"]}
    assert ids(sub_event_type="Attack") == {known["attack"]}
    assert ids(actor="ye-houthis") == {known["clash"]}
    assert ids(actor="gunmen") == {known["attack"]}
    assert ids(place="hays") == {known["attack"]}
    assert ids(start="2019-01-10") == {known["shelling"]}
    assert ids(end="2019-01-04") == {known["clash"], known["attack"]}
    assert ids(verdict="violation") == {known["clash"]}
    assert ids(agreement=serve_data.AGREEMENT) == {known["clash"], known["attack"]}
    assert ids(agreement="other", verdict="violation") == set()
    assert ids(article=known["b"]) == {known["shelling"]}


def test_events_sorting_and_paging(client, known):
    def order(sort: str, **params: object) -> list[str]:
        body = client.get("/api/events", params={"sort": sort, **params}).json()
        return [r["event"]["id"] for r in body["rows"]]

    assert order("date")[-1] == known["shelling"]
    assert order("-date")[0] == known["shelling"]
    assert order("-fatalities")[0] == known["clash"]  # the one known toll; unknowns last
    assert order("fatalities")[0] == known["clash"]
    assert order("type")[0] == known["clash"]  # Battles < Explosions < Violence
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 3 and len(page["rows"]) == 1
    assert page["rows"][0]["article_title"] is not None


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"event_type": "Skirmish"}, "event_type"),
        ({"sub_event_type": "Battles"}, "sub_event_type"),
        ({"verdict": "broken"}, "verdict"),
        ({"sort": "colour"}, "sort"),
        ({"start": "2019-02-01", "end": "2019-01-01"}, "end"),
        ({"start": "yesterday"}, "start"),
        ({"limit": 501}, "limit"),
    ],
)
def test_events_bad_parameters_are_422(client, params, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert any(e["loc"][-1] == name for e in response.json()["detail"]), detail(response)


def test_exports_hold_exactly_the_filtered_rows(client, known):
    params = {"event_type": "Battles", "limit": 1}
    records = client.get("/api/events.json", params=params).json()
    assert [r["id"] for r in records] == [known["clash"]]
    assert records[0]["verdicts"][0]["verdict"] == "violation"
    response = client.get("/api/events.csv", params={"place": "Ho"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["location"] for r in rows] == ["Hodeidah"]
    assert rows[0]["fatalities"] == "3"
    geo = client.get("/api/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 3
    unplaced = next(f for f in geo["features"] if f["id"] == known["shelling"])
    assert unplaced["geometry"] is None  # never an invented point
    assert client.get("/api/events.csv", params={"verdict": "nope"}).status_code == 422


def test_event_detail(client, known):
    body = client.get(f"/api/events/{known['clash']}").json()
    assert body["row"]["event"]["fatalities"] == 3
    assert body["article"]["id"] == known["a"]
    assert {m["field"] for m in body["marks"]} >= {"actor1", "actor2", "location", "fatalities"}


def test_map_geojson_marks_events_inside_the_zone(client, known):
    body = client.get("/api/map").json()
    zones = [f for f in body["features"] if f["properties"]["kind"] == "zone"]
    events = {
        f["properties"]["id"]: f for f in body["features"] if f["properties"]["kind"] == "event"
    }
    assert [z["properties"]["agreement_id"] for z in zones] == [serve_data.AGREEMENT]
    assert events[known["clash"]]["properties"]["zones"] == [serve_data.AGREEMENT]
    assert events[known["attack"]]["properties"]["zones"] == []  # Hays is south of the zone
    assert known["shelling"] not in events  # unplaced: not drawn
    early = client.get("/api/map", params={"as_of": "2018-01-01"}).json()
    assert early["as_of"] == "2018-01-01"


def test_map_view_projects_inside_the_drawing(client, known):
    body = client.get("/api/map/view").json()
    proj = body["projection"]
    assert body["unplaced"] == 1 and len(body["events"]) == 2
    for point in body["events"]:
        assert 0 <= point["x"] <= proj["width"] and 0 <= point["y"] <= proj["height"]
    assert body["zones"][0]["path"].startswith("M")
    width = proj["bbox"][2] - proj["bbox"][0]
    zoomed = client.get("/api/map/view", params={"bbox": ",".join(map(str, body["zoom_in"]))})
    assert zoomed.json()["projection"]["bbox"][2] - zoomed.json()["projection"]["bbox"][0] < width


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "10,0,5,1", "0,95,1,96"])
def test_map_bad_bbox_is_422(client, bbox):
    response = client.get("/api/map/view", params={"bbox": bbox})
    assert response.status_code == 422 and "bbox" in detail(response)


def test_agreements(client, known):
    listed = client.get("/api/agreements").json()
    assert [(a["id"], a["status"], a["verdicts"]) for a in listed] == [
        (serve_data.AGREEMENT, "strained", {"outside-scope": 1, "violation": 1})
    ]
    body = client.get(f"/api/agreements/{serve_data.AGREEMENT}").json()
    assert body["violations_by_party"] == [
        {"name": "Ansar Allah", "id": "ye-houthis", "count": 1, "joint": 0}
    ]
    assert body["violations_by_place"][0]["name"] == "Hodeidah"
    changes = body["changes"]
    assert [c["changed"] for c in changes] == [True, True]
    assert [r["event"]["id"] for r in changes[1]["events"]] == [known["clash"]]
    assert changes[1]["missing"] == ["gone-event"]
    assert [q["text"] for q in changes[1]["quotes"]] == ["clashed … local sources"]  # no sentence
    assert body["claims"][0]["claimed_by"] == "one commander"
    points = body["chart"]["points"]
    assert points[0]["x"] < points[1]["x"] and points[0]["y"] > points[1]["y"]  # strained is higher


def test_actors(client):
    body = client.get("/api/actors").json()
    assert [a["id"] for a in body["actors"]][:2] == ["ye-houthis", "ye-believing-youth"]
    assert body["unresolved"] == [{"name": "Unknown gunmen", "events": 1}]
    found = client.get("/api/actors", params={"q": "houthi"}).json()["actors"]
    assert [a["id"] for a in found] == ["ye-houthis"]


def test_actor_history_and_events(client, known):
    body = client.get("/api/actors/ye-houthis").json()
    assert body["actor"]["designations"][0]["authority"] == "US"
    assert {(r["relation"], r["id"]) for r in body["related"]} == {
        ("renamed from", "ye-believing-youth")
    }
    assert [r["event"]["id"] for r in body["events"]] == [known["clash"]]
    assert body["events"][0]["article_title"] == "Clashes in Hodeidah"
    assert body["inherited"] == []
    old = client.get("/api/actors/ye-believing-youth").json()
    assert old["related"][0]["relation"] == "renamed into" and old["events"] == []


def test_actor_events_come_a_page_at_a_time(client, known):
    first = client.get("/api/actors/ye-houthis", params={"limit": 1}).json()
    assert (first["total"], first["offset"], first["limit"]) == (1, 0, 1)
    assert [r["event"]["id"] for r in first["events"]] == [known["clash"]]
    past = client.get("/api/actors/ye-houthis", params={"offset": 1}).json()
    assert past["total"] == 1 and past["events"] == []
    assert client.get("/api/actors/ye-houthis", params={"limit": 0}).status_code == 422
    page = client.get("/actors/ye-houthis", params={"offset": 1, "limit": 1}).text
    assert "Events (1)" in page and 'href="/actors/ye-houthis?offset=0">Previous' in page


def test_openapi_documents_every_api_route_and_no_page(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    api_routes = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api/")}
    assert api_routes <= paths
    assert not any(p for p in paths if not p.startswith("/api/"))
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


# --- writing: refusals (no job ever starts) ------------------------------------------------------


def test_writes_without_a_token_are_401_with_a_bearer_challenge(client):
    response = client.post("/api/ingest/text", json={"text": "Some report text here."})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = client.post(
        "/api/ingest/text", json={"text": "x y z"}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 403
    assert client.get("/api/jobs").json() == []


def test_a_desk_without_a_token_refuses_every_write(tmp_path):
    app = create_app(tmp_path / "ro.db", resources=serve_data.resources())
    with serve_data.client(app) as ro:
        response = ro.post("/api/ingest/urls", json={"urls": ["http://127.0.0.1/"]}, headers=AUTH)
        assert response.status_code == 403 and "disabled" in response.json()["detail"]
        files = {"file": ("a.txt", b"words words words", "text/plain")}
        assert ro.post("/api/ingest/file", files=files, headers=AUTH).status_code == 403
        assert ro.get("/api/status").json()["writable"] is False


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": "   "}, 422),
        ({"title": "no text"}, 422),
        ({"text": "x", "published": "2019-31-01"}, 422),
        ({"text": "word " * 300}, 413),  # over the small cap of this desk
    ],
)
def test_bad_text_is_refused(tmp_path, body, status):
    app = create_app(tmp_path / "t.db", token=TOKEN, settings=Settings(max_upload_bytes=1000))
    with serve_data.client(app) as small:
        assert small.post("/api/ingest/text", json=body, headers=AUTH).status_code == status


@pytest.mark.parametrize(
    ("urls", "reason"),
    [([], "no URL"), (["ftp://example.org/a"], "http"), (["file:///etc/passwd"], "http"),
     ([f"http://127.0.0.1/{i}" for i in range(21)], "at most")],
)  # fmt: skip
def test_bad_urls_are_422(client, urls, reason):
    response = client.post("/api/ingest/urls", json={"urls": urls}, headers=AUTH)
    assert response.status_code == 422 and reason in response.json()["detail"]


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("report.pdf", b"%PDF-1.4 ...", 415, ".pdf"),
        ("report.txt", b"%PDF-1.4 binary inside", 415, "PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n....", 415, "PNG"),
        ("noext", b"text", 415, "(none)"),
        ("empty.txt", b"  \n", 422, "empty"),
        ("big.txt", b"a" * 1001, 413, "cap"),
    ],
)
def test_bad_uploads_are_refused_cleanly(tmp_path, name, data, status, reason):
    app = create_app(tmp_path / "u.db", token=TOKEN, settings=Settings(max_upload_bytes=1000))
    with serve_data.client(app) as small:
        response = small.post("/api/ingest/file", files={"file": (name, data)}, headers=AUTH)
        assert response.status_code == status and reason in response.json()["detail"]
        assert small.get("/api/jobs").json() == []


def test_upload_without_a_file_is_422(client):
    assert client.post("/api/ingest/file", headers=AUTH).status_code == 422


# --- writing through the real pipeline -----------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, resources) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("live") / "archive.db"
    with serve_data.client(create_app(path, token=TOKEN, resources=resources)) as client:
        yield client


def finished(client: TestClient, response) -> dict:
    assert response.status_code == 202, response.text
    assert response.headers["location"] == f"/api/jobs/{response.json()['id']}"
    client.app.state.jobs.wait()
    job: dict = client.get(response.headers["location"]).json()
    assert job["status"] == "done", job
    return job


def test_jsonl_upload_reports_each_line(live):
    lines = [
        {"text": "Militants shelled the village of Kafr Nabl on Monday, killing four civilians, "
                 "the observatory said.", "title": "Shelling in Kafr Nabl", "published": "2019-03-04"},
        {"title": "no text field"},
    ]  # fmt: skip
    data = "\n".join(json.dumps(line) for line in lines).encode()
    job = finished(
        live, live.post("/api/ingest/file", files={"file": ("batch.jsonl", data)}, headers=AUTH)
    )
    statuses = [(i["origin"], i["status"]) for i in job["items"]]
    assert statuses == [("upload:batch.jsonl#L1", "analysed"), ("upload:batch.jsonl#L2", "failed")]
    assert "text" in job["items"][1]["message"]
    assert job["items"][0]["title"] == "Shelling in Kafr Nabl"
    assert live.get("/api/failures").json()[0]["origin"] == "upload:batch.jsonl#L2"
    again = finished(
        live, live.post("/api/ingest/file", files={"file": ("b.jsonl", data)}, headers=AUTH)
    )
    assert again["items"][0]["status"] == "duplicate"
    assert [j["id"] for j in live.get("/api/jobs").json()] == [again["id"], job["id"]]


def test_pasted_text_keeps_metadata_and_escapes_nothing_away(live):
    text = "Gunmen <script>alert(1)</script> abducted two aid workers in Marib on Friday."
    body = {
        "text": text,
        "title": "Abduction in Marib",
        "published": "2019-04-05",
        "source": "Desk",
    }
    job = finished(live, live.post("/api/ingest/text", json=body, headers=AUTH))
    article = live.get(f"/api/articles/{job['items'][0]['article_id']}").json()["article"]
    assert (article["title"], article["published"], article["source"]) == (
        "Abduction in Marib", "2019-04-05", "Desk",
    )  # fmt: skip
    assert "<script>" in article["text"]  # JSON keeps the text as written; pages escape it


@pytest.mark.network
def test_urls_are_fetched_from_a_local_server(live, fixtures: Path):
    with serve(fixtures / "ingest") as base:
        urls = [f"{base}/kafr-nabl-shelling.html", f"{base}/missing.html"]
        job = finished(live, live.post("/api/ingest/urls", json={"urls": urls}, headers=AUTH))
    assert [i["status"] for i in job["items"]] == ["analysed", "failed"]
    assert "404" in job["items"][1]["message"]


def test_seed_end_to_end(live, seed_path: Path):
    """The founding report through the upload endpoint: archived on its day, analysed, every
    highlight at the words it quotes, and events in the Idlib zone on the map."""
    files = {"file": (seed_path.name, seed_path.read_bytes())}
    job = finished(live, live.post("/api/ingest/file", files=files, headers=AUTH))
    article_id = job["items"][0]["article_id"]
    day = live.get("/api/archive", params={"date": "2018-01-11"}).json()
    assert [a["id"] for a in day["articles"]] == [article_id]
    article = live.get(f"/api/articles/{article_id}").json()
    assert {"actor", "place", "number", "claim"} <= {m["kind"] for m in article["marks"]}
    assert article["misaligned"] == []
    assert len(article["events"]) >= 7
    hts = live.get("/api/actors/hts").json()  # the built-in knowledge base
    assert "UNSC" in {i["designation"]["authority"] for i in hts["inherited"]}  # as al-Nusra
    idlib = [a["id"] for a in live.get("/api/agreements").json() if "Idlib de-esc" in a["name"]]
    assert len(idlib) == 1
    features = live.get("/api/map", params={"article": article_id}).json()["features"]
    inside = [f for f in features if idlib[0] in f["properties"].get("zones", [])]
    assert len(inside) >= 7
    # the report's description of the zone is shown linked to the known agreement
    assert [m["linked_agreement"] for m in article["agreement_mentions"]] == idlib


def test_demo_reports_load_with_the_token_only(live):
    assert live.post("/api/ingest/demo").status_code == 401
    job = finished(live, live.post("/api/ingest/demo", headers=AUTH))
    shipped = list(ingest([str(demo_folder())]))  # a JSONL file holds several reports
    assert len(job["items"]) == len(shipped) >= 1
    assert {i["status"] for i in job["items"]} <= {"analysed", "duplicate"}


def _point(i: int, x: float = 100.0, y: float = 50.0) -> MapEvent:
    return MapEvent(
        id=f"e{i}", article_id="a", event_date=None, event_type="Battles",
        sub_event_type="Armed clash", place="P", latitude=1.0, longitude=1.0, geo_precision=2,
        uncertainty_km=None, x=x, y=y, cx=x, cy=y, radius=0.0, type_class="t-battles", zones=[],
    )  # fmt: skip


def test_events_sharing_a_point_fan_out_unless_too_many():
    few = fan_out([_point(i) for i in range(3)] + [_point(9, x=300.0)])
    assert len({(p.x, p.y) for p in few}) == 4  # three on a ring, one alone at its point
    assert all((p.cx, p.cy) == (100.0, 50.0) for p in few[:3])
    many = fan_out([_point(i) for i in range(40)])
    assert {(p.x, p.y) for p in many} == {(100.0, 50.0)}  # a 40-wide ring would mislead
    assert counts(many) == [(100.0, 50.0, 40)]
