"""Fusion after the desk's ingest jobs (issue 15, item 2): setting fuse.auto, as in `extract`."""

from __future__ import annotations

import json

import pytest

from ceasewatch.model import Extraction
from ceasewatch.serve import create_app
from ceasewatch.store import open_store
from tests import serve_data
from tests.event_builders import make_event

TOKEN = "fusion-jobs-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("auto", ["1", "0"])
def test_an_ingest_job_fuses_what_it_analysed_unless_told_not_to(tmp_path, monkeypatch, auto):
    """Two outlets' reports of one shelling uploaded in one job: one fused event after it."""
    import ceasewatch.serve.jobs as jobs_module

    monkeypatch.setenv("CEASEWATCH_FUSE_AUTO", auto)

    def analysed(article, _resources):  # type: ignore[no-untyped-def]
        # The same shelling as each outlet's extraction would code it (the NLP is not tested here)
        event = make_event(id=f"{article.id}-e1", article_id=article.id)
        return Extraction(article_id=article.id, events=(event,))

    monkeypatch.setattr(jobs_module, "process_article", analysed)
    lines = [
        {"text": f"Outlet {name}: shelling killed three civilians in Saraqib on Sunday."}
        for name in ("one", "two")
    ]
    body = "\n".join(json.dumps(line) for line in lines).encode()
    path = tmp_path / "j.db"
    app = create_app(path, token=TOKEN, resources=serve_data.resources())
    with serve_data.client(app) as client:
        sent = client.post("/api/ingest/file", files={"file": ("b.jsonl", body)}, headers=AUTH)
        assert sent.status_code == 202, sent.text
        app.state.jobs.wait()
        assert client.get(sent.headers["location"]).json()["status"] == "done"
    store = open_store(path)
    try:
        fused = store.fused_events()
        stale = store.last_change_seq() != store.fused_change_seq()
    finally:
        store.close()
    if auto == "1":
        assert [len(f.event_ids) for f in fused] == [2] and not stale
    else:
        assert fused == [] and stale  # left to `ceasewatch fuse`


def test_a_failing_fusion_never_fails_the_job(tmp_path, monkeypatch):
    import ceasewatch.archive as fuse_module
    import ceasewatch.serve.jobs as jobs_module

    monkeypatch.setenv("CEASEWATCH_FUSE_AUTO", "1")

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("fusion broke")

    monkeypatch.setattr(fuse_module, "fuse_if_stale", broken)
    monkeypatch.setattr(
        jobs_module, "process_article", lambda article, _r: Extraction(article_id=article.id)
    )
    app = create_app(tmp_path / "k.db", token=TOKEN, resources=serve_data.resources())
    with serve_data.client(app) as client:
        body = json.dumps({"text": "Shelling hit the village of Kafr Nabl on Monday."}).encode()
        sent = client.post("/api/ingest/file", files={"file": ("c.jsonl", body)}, headers=AUTH)
        app.state.jobs.wait()
        job = client.get(sent.headers["location"]).json()
    assert job["status"] == "done" and job["items"][0]["status"] == "analysed"
