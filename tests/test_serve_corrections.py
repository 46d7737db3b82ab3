"""Corrections through the desk: the JSON endpoint, the event page's form, the history, and
every refusal (no token, wrong token, unknown event, unknown label, bad point, big body)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ceasewatch.serve import create_app
from tests import serve_data

TOKEN = "test-token-corrections"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def desk(tmp_path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path / "archive.db"
    ids = serve_data.build(path)
    app = create_app(path, token=TOKEN, resources=serve_data.resources())
    with serve_data.client(app) as client:
        yield client, ids


def _post(client: TestClient, event_id: str, body: object, **headers: str):
    return client.post(
        f"/api/events/{event_id}/corrections", json=body, headers={**AUTH, **headers}
    )


def test_a_correction_changes_the_event_and_its_history(desk):
    client, ids = desk
    body = {
        "changes": {"sub_event_type": "Air/drone strike", "actor1": "Houthis", "fatalities": 7},
        "reason": "a drone, per the second report",
    }
    response = _post(client, ids["clash"], body, **{"X-Analyst": "Dana"})
    assert response.status_code == 201, response.text
    out = response.json()
    assert out["correction"]["who"] == "Dana"
    assert out["correction"]["before"]["sub_event_type"] == "Armed clash"
    twin = client.get(f"/api/events/{ids['clash']}").json()
    assert [c["who"] for c in twin["history"]] == ["Dana"]  # the event page's JSON twin
    event = twin["row"]["event"]
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["fatalities"] == 7
    assert event["actor1"]["id"] == "ye-houthis"  # the name the knowledge base knows
    history = client.get(f"/api/events/{ids['clash']}/history").json()
    assert [c["reason"] for c in history["corrections"]] == ["a drone, per the second report"]
    page = client.get(f"/events/{ids['clash']}").text
    assert "a drone, per the second report" in page and "Dana" in page
    # The export writes the corrected event.
    csv_text = client.get("/api/events.csv").text
    assert "Air/drone strike" in csv_text


def test_the_name_in_the_body_wins_over_the_header_and_a_default_signs_otherwise(desk):
    client, ids = desk
    body = {"changes": {"fatalities": 1}, "analyst": "Lee"}
    assert (
        _post(client, ids["clash"], body, **{"X-Analyst": "Dana"}).json()["correction"]["who"]
        == "Lee"
    )
    unsigned = _post(client, ids["clash"], {"changes": {"fatalities": 2}}).json()
    assert unsigned["correction"]["who"] == "holder of the write token"


def test_no_event_removes_the_event_but_keeps_its_history(desk):
    client, ids = desk
    response = _post(client, ids["attack"], {"changes": {"no_event": True}, "reason": "rumour"})
    assert response.status_code == 201 and response.json()["event"] is None
    assert client.get(f"/api/events/{ids['attack']}").status_code == 404
    history = client.get(f"/api/events/{ids['attack']}/history").json()
    assert history["event"] is None and history["corrections"][0]["after"] == {"no_event": True}
    listed = {r["event"]["id"] for r in client.get("/api/events").json()["rows"]}
    assert ids["attack"] not in listed


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ({"changes": {"sub_event_type": "Skirmish"}}, 422, "not an ACLED sub-event type"),
        ({"changes": {"latitude": 14.0, "longitude": 200}}, 422, "less than or equal to 180"),
        ({"changes": {"latitude": 14.0}}, 422, "together"),
        ({"changes": {}}, 422, "no change given"),
        ({"changes": {"fatalities": 1}, "extra": 1}, 422, "Extra inputs"),
        ({"reason": "nothing"}, 422, "changes"),
    ],
)
def test_bad_corrections_are_422_naming_the_problem(desk, body, status, reason):
    client, ids = desk
    response = _post(client, ids["clash"], body)
    assert response.status_code == status and reason in response.text
    assert client.get(f"/api/events/{ids['clash']}/history").json()["corrections"] == []


def test_unknown_event_is_404(desk):
    client, _ = desk
    assert _post(client, "no-such-event", {"changes": {"fatalities": 1}}).status_code == 404
    assert client.get("/api/events/no-such-event/history").status_code == 404


def test_writing_needs_the_token_and_a_small_body(desk):
    client, ids = desk
    url = f"/api/events/{ids['clash']}/corrections"
    body = {"changes": {"fatalities": 1}}
    missing = client.post(url, json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(url, json=body, headers={"Authorization": "Bearer wrong-token-123456"})
    assert wrong.status_code == 403
    big = client.post(url, json={**body, "reason": "x" * 70_000}, headers=AUTH)
    assert big.status_code == 413
    assert client.get(f"/api/events/{ids['clash']}/history").json()["corrections"] == []


def test_a_read_only_desk_refuses_corrections(tmp_path):
    path = tmp_path / "ro.db"
    ids = serve_data.build(path)
    app = create_app(path, resources=serve_data.resources())
    with serve_data.client(app) as ro:
        response = ro.post(
            f"/api/events/{ids['clash']}/corrections", json={"changes": {"fatalities": 1}},
            headers=AUTH,
        )  # fmt: skip
        assert response.status_code == 403
        assert "Correct this event" not in ro.get(f"/events/{ids['clash']}").text


def test_the_event_page_form_corrects_and_refuses_bad_input(desk):
    client, ids = desk
    url = f"/events/{ids['clash']}/corrections"
    page = client.get(f"/events/{ids['clash']}").text
    assert "Correct this event" in page and "Not corrected" in page
    form = {"sub_event_type": "Attack", "reason": "civilians", "analyst": "Dana", "token": TOKEN}
    no_token = client.post(url, data={**form, "token": ""})
    assert no_token.status_code == 401 and TOKEN not in no_token.text
    bad = client.post(url, data={**form, "latitude": "north"})
    assert bad.status_code == 422 and "latitude" in bad.text
    done = client.post(url, data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("#history")
    page = client.get(f"/events/{ids['clash']}").text
    assert "civilians" in page and "Armed clash" in page  # before, in the history
    assert client.get(f"/api/events/{ids['clash']}").json()["row"]["event"]["sub_event_type"] == (
        "Attack"
    )


def test_openapi_documents_the_correction_routes(desk):
    client, _ = desk
    paths = client.get("/openapi.json").json()["paths"]
    post = paths["/api/events/{event_id}/corrections"]["post"]
    assert {"201", "401", "403", "404", "413", "422"} <= set(post["responses"])
    assert "get" in paths["/api/events/{event_id}/history"]


def test_the_event_page_shows_a_review_beside_the_coding(tmp_path):
    from ceasewatch.model import Extraction, Review
    from ceasewatch.store import open_store

    path = tmp_path / "archive.db"
    ids = serve_data.build(path)
    store = open_store(path)
    art = store.article(ids["a"])
    review = Review(verdict="disagree", suggested_sub_event_type="Air/drone strike",
                    reason="jets were heard", model="fake-7b", endpoint="http://127.0.0.1:1")  # fmt: skip
    events = tuple(
        e.model_copy(update={"review": review}) if e.id == ids["clash"] else e
        for e in serve_data.events_a(art)
    )
    store.save_extraction(Extraction(article_id=art.id, events=events))
    store.close()
    with serve_data.client(create_app(path, resources=serve_data.resources())) as client:
        page = client.get(f"/events/{ids['clash']}").text
        assert "suggests Air/drone strike" in page and "jets were heard" in page
        assert "<h1>" in page and "Armed clash" in page.split("<h1>")[1].split("</h1>")[0]


def test_verdicts_follow_a_correction_at_once(desk):
    client, ids = desk

    def counted() -> int:
        summaries = {a["id"]: a for a in client.get("/api/agreements").json()}
        return int(summaries[serve_data.AGREEMENT]["verdicts"].get("violation", 0))

    assert client.get(f"/api/events/{ids['clash']}").json()["row"]["verdicts"]
    assert counted() == 1  # the clash, inside the zone, party against party
    response = _post(client, ids["clash"], {"changes": {"no_event": True}, "reason": "a rumour"})
    assert response.status_code == 201
    assert counted() == 0  # re-assessed at once: the gone event's verdict went with it
