"""GET /api/changes: the change feed over HTTP, for a downstream copy of the dataset."""

from __future__ import annotations

from ceasewatch.serve import create_app
from tests import serve_data


def test_changes_feed_pages_by_seq(tmp_path):
    path = tmp_path / "archive.db"
    serve_data.build(path)
    app = create_app(path, resources=serve_data.resources())
    with serve_data.client(app) as client:
        events = client.get("/api/events").json()
        every = client.get("/api/changes").json()
        assert {c["kind"] for c in every["changes"]} == {"added"}
        assert len(every["changes"]) == events["total"]
        first = client.get("/api/changes", params={"limit": 1}).json()
        assert len(first["changes"]) == 1
        rest = client.get("/api/changes", params={"since": str(first["next_since"])}).json()
        assert first["changes"] + rest["changes"] == every["changes"]
        done = client.get("/api/changes", params={"since": str(every["next_since"])}).json()
        assert done == {"changes": [], "next_since": every["next_since"]}
        dated = client.get("/api/changes", params={"since": "2000-01-01"}).json()
        assert dated["changes"] == every["changes"]
        bad = client.get("/api/changes", params={"since": "last tuesday"})
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "since"]
