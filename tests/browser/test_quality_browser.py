"""A correction from the quality queue in a real browser (issue 13, "Done when"): Debian's
chromium, headless, against the hand-built archive of tests/test_serve_quality.py served on
127.0.0.1, at desktop and phone widths. No pipeline runs: the archive is built by hand."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from ceasewatch.serve import create_app
from tests.browser.test_desk_browser import ARGS, CHROMIUM
from tests.localserver import serve_app
from tests.test_serve_quality import TOKEN, _build, _resources

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    path = tmp_path_factory.mktemp("quality-browser") / "archive.db"
    ids = _build(path)
    with serve_app(create_app(path, token=TOKEN, resources=_resources())) as url:
        yield url, ids


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _open(browser: Any, base_url: str, width: int, height: int) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return context, tab, problems


def test_a_correction_from_the_queue(browser: Any, served: tuple[str, dict[str, str]]) -> None:
    base_url, ids = served
    context, tab, problems = _open(browser, base_url, 1440, 900)
    tab.goto("/quality?kind=non-actor")
    assert "VBIED" in tab.text_content("table.quality")
    row = tab.locator("table.quality tbody tr").first
    row.locator("summary").click()
    row.locator("input[name=actor1]").fill("Unidentified Armed Group (Yemen)")
    row.locator("input[name=reason]").fill("the VBIED was the weapon")
    row.locator("input[name=analyst]").fill("Dana")
    row.locator("input[name=token]").fill(TOKEN)
    row.locator("button[type=submit]").click()
    tab.wait_for_url("**/quality?kind=non-actor")
    assert "Nothing in the queue" in tab.text_content("table.quality")
    tab.goto(f"/events/{ids['vbied']}")
    history = tab.text_content("#history")
    assert history is not None and "Dana" in history and "the VBIED was the weapon" in history
    assert problems == []
    context.close()


def test_the_queue_fits_a_phone(browser: Any, served: tuple[str, dict[str, str]]) -> None:
    base_url, _ = served
    context, tab, problems = _open(browser, base_url, 390, 844)
    tab.goto("/quality")
    wide = tab.evaluate("document.documentElement.scrollWidth")
    assert wide <= 390, f"the quality page is {wide} px wide on a 390 px screen"
    assert problems == []
    context.close()


def test_a_saved_view_round_trip(browser: Any, served: tuple[str, dict[str, str]]) -> None:
    """Save the filtered events table under a name, then open it from the list: the same
    filter and rows come back (issue 13, "Done when": a saved view round-trip)."""
    url, _ = served
    context, tab, problems = _open(browser, url, 1440, 900)
    try:
        tab.goto("/events?event_type=Battles&sort=-fatalities")
        expected = tab.locator("#results tbody tr").count()
        tab.fill("#view-name", "Battles, deadliest first")
        tab.fill("#view-token", TOKEN)
        tab.click("text=Save this view")
        tab.wait_for_load_state()
        tab.click("a:text('Battles, deadliest first')")
        tab.wait_for_load_state()
        assert "event_type=Battles" in tab.url and "sort=-fatalities" in tab.url
        assert tab.locator("#event_type").input_value() == "Battles"
        assert tab.locator("#results tbody tr").count() == expected
        assert not problems, problems
    finally:
        context.close()
