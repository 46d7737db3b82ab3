"""The desk's HTML pages: content, escaping, offline assets, error pages, keyboard hooks, the
ingest form, settings documentation and the ``serve`` command."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from ceasewatch.serve import Settings, create_app, settings_table
from ceasewatch.store import open_store
from tests import serve_data

TOKEN = "page-token"
REPO = Path(__file__).resolve().parent.parent
STATIC = REPO / "src" / "ceasewatch" / "serve" / "static"


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path_factory.mktemp("pages") / "archive.db"
    found = serve_data.build(path)
    app = create_app(path, token=TOKEN, resources=serve_data.resources())
    with serve_data.client(app) as client:
        yield client, found


@pytest.fixture(scope="module")
def client(ids):
    return ids[0]


@pytest.fixture(scope="module")
def known(ids):
    return ids[1]


def pages(known: dict[str, str]) -> list[str]:
    return [
        "/",
        "/?date=2019-01-05",
        "/?q=Hodeidah&source=Test+Wire",
        f"/articles/{known['a']}",
        f"/articles/{known['b']}",
        f"/articles/{known['b']}/raw",
        "/events",
        "/events?verdict=violation&sort=-fatalities",
        f"/events/{known['clash']}",
        "/map",
        "/map?bbox=42,13,44,16",
        "/agreements",
        f"/agreements/{serve_data.AGREEMENT}",
        "/actors",
        "/actors/ye-houthis",
        "/ingest",
        "/api-docs",
    ]


class Assets(HTMLParser):
    """Every URL a page would load by itself (scripts, styles, images, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.scripts: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts.append(found.get("src"))
        if tag in ("script", "img", "iframe", "source", "embed") and found.get("src"):
            self.loads.append(found["src"] or "")
        if tag == "link" and found.get("href"):
            self.loads.append(found["href"] or "")


def test_every_page_renders_with_only_its_own_assets(client, known):
    for path in pages(known):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        parser = Assets()
        parser.feed(response.text)
        assert parser.loads, path
        assert all(u.startswith("/static/") for u in parser.loads), (path, parser.loads)
        assert parser.scripts == ["/static/desk.js"], path  # no inline script anywhere
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp


def test_api_reference_is_served_here_not_from_a_cdn(client):
    page = client.get("/api-docs").text
    assert "GET /api/events" in page and "POST /api/ingest/file" in page
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_static_assets_are_served_and_name_no_other_host():
    app = create_app(":memory:")
    with serve_data.client(app) as client:
        for asset in STATIC.iterdir():
            response = client.get(f"/static/{asset.name}")
            assert response.status_code == 200, asset.name
            assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", response.text), asset.name


def test_article_text_and_titles_are_escaped(client, known):
    page = client.get(f"/articles/{known['b']}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page  # the body
    assert "Shelling &lt;script&gt;alert(&#39;t&#39;)" in page  # the title
    for path in ("/", f"/articles/{known['b']}/raw", "/events", "/?q=script"):
        assert "<script>alert" not in client.get(path).text, path
    assert "<script>alert" not in client.get("/?q=<script>alert(1)</script>").text


def test_raw_download_is_never_rendered(client, known):
    response = client.get(f"/articles/{known['b']}/raw/download")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content == serve_data.TEXT_B.encode()


def test_calendar_links_days_with_reports_and_moves_between_months(client):
    page = client.get("/?month=2019-01").text
    assert 'data-date="2019-01-05"' in page and 'data-date="2019-01-20"' in page
    assert 'data-date="2019-01-06"' not in page  # no report: not a link
    assert 'href="/?month=2018-12"' in page and 'href="/?month=2019-02"' in page
    assert "January 2019" in page
    day = client.get("/?date=2019-01-05").text
    assert 'aria-current="date"' in day and "Clashes in Hodeidah" in day
    assert "Shelling" not in day.split('id="list-title"')[1]


def test_article_page_highlights_by_kind_with_the_coded_value(client, known):
    page = client.get(f"/articles/{known['a']}").text
    for kind in ("actor", "place", "number", "claim"):
        assert f'class="hl hl-{kind}" tabindex="0"' in page, kind
    mark = re.search(r'<mark class="hl hl-place"[^>]*title="([^"]*)"[^>]*>Hodeidah</mark>', page)
    assert mark is not None and "14.7978" in mark.group(1)
    assert "Spans that do not fit the text" in page and "attacked" in page
    assert f'href="/articles/{known["a"]}/raw"' in page
    assert "violation" in page and "drones" in page and "collapsed" in page


def test_events_page_filters_sorts_pages_and_exports_the_same_rows(client, known):
    page = client.get("/events?event_type=Battles&limit=1").text
    assert "<strong>1</strong> event matches" in page
    assert 'href="/api/events.csv?event_type=Battles&amp;sort=-date"' in page
    assert 'href="/api/events.geojson?event_type=Battles&amp;sort=-date"' in page
    assert '<option value="Battles" selected>Battles (1)</option>' in page  # with its count
    paged = client.get("/events?limit=1").text
    assert "1–1 of 3" in paged and "offset=1" in paged
    assert 'href="/events?sort=-date"' in client.get("/events?sort=date").text


def test_map_page_draws_boundaries_zones_and_events(client, known):
    page = client.get("/map").text
    assert 'class="adm adm1"' not in page  # OCHA outlines: Syria's only
    assert 'class="adm adm1 adm-ne" data-unit="YE.' in page  # the events' country: Natural Earth
    wide = client.get("/map?bbox=36,10,50,20").text  # Eritrea, Ethiopia, Saudi Arabia too
    assert 'class="adm1-pt"' in wide  # other countries: the world gazetteer's admin1 points
    syria = client.get("/map?bbox=35.5,32.3,42.5,37.4").text
    assert syria.count('class="adm adm1"') == 14  # the governorates
    assert f'data-agreement="{serve_data.AGREEMENT}"' in page
    assert re.search(rf'data-event="{known["clash"]}" data-zones="{serve_data.AGREEMENT}"', page)
    assert re.search(rf'data-event="{known["attack"]}" data-zones=""', page)
    assert "could not be placed" in page  # the unplaced shelling, said, not hidden
    assert "Zoom in" in page and "bbox=" in page


def test_agreement_and_actor_pages(client):
    page = client.get(f"/agreements/{serve_data.AGREEMENT}").text
    assert 'id="agreement-status">strained<' in page
    assert 'id="change-1"' in page and "gone-event" in page
    assert "The ceasefire has collapsed" in page
    actor = client.get("/actors/ye-houthis").text
    assert "Houthi movement" in actor and "renamed from" in actor and "US" in actor


def test_empty_desk_shows_honest_empty_states(tmp_path):
    with serve_data.client(
        create_app(tmp_path / "empty.db", resources=serve_data.resources())
    ) as c:
        assert "The archive is empty" in c.get("/").text
        assert "No events in the archive yet" in c.get("/events").text
        assert "No placed events to draw" in c.get("/map").text
        agreement = c.get(f"/agreements/{serve_data.AGREEMENT}").text
        assert "not assessed" in agreement and "No status computed yet" in agreement
        assert "Writing is disabled" in c.get("/ingest").text


def test_unknown_ids_are_404_pages(client):
    for path in ("/articles/nope", "/events/nope", "/agreements/nope", "/actors/nope",
                 "/ingest/jobs/nope", "/no/such/page", "/articles/nope/raw"):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
        assert "404" in response.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/?month=2019-13", "month"),
        ("/?date=tomorrow", "date"),
        ("/events?event_type=Skirmish", "event_type"),
        ("/events?start=2019-02-01&end=2019-01-01", "before start"),
        ("/map?bbox=1,2,3", "bbox"),
        ("/events?limit=9999", "limit"),
    ],
)
def test_bad_query_parameters_are_422_pages_with_the_reason(client, path, reason):
    response = client.get(path)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert reason in response.text


def test_ingest_form_refuses_without_the_token_and_never_echoes_it(client):
    form = {"kind": "text", "text": "A report", "token": ""}
    response = client.post("/ingest", data=form)
    assert response.status_code == 401 and 'role="alert"' in response.text
    assert "A report" in response.text  # the user's text is kept for the retry
    wrong = client.post("/ingest", data={**form, "token": "guess-123"})
    assert wrong.status_code == 403 and "guess-123" not in wrong.text


@pytest.mark.parametrize(
    ("form", "status", "reason"),
    [
        ({"kind": "text", "text": "  "}, 422, "empty"),
        ({"kind": "text", "text": "x", "published": "31/01/2019"}, 422, "YYYY-MM-DD"),
        ({"kind": "urls", "urls": "ftp://x"}, 422, "http"),
        ({"kind": "file"}, 422, "choose a file"),
        ({"kind": "poem"}, 422, "kind"),
    ],
)
def test_ingest_form_bad_input(client, form, status, reason):
    response = client.post("/ingest", data={**form, "token": TOKEN})
    assert response.status_code == status and reason in response.text


def test_ingest_form_upload_of_the_wrong_type(client):
    files = {"file": ("scan.pdf", b"%PDF-1.7")}
    response = client.post("/ingest", data={"kind": "file", "token": TOKEN}, files=files)
    assert response.status_code == 415 and "scan.pdf" in response.text


def test_ingest_form_starts_a_job_and_shows_its_progress(tmp_path, resources):
    app = create_app(tmp_path / "j.db", token=TOKEN, resources=resources)
    with serve_data.client(app) as c:
        text = "Rebels <b>attacked</b> an army post near Daraa on Sunday, killing two soldiers."
        form = {"kind": "text", "text": text, "token": TOKEN, "published": "2019-05-05"}
        response = c.post("/ingest", data=form, follow_redirects=False)
        assert response.status_code == 303
        job_url = response.headers["location"]
        app.state.jobs.wait()
        page = c.get(job_url).text
        assert "done" in page and "analysed" in page
        job = c.get(job_url.replace("/ingest/jobs/", "/api/jobs/")).json()
        article_id = job["items"][0]["article_id"]
        assert f'href="/articles/{article_id}"' in page
        article = c.get(f"/articles/{article_id}").text
        assert "<b>attacked</b>" not in article and "&lt;b&gt;" in article
        assert job["id"] in c.get("/ingest").text  # listed among recent jobs


def test_every_setting_is_documented():
    desk_doc = (REPO / "docs" / "DESK.md").read_text(encoding="utf-8")
    for setting in settings_table():
        assert f"`{setting.name}`" in desk_doc, setting.name
    assert Settings().host == "127.0.0.1"


def test_serve_command_binds_loopback_and_reads_the_token_from_the_environment(
    monkeypatch, tmp_path
):
    from ceasewatch.cli import serve as serve_cli

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(serve_cli, "run", lambda path, **kw: calls.append({"path": path, **kw}))
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    token = "env-token-0123456789"
    result = runner.invoke(serve_cli.serve, ["--db", db], env={"CEASEWATCH_TOKEN": token})
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8000
    assert calls[0]["token"] == token and str(calls[0]["path"]) == db
    assert token not in result.output  # never printed
    exposed = runner.invoke(serve_cli.serve, ["--db", db, "--host", "0.0.0.0", "--port", "9"])
    assert "warning" in exposed.output and calls[1]["token"] is None
    assert runner.invoke(serve_cli.serve, ["--port", "0"]).exit_code == 2
    proxied = ["--db", db, "--allowed-host", "desk.example.org"]
    assert runner.invoke(serve_cli.serve, proxied).exit_code == 0
    assert calls[2]["settings"].allowed_hosts == ("desk.example.org",)
    assert calls[0]["resources"].model_dir is None
    model = tmp_path / "model"
    model.mkdir()
    assert runner.invoke(serve_cli.serve, ["--db", db, "--model", str(model)]).exit_code == 0
    assert calls[3]["resources"].model_dir == model  # the desk's jobs use the learned model


@pytest.mark.parametrize("env", [True, False])
def test_serve_refuses_a_short_token_at_start_up(monkeypatch, tmp_path, env):
    """A one-character token was guessed in 46 requests: fewer than 16 characters is refused
    before the server starts, whether from the environment or --token."""
    from ceasewatch.cli import serve as serve_cli

    calls: list[object] = []
    monkeypatch.setattr(serve_cli, "run", lambda path, **kw: calls.append(kw))
    args = ["--db", str(tmp_path / "s.db")]
    short = "fifteen-chars-x"
    result = CliRunner().invoke(
        serve_cli.serve,
        args if env else [*args, "--token", short],
        env={"CEASEWATCH_TOKEN": short} if env else {},
    )
    assert result.exit_code == 2 and calls == []
    assert "at least 16" in result.output and short not in result.output


def test_forms_submitted_untouched_mean_no_filter(client):
    """A browser sends every field of a GET form, empty ones as "": that is "any", not a 422
    (regression: the events form answered 422 for its empty verdict and date boxes)."""
    blank = (
        "start=&end=&event_type=&actor=&place=&verdict=&agreement=&sort=-date&country=&admin1="
        "&sub_event_type=&min_confidence=&max_confidence=&hedged="
    )
    assert "<strong>3</strong> events match" in client.get(f"/events?{blank}").text
    assert client.get("/map?start=&end=&event_type=&as_of=").status_code == 200
    assert client.get("/?q=&source=&month=").status_code == 200
    assert client.get(f"/api/events?{blank}").json()["total"] == 3


def test_only_web_addresses_become_links(tmp_path):
    """An ingested page's URL is input: a javascript: or data: URL is shown, never linked."""
    store = open_store(tmp_path / "links.db")
    for n, url in enumerate(("javascript:alert(1)", "data:text/html,hi", "https://example.org/r")):
        art, raw = serve_data.article(f"Report number {n} about a checkpoint.", f"R{n}",
                                      dt.date(2019, 3, n + 1), "Wire")  # fmt: skip
        store.add_article(art.model_copy(update={"url": url}), raw)
    ids = [a.id for a in store.articles()]
    store.close()
    with serve_data.client(
        create_app(tmp_path / "links.db", resources=serve_data.resources())
    ) as c:
        pages = [c.get(f"/articles/{i}").text for i in ids]
    assert not any('href="javascript:' in p or 'href="data:' in p for p in pages)
    assert sum('href="https://example.org/r"' in p for p in pages) == 1
