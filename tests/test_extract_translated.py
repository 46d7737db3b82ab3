"""Machine translation's calques (issue 9, session 24, wip/mt24): crowd-control means rendered
word for word ("tear bombs", "bombs of moral effect") are no explosive attack, and "the forces
of order" are the police. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events
from tests.test_extract_types_notes import main_sub_event


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022, the police dispersed the marchers in Cusco launching tear bombs against "
        "the protesters who blocked the road.",
        "On 3 May 2022, the Military Police dispersed the protesters in Recife with bombs of "
        "moral effect.",
    ],
)
def test_crowd_control_calques_are_an_intervention(text: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor, published=None) == "Protest with intervention"


def test_a_bomb_is_still_a_bomb(extractor: Extractor) -> None:
    text = "On 3 May 2022, a bomb exploded in a market in Maiduguri, killing four people."
    assert main_sub_event(text, extractor, published=None) == "Remote explosive/landmine/IED"


def test_the_forces_of_order_are_the_police(resources: Resources) -> None:
    text = "DAKAR, 8 May 2024 - The forces of order arrested 30 opposition activists in Dakar."
    events = report_events(text, resources)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Police Forces of Senegal")
