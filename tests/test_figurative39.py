"""A fight word's gerund the parse hangs on a noun as its modifier acts on that noun
(extract/figurative.py, session 39): "fighting global corruption" is no battle, "fighting
militants killed four soldiers" still is."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract_events import run


@pytest.mark.parametrize(
    "text",
    [
        '"We have made clear that fighting global corruption is going to be a priority," he said on Monday.',
        "Fighting poverty remains the governor's first task, he said in Kano on Monday.",
    ],
)
def test_a_gerund_on_an_abstract_noun_is_no_battle(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert x.events == (), [(e.sub_event_type, e.evidence[0].text) for e in x.events]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting militants killed four soldiers near Konduga on Tuesday.",
        "Heavy fighting between troops and Boko Haram fighters killed 12 near Konduga on Tuesday.",
    ],
)
def test_fighting_people_still_fight(extractor: Extractor, text: str) -> None:
    _, x = run(text, extractor)
    assert [e.sub_event_type for e in x.events] == ["Armed clash"]
