"""A world archive's map in Chromium at 1440x900 and 390x844: framed on its biggest area (not
three continents and the sea) and outlined by its admin1 units, the other areas offered as links
that frame them, the far points folded into a closed list, nothing wider than the screen, no
console error."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ceasewatch.serve import create_app
from tests import serve_data
from tests.browser.test_desk_layout import browser, overflow, page, shots  # noqa: F401
from tests.localserver import serve_app
from tests.test_serve_map import WORLD, build_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("world") / "archive.db"
    build_world(path)
    with serve_app(create_app(path, resources=serve_data.resources())) as url:
        # the first map loads the world gazetteer's admin1 points (seconds on a loaded
        # machine): not what this test times
        urllib.request.urlopen(f"{url}/map", timeout=300).read()
        yield url


def test_world_map_frames_one_area_links_the_others_and_folds_the_far(
    page: Any,  # noqa: F811
    shots: Path,  # noqa: F811
) -> None:
    page.goto("/map")
    assert overflow(page) == 0
    # Sudan, framed, is outlined by its states (Natural Earth admin-1)
    assert page.locator('svg.map path.adm-ne[data-unit^="SD."]').count() >= 5
    details = page.locator("details#outliers")
    assert details.get_attribute("open") is None  # folded: its count in the summary
    assert "Far from the rest (2)" in details.locator("summary").text_content()
    assert not page.locator("#outliers table").is_visible()
    page_height = page.evaluate("document.documentElement.scrollHeight")
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / f"map-world-{page.size}.png"), full_page=True)
    page.click("details#outliers > summary")
    assert page.locator("#outliers table").is_visible()
    assert page.evaluate("document.documentElement.scrollHeight") > page_height
    link = page.get_by_role("link", name=f"{WORLD['Ukraine'][2]} events in Ukraine")
    link.click()
    page.wait_for_url("**/map?bbox=*")
    assert page.locator("svg.map circle.ev").count() == WORLD["Ukraine"][2]
    assert page.locator('svg.map path.adm-ne[data-unit^="UA."]').count() >= 2
    assert page.get_by_role("link", name="Whole Ukraine").count() == 1
    page.screenshot(path=str(shots / f"map-world-ukraine-{page.size}.png"), full_page=True)
    assert overflow(page) == 0
    assert page.problems == []
