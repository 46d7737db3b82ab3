"""The desk in a real browser: Debian's chromium, headless, driven by Playwright, against the
app served by uvicorn on 127.0.0.1. An analyst's morning on the founding report: ingest it through
the page, pick its day on the calendar, read its highlighted extractions, find its events inside
the Idlib zone on the map, and read the agreement's status with the evidence.

Screenshots of each page go to a temporary folder: a test run never writes tracked files.
`scripts/screenshots.py` (or `make screenshots`) runs this module with $CEASEWATCH_SCREENSHOTS
set to docs/screenshots/ (linked from docs/DESK.md and the README) to refresh them on purpose.
Chromium missing is a failure with the fix, never a skip: a browser tier that silently skips is
a tier that never runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect, sync_playwright

from ceasewatch.serve import create_app
from tests.localserver import serve_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TOKEN = "browser-token"
# Where the screenshots go when refreshing them on purpose (scripts/screenshots.py).
SHOTS_ENV = "CEASEWATCH_SCREENSHOTS"
# The pipeline (spaCy, gazetteer, assessment) runs in the server's worker; generous on a shared
# 2-core machine, where the seed takes a few seconds.
JOB_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, resources: Any) -> Iterator[str]:
    app = create_app(tmp_path_factory.mktemp("browser") / "archive.db", token=TOKEN,
                     resources=resources)  # fmt: skip
    with serve_app(app) as url:
        yield url


def shots_dir(temporary: Path) -> Path:
    """$CEASEWATCH_SCREENSHOTS when set, else ``temporary``."""
    named = os.environ.get(SHOTS_ENV)
    return Path(named) if named else temporary


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shots_dir(tmp_path_factory.mktemp("screenshots"))


def test_screenshots_stay_out_of_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SHOTS_ENV, raising=False)
    assert shots_dir(tmp_path) == tmp_path
    monkeypatch.setenv(SHOTS_ENV, "docs/screenshots")
    assert shots_dir(tmp_path) == Path("docs/screenshots")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(apt-get install -y chromium; .ci/run installs it)"
        )

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser: Any, base_url: str, shots: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=base_url)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.problems = problems
    tab.shots = shots
    yield tab
    context.close()


def shot(page: Any, name: str) -> None:
    page.shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(page.shots / f"{name}.png"), full_page=True)


def no_problems(page: Any) -> None:
    """No script error and no resource blocked or missing (a CSP violation logs an error)."""
    found, page.problems[:] = list(page.problems), []
    assert found == []


@pytest.fixture(scope="module")
def ingested(page: Any, seed_path: Path) -> str:
    """The seed, uploaded through the ingest page; returns the job page's URL once done."""
    page.goto("/ingest")
    shot(page, "ingest")
    page.set_input_files("#file", str(seed_path))
    page.fill("#token-file", TOKEN)
    page.click("text=Upload and ingest")
    page.wait_for_url("**/ingest/jobs/*")
    # Locators, not wait_for_function: the desk's CSP (rightly) refuses the eval it would need.
    expect(page.locator("#job-status")).to_have_text(
        re.compile("^(done|failed)$"), timeout=JOB_TIMEOUT_MS
    )
    page.wait_for_load_state()
    assert page.text_content("#job-status") == "done", page.text_content("#job")
    assert page.text_content("#job-items tr td:nth-child(2)") == "analysed"
    shot(page, "job")
    no_problems(page)
    return str(page.url)


def test_ingest_page_refuses_a_wrong_token(page: Any) -> None:
    page.goto("/ingest")
    page.fill("#text", "A report typed by someone without the token.")
    page.fill("#token-text", "not-the-token")
    page.click("text=Ingest the text")
    assert "wrong token" in page.text_content("#ingest-error")
    assert page.input_value("#text").startswith("A report typed")
    assert page.problems == [
        "Failed to load resource: the server responded with a status of 403 (Forbidden)"
    ]
    page.problems.clear()  # the refusal above is the one error this page should log


def test_pick_the_day_on_the_calendar_by_keyboard(page: Any, ingested: str) -> None:
    page.goto("/")
    page.fill("#goto-month", "2018-01")
    page.click("form.goto button")
    assert page.text_content("#cal-title") == "January 2018"
    page.focus('a[data-date="2018-01-11"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/?date=2018-01-11*")
    assert "Reports of 11 January 2018" in page.text_content("#list-title")
    assert page.get_attribute('a[data-date="2018-01-11"]', "aria-current") == "date"
    titles = page.locator(".article-list .title").all_text_contents()
    assert len(titles) == 1 and "Idlib De-Escalation Zone Collapses" in titles[0]
    shot(page, "archive")
    no_problems(page)


def test_article_shows_its_highlighted_extractions(page: Any, ingested: str) -> None:
    page.goto("/?date=2018-01-11")
    page.click(".article-list .title")
    page.wait_for_url("**/articles/*")
    for kind in ("actor", "place", "number", "claim"):
        assert page.locator(f"#article-text mark.hl-{kind}").count() > 0, kind
    place = page.locator("#article-text mark.hl-place").first
    place.click()
    detail = page.text_content("#mark-detail")
    assert "location" in detail and (place.text_content() or "") in detail
    page.locator("#article-text mark.hl-number").first.focus()  # keyboard: Tab lands here
    page.keyboard.press("Enter")
    assert "fatalities" in page.text_content("#mark-detail") or "loss" in page.text_content(
        "#mark-detail"
    )
    assert page.locator("table.events tbody tr").count() >= 7
    shot(page, "article")
    page.click("text=Show the raw input")
    assert "Raw input" in page.text_content("h1")
    assert "Select date" in page.text_content("pre.raw")  # the scraped page, as it came
    no_problems(page)


def _idlib_zone(page: Any) -> str:
    agreements = page.request.get("/api/agreements").json()
    ids = [a["id"] for a in agreements if "Idlib de-escalation" in a["name"]]
    assert len(ids) == 1, agreements
    return str(ids[0])


def _inside(point: dict[str, float], box: dict[str, float]) -> bool:
    x, y = point["x"] + point["width"] / 2, point["y"] + point["height"] / 2
    return box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"]


def test_map_shows_the_events_inside_the_idlib_zone(page: Any, ingested: str) -> None:
    zone_id = _idlib_zone(page)
    page.goto("/")
    page.click("nav >> text=Map")
    page.wait_for_url("**/map")
    zone = page.locator(f'path.zone[data-agreement="{zone_id}"]')
    assert zone.count() == 1
    assert page.locator("path.adm").count() > 0  # admin boundaries drawn, from our own data
    inside = page.locator(f'circle.ev.in-zone[data-zones~="{zone_id}"]')
    assert inside.count() >= 7
    box = zone.bounding_box()
    for i in range(inside.count()):
        assert _inside(inside.nth(i).bounding_box(), box)  # drawn where the zone is
    shot(page, "map")
    no_problems(page)


def test_events_table_and_exports(page: Any, ingested: str) -> None:
    page.goto("/events")
    rows = page.locator("table.events tbody tr").count()
    assert rows >= 7
    page.select_option("#event_type", "Battles")
    page.click("form.filters button")
    assert page.locator("table.events tbody tr").count() >= 7
    csv_href = page.get_attribute("text=CSV (ACLED columns)", "href")
    assert csv_href is not None and "event_type=Battles" in csv_href
    body = page.request.get(csv_href).text()
    assert body.splitlines()[0].startswith("event_id_cnty,event_date")
    shot(page, "events")
    no_problems(page)


def test_agreement_page_reads_collapsed_with_its_evidence(page: Any, ingested: str) -> None:
    zone_id = _idlib_zone(page)
    page.goto("/agreements")
    page.click("text=Idlib de-escalation zone")
    page.wait_for_url(f"**/agreements/{zone_id}")
    shot(page, "agreement")
    assert page.text_content("#agreement-status") == "collapsed"
    collapsed = page.locator(".change.changed", has=page.locator(".status.s-collapsed"))
    assert collapsed.count() >= 1
    evidence = collapsed.first.locator("table.events tbody tr, blockquote")
    assert evidence.count() >= 1  # the events (and their words) behind the change
    assert "collapsed" in page.text_content(".claims")  # the source's own claim, beside it
    no_problems(page)


def test_actor_page(page: Any, ingested: str) -> None:
    page.goto("/actors?q=Hayat")
    page.click(".actor-grid >> text=Hayat Tahrir al-Sham")
    page.wait_for_url("**/actors/*")
    assert "Designations" in page.text_content("main")
    assert page.locator("table.events tbody tr").count() >= 1
    shot(page, "actor")
    no_problems(page)
