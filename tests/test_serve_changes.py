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


def test_events_export_carries_fusion_fields(tmp_path):
    from ceasewatch.archive import fuse_archive
    from ceasewatch.store import open_store

    path = tmp_path / "archive.db"
    serve_data.build(path)
    store = open_store(path)
    fuse_archive(store)
    fused = {i: f for f in store.fused_events() for i in f.event_ids}
    store.close()
    app = create_app(path, resources=serve_data.resources())
    with serve_data.client(app) as client:
        records = client.get("/api/events.json").json()
    assert records
    for record in records:
        group = fused.get(record["id"])
        assert record["fused_id"] == (group.id if group else None)
        assert record["corroboration"] == (group.corroboration if group else 1)
        assert record["article_id"] in record["sources"]
