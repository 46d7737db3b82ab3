"""Every desk page in Chromium at a laptop's 1440x900 and a phone's 390x844: nothing wider than
the screen, no console error, the morning view's counts equal to the database's, the map framed
on its events with a far-off outlier present, table rows as cards and the highlight panel as a
bottom sheet on the phone. The archive is hand-built (tests/serve_data.py plus a cluster of
villages and one point geocoded to Russia), so this tier needs no pipeline run.

Screenshots go to a temporary folder unless $CEASEWATCH_SCREENSHOTS names one
(scripts/screenshots.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from ceasewatch.serve import create_app
from tests import serve_data
from tests.browser.test_desk_browser import ARGS, CHROMIUM, shots_dir
from tests.localserver import serve_app
from tests.test_serve_map import FAR, NEAR
from tests.test_serve_map import build as build_map

pytestmark = pytest.mark.browser

SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
# Pages whose screenshots are kept (docs/screenshots/ when refreshed on purpose).
SHOWN = {"morning", "trends", "map-outlier", "actors", "event", "events", "article"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("layout") / "archive.db"
    ids = serve_data.build(path)
    ids.update({f"map_{k}": v for k, v in build_map(path).items()})
    return path, ids


@pytest.fixture(scope="module")
def base_url(archive: tuple[Path, dict[str, str]]) -> Iterator[str]:
    app = create_app(archive[0], resources=serve_data.resources())
    with serve_app(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shots_dir(tmp_path_factory.mktemp("screenshots"))


@pytest.fixture(params=list(SIZES))
def page(request: pytest.FixtureRequest, browser: Any, base_url: str) -> Iterator[Any]:
    width, height = SIZES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height},
                                  base_url=base_url)  # fmt: skip
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.problems = problems
    tab.size = request.param
    yield tab
    context.close()


def pages(ids: dict[str, str]) -> dict[str, str]:
    return {
        "morning": "/?since=2019-01-01",
        "events": "/events",
        "event": f"/events/{ids['clash']}",
        "article": f"/articles/{ids['a']}",
        "map-outlier": "/map",
        "trends": "/trends",
        "agreements": "/agreements",
        "agreement-detail": f"/agreements/{serve_data.AGREEMENT}",
        "actors": "/actors",
        "actor-detail": "/actors/ye-houthis",
        "candidates": "/agreements/candidates",
        "ingest-form": "/ingest",
        "api-docs": "/api-docs",
    }


def overflow(page: Any) -> int:
    """How many CSS pixels the page is wider than the window (0: it fits)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def test_every_page_fits_the_screen_without_errors(page: Any, archive: Any, shots: Path) -> None:
    wide: dict[str, int] = {}
    for name, url in pages(archive[1]).items():
        page.goto(url)
        extra = overflow(page)
        if extra > 0:
            wide[name] = extra
        if name in SHOWN:
            shots.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shots / f"{name}-{page.size}.png"), full_page=True)
    assert wide == {}
    assert page.problems == []


def test_morning_counts_equal_the_database(page: Any, archive: Any) -> None:
    path, _ = archive
    page.goto("/?since=2019-01-01")
    with sqlite3.connect(path) as db:
        (events,) = db.execute(
            "SELECT COUNT(*) FROM events WHERE event_date >= '2019-01-01'"
        ).fetchone()
        by_type = dict(db.execute(
            "SELECT event_type, COUNT(*) FROM events WHERE event_date >= '2019-01-01'"
            " GROUP BY event_type"
        ).fetchall())  # fmt: skip
        (violations,) = db.execute(
            "SELECT COUNT(*) FROM verdicts v JOIN events e ON e.id = v.event_id"
            " WHERE v.verdict = 'violation' AND e.event_date >= '2019-01-01'"
        ).fetchone()
    assert page.text_content("#morning-total strong") == str(events)
    shown = {
        li.text_content().split(" ", 1)[1].strip(): int(li.text_content().split()[0])
        for li in page.locator("#new-types li").all()
    }
    assert shown == by_type
    assert page.locator("#new-violations .n").all_text_contents() == [str(violations)]
    assert "one breach" in page.text_content("#status-changes")
    page.click("#new-violations a")
    page.wait_for_url("**/events?*verdict=violation*")
    assert page.locator("table.events tbody tr").count() == violations
    assert page.problems == []


def test_map_is_framed_on_its_events_with_the_outlier_listed(page: Any, archive: Any) -> None:
    page.goto("/map")
    bbox = page.request.get("/api/map/view").json()["projection"]["bbox"]
    assert not bbox[0] <= FAR[1] <= bbox[2]
    markers = page.locator("svg.map circle.ev")
    assert markers.count() >= len(NEAR)  # the villages, and the hand-built archive's events
    svg = page.locator("svg.map").bounding_box()
    for i in range(markers.count()):  # every marker on screen inside the drawing
        box = markers.nth(i).bounding_box()
        assert svg["x"] <= box["x"] <= svg["x"] + svg["width"]
        assert svg["y"] <= box["y"] <= svg["y"] + svg["height"]
    assert page.locator("#outliers tbody tr").count() == 1
    assert "outside the countries its report names" in page.text_content("#outliers")
    page.click(f'svg.map circle.ev[data-event="{archive[1]["map_article"]}-e8"]')  # one alone
    popup = page.locator(".popup:target")
    assert popup.is_visible() and "Clashes near Hodeidah" in popup.text_content()
    assert page.problems == []


def test_phone_shows_rows_as_cards_and_the_highlight_panel_as_a_sheet(page: Any, archive: Any):
    if page.size != "phone":
        pytest.skip("phone layout only")
    page.goto("/events")
    row = page.locator("table.events tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    for label in ("Actor 1", "Place", "Verdicts"):  # every column readable, not only Date/Type
        assert page.locator(f'table.events tbody tr td[data-label="{label}"]').first.is_visible()
    page.goto(f"/articles/{archive[1]['a']}")
    panel = page.locator("#detail-col")
    page.locator("#article-text mark.hl-place").first.click()
    page.wait_for_timeout(300)  # the sheet slides in
    box = panel.bounding_box()
    assert box["y"] + box["height"] <= 844 + 1 and box["y"] >= 844 * 0.4
    assert "location" in page.text_content("#mark-detail")
    page.click("#sheet-close")
    page.wait_for_timeout(300)
    assert panel.bounding_box()["y"] >= 844
    assert page.problems == []
