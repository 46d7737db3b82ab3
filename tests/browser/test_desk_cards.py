"""On a phone, tables of records other than events (agreements, the quality queue) are cards
too: at 390 px the agreements table used to scroll sideways with the status off screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.test_desk_layout import archive, base_url, browser  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser: Any, base_url: str) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("path", "table", "label"), [
    ("/agreements", "table.agreements", "Status"),
    ("/quality", "table.quality", "Why"),
])  # fmt: skip
def test_record_tables_are_cards_on_a_phone(phone: Any, path: str, table: str, label: str) -> None:
    phone.goto(path)
    row = phone.locator(f"{table} tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    cell = phone.locator(f'{table} tbody tr td[data-label="{label}"]').first
    box = cell.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    wrap = phone.evaluate(
        f"(() => {{ const w = document.querySelector('{table}').closest('.table-wrap');"
        " return w.scrollWidth - w.clientWidth })()"
    )
    assert wrap <= 0


def test_phone_events_show_rows_first_with_the_filters_folded(phone: Any) -> None:
    phone.goto("/events")
    assert phone.locator("#filter-box").evaluate("d => d.open") is False
    first = phone.locator("table.events tbody tr").first.bounding_box()
    assert first is not None and first["y"] < 844  # a row on the first screen
    phone.click("#filter-box > summary")
    assert phone.locator("#event_type").is_visible()
    phone.goto("/events?event_type=Battles")  # folded too, saying a filter is set
    assert phone.locator("#filter-box").evaluate("d => d.open") is False
    assert phone.text_content("#filter-box > summary") == "Filters (1 set)"
