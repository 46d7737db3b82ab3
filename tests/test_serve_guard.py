"""Issue 14, items 6, 8 and 9 on the desk: bodies capped before parsing and the token checked
before the body is read; back-off after wrong tokens; trusted hosts; HEAD wherever GET is;
405 with Allow; an OpenAPI document that lists what the server sends.

The body tests drive the ASGI application directly with a ``receive`` that counts the bytes
the server pulls: the measure is what the server *reads*, not what it answers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.serve import Settings, create_app
from ceasewatch.serve.lockout import Lockout
from ceasewatch.serve.settings import check_token_strength
from tests import serve_data

TOKEN = "guard-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MB = 1024 * 1024


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("guard") / "archive.db"
    serve_data.build(path)
    return create_app(
        path,
        token=TOKEN,
        resources=serve_data.resources(),
        settings=Settings(max_upload_bytes=MB, auth_failures=3, auth_window_seconds=60),
    )


@pytest.fixture(scope="module")
def client(app: Any) -> Iterator[Any]:
    with serve_data.client(app) as c:
        yield c


def _post(
    app: Any,
    path: str,
    *,
    headers: dict[str, str],
    total: int,
    chunk: int = MB,
    declare: bool = True,
    client: str = "10.0.0.1",
) -> tuple[int, dict[str, str], int]:
    """POST ``total`` bytes of JSON-ish filler in ``chunk`` pieces; (status, headers, bytes the
    server pulled from the client)."""
    pulled = 0
    sent = 0
    raw = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if declare:
        raw.append((b"content-length", str(total).encode()))
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "headers": raw, "client": (client, 5000), "server": ("127.0.0.1", 80),
    }  # fmt: skip
    answer: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        nonlocal pulled, sent
        size = min(chunk, total - sent)
        sent += size
        pulled += size
        return {"type": "http.request", "body": b" " * size, "more_body": sent < total}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}

    asyncio.run(app(scope, receive, send))
    return answer["status"], answer["headers"], pulled


# --- bodies and tokens ---------------------------------------------------------------------------


def test_a_declared_huge_body_is_refused_without_reading_it(app):
    status, _, pulled = _post(app, "/api/ingest/text", headers=AUTH, total=100 * MB)
    assert (status, pulled) == (413, 0)


def test_a_streamed_huge_body_is_cut_at_the_cap(app):
    cap = app.state.desk.settings.request_cap
    status, _, pulled = _post(app, "/api/ingest/text", headers=AUTH, total=100 * MB, declare=False)
    assert status == 413
    assert pulled <= cap + MB  # one chunk past the cap at most, never the 100 MB


@pytest.mark.parametrize(
    ("headers", "expected"),
    [({}, 401), ({"Authorization": "Bearer wrong-token-0123456789"}, 403)],
)
def test_the_token_is_checked_before_the_body_is_read(app, headers, expected):
    status, answer, pulled = _post(
        app, "/api/ingest/text", headers=headers, total=100 * MB, client=f"10.1.0.{expected}"
    )
    assert (status, pulled) == (expected, 0)
    if expected == 401:
        assert answer["www-authenticate"] == "Bearer"


def test_the_form_twin_is_capped_too(app):
    """POST /ingest carries its token in the form, so the body must be read; it is capped."""
    status, _, pulled = _post(app, "/ingest", headers={}, total=100 * MB, declare=False)
    assert status == 413 and pulled <= app.state.desk.settings.request_cap + MB


def test_a_body_under_the_cap_still_reaches_the_handler(client):
    response = client.post("/api/ingest/text", json={"text": "  "}, headers=AUTH)
    assert response.status_code == 422  # the handler's own refusal: the body arrived intact


# --- back-off ------------------------------------------------------------------------------------


def test_lockout_after_repeated_wrong_tokens_then_release() -> None:
    now = [1000.0]
    lock = Lockout(limit=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert lock.retry_after("a") is None
        lock.failed("a")
        now[0] += 1
    assert lock.retry_after("a") == 57  # at 1003; the first failure leaves the window at 1060
    assert lock.retry_after("b") is None  # per address
    now[0] = 1060.5
    assert lock.retry_after("a") is None


def test_wrong_tokens_earn_429_with_retry_after(app):
    wrong = {"Authorization": "Bearer not-the-token-at-all"}
    statuses = [
        _post(app, "/api/ingest/text", headers=wrong, total=10, client="10.9.9.9")[0]
        for _ in range(3)
    ]
    assert statuses == [403, 403, 403]
    status, headers, pulled = _post(
        app, "/api/ingest/text", headers=AUTH, total=10 * MB, client="10.9.9.9"
    )
    assert status == 429 and int(headers["retry-after"]) > 0 and pulled == 0
    # Another address is not punished for it.
    assert _post(app, "/api/ingest/text", headers=AUTH, total=2, client="10.9.9.8")[0] == 422


def test_short_tokens_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 16"):
        check_token_strength("x")
    check_token_strength(TOKEN)
    check_token_strength(None)  # read-only desk


def test_run_refuses_a_short_token_before_serving(tmp_path: Path) -> None:
    from ceasewatch.serve import run

    with pytest.raises(ValueError, match="at least 16"):
        run(tmp_path / "a.db", token="short")


# --- hosts, methods, the document ------------------------------------------------------------


def test_only_trusted_hosts_are_answered(client, app, tmp_path):
    from fastapi.testclient import TestClient

    # Without ``with``: no lifespan, so the module's desk is not closed behind the fixture.
    assert TestClient(app, base_url="http://evil.example").get("/api/status").status_code == 400
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        ok = TestClient(app, base_url=f"http://{host}")
        assert ok.get("/api/status").status_code == 200, host
    proxied = create_app(tmp_path / "p.db", settings=Settings(allowed_hosts=("desk.example.org",)))
    assert TestClient(proxied, base_url="http://desk.example.org").get("/api/status").is_success
    assert TestClient(proxied, base_url="http://other.example").get("/").status_code == 400


def _get_paths(client: Any) -> list[str]:
    doc = client.get("/openapi.json").json()
    return [p for p, ops in doc["paths"].items() if "get" in ops and "{" not in p]


def test_head_is_answered_wherever_get_is(client):
    paths = [*_get_paths(client), "/", "/events", "/map", "/agreements", "/actors", "/ingest"]
    assert len(paths) > 15
    for path in paths:
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"], path


def test_405_names_every_allowed_method(client):
    put = client.put("/ingest")
    assert put.status_code == 405 and put.headers["allow"] == "GET, HEAD, POST"
    get = client.get("/api/ingest/text")
    assert get.status_code == 405 and get.headers["allow"] == "POST"
    delete = client.delete("/api/events")
    assert delete.status_code == 405 and delete.headers["allow"] == "GET, HEAD"


def test_the_document_lists_what_the_server_sends(client):
    paths = client.get("/openapi.json").json()["paths"]
    write = paths["/api/ingest/text"]["post"]["responses"]
    assert {"400", "401", "403", "413", "415", "422", "429"} <= set(write)
    assert "Retry-After" in write["429"]["headers"]
    assert "text/csv" in paths["/api/events.csv"]["get"]["responses"]["200"]["content"]
    geo = paths["/api/events.geojson"]["get"]["responses"]["200"]["content"]
    assert "application/geo+json" in geo
    assert "404" in paths["/api/articles/{article_id}"]["get"]["responses"]
    assert "head" in paths["/api/events"] and "head" in paths["/api/status"]
    params = {p["name"]: p for p in paths["/api/map/view"]["get"]["parameters"]}
    assert "Battles" in params["event_type"]["schema"]["enum"]
    assert "Armed clash" in params["sub_event_type"]["schema"]["enum"]
    assert "pattern" in params["bbox"]["schema"]


@pytest.mark.parametrize(
    "query",
    ["start=0", "end=20190101", "as_of=1", "offset=2047064937727242959258124288"],
)
def test_what_the_schema_forbids_is_refused(client, query):
    """Found by schemathesis: pydantic read start=0 as the Unix epoch (200 where the schema
    says YYYY-MM-DD), and a 28-digit offset overflowed SQLite (500)."""
    path = "/api/map" if query.startswith("as_of") else "/api/events"
    assert client.get(f"{path}?{query}").status_code == 422
    assert client.get("/api/events?start=&end=").status_code == 200  # blank: no filter


def test_any_exception_in_one_job_item_is_that_items_failure(tmp_path, monkeypatch):
    """A RecursionError (one JSONL line of 100,000 "[") used to end the whole upload job."""
    import json

    import ceasewatch.serve.jobs as jobs_module
    from ceasewatch.model import Extraction

    real_clean = jobs_module.clean

    def clean(raw):  # type: ignore[no-untyped-def]
        if b"poison" in raw.data:
            raise RecursionError("maximum recursion depth exceeded")
        return real_clean(raw)

    monkeypatch.setattr(jobs_module, "clean", clean)
    monkeypatch.setattr(
        jobs_module, "process_article", lambda article, _r: Extraction(article_id=article.id)
    )
    lines = [
        {"text": f"Report {i}: shelling hit the village of Kafr Nabl on Monday, residents said."}
        for i in range(3)
    ]
    lines[1]["text"] += " poison"
    body = "\n".join(json.dumps(line) for line in lines).encode()
    app = create_app(tmp_path / "j.db", token=TOKEN, resources=serve_data.resources())
    with serve_data.client(app) as c:
        sent = c.post("/api/ingest/file", files={"file": ("b.jsonl", body)}, headers=AUTH)
        assert sent.status_code == 202, sent.text
        app.state.jobs.wait()
        job = c.get(sent.headers["location"]).json()
    assert job["status"] == "done"
    statuses = [item["status"] for item in job["items"]]
    assert statuses == ["analysed", "failed", "analysed"]
    assert "RecursionError" in job["items"][1]["message"]
