"""An event told again further on by a definite noun whose sentence gives only the day its source
spoke ("the arrest of X sent a chilling message, his lawyer said on Wednesday": Wednesday is the
lawyer's day, not the arrest's) joins the event told before it, as a noun with no date of its own
does (extract.merging ``_own_day``, story40, session 40); an arrest or a detention named by a
definite noun or a possessive ("the arrest of X", "X's detention") is such a noun
(data/continuation.yaml ``retold_nouns``). A new arrest told with a verb, another day or another
place stays an event of its own. The sentences, people and dates are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events

LEAD = (
    "HARARE, 15 March 2024 - Police arrested the journalist Tendai Moyo in Harare on Monday, "
    "his newspaper said. Moyo had written about the sale of state land to ministers. The "
    "newspaper's editor said its offices had been searched twice this year. Sales of the paper "
    "have fallen since January. Reporters say the climate for the press has worsened. "
)
MONDAY = dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "later",
    [
        "The arrest of Moyo sent a chilling message to reporters, his lawyer said on Wednesday.",
        "Moyo's arrest drew international condemnation from press groups.",
        "The detention of Moyo was arbitrary and unlawful, his lawyer told reporters.",
        "Moyo's arrest drew international condemnation, his lawyer said on Wednesday.",
    ],
)
def test_an_arrest_named_again_is_the_arrest_told(resources: Resources, later: str) -> None:
    events = report_events(LEAD + later, resources)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", MONDAY)]


def test_a_new_arrest_on_another_day_stays(resources: Resources) -> None:
    later = "Police arrested two more reporters in Harare on Wednesday, their lawyer said."
    events = report_events(LEAD + later, resources)
    assert [e.sub_event_type for e in events] == ["Arrests", "Arrests"]


def test_a_bombing_named_on_the_day_its_source_spoke_is_the_bombing_told(
    resources: Resources,
) -> None:
    text = (
        "MOGADISHU, 15 September 2024 - A car bomb exploded at a busy market in Beledweyne on "
        "Thursday, killing 12 people, police said. The market had reopened last month after "
        "repairs. Traders said business had been slow for weeks. Prices of sugar and flour have "
        "risen sharply this year. Aid agencies say the region also faces drought. "
        "No group has claimed the Beledweyne bombing, the governor said on Saturday."
    )
    events = report_events(text, resources)
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Remote explosive/landmine/IED", dt.date(2024, 9, 12))
    ]
