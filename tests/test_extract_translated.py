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


def test_a_count_grouped_by_dots(resources: Resources) -> None:
    text = (
        "MAIDUGURI, 3 May 2022 - The army said 1.200 insurgents were killed in clashes with "
        "troops in Gwoza on Monday."
    )
    assert [e.fatalities for e in report_events(text, resources)] == [1200]
    decimal = text.replace("1.200", "1.5")
    assert all(e.fatalities != 15 for e in report_events(decimal, resources))


def test_the_national_army_is_the_countrys_own(resources: Resources) -> None:
    text = (
        "MARIB, 13 October 2020 - The national army forces clashed with Houthi fighters in "
        "Harib district on Tuesday, killing four of them."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Military Forces of Yemen")
    text = (
        "AFRIN, 13 October 2020 - The National Army clashed with the SDF near Afrin on "
        "Tuesday, killing four fighters."
    )
    events = report_events(text, resources)
    names = {e.actor1.name for e in events if e.actor1} | {
        e.actor2.name for e in events if e.actor2
    }
    assert "Syrian National Army" in names


def test_a_dotted_date_in_a_sentence(resources: Resources) -> None:
    text = (
        "Thursday 7 March 2024\n\nGunmen killed 3 farmers in Gwoza on the 05.03.2024, police said."
    )
    assert [str(e.event_date) for e in report_events(text, resources)] == ["2024-03-05"]
