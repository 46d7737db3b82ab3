"""Tolls told as grown, session 43 (tolls43; hand-written sentences, never evaluation items):
the figure a toll has risen to is the event's toll now (ACLED codes the most recent reliable
figure), never added to the first figure nor the smaller of two sources; the figure it rose
from is none; a running total over days is no event's toll (extract/risen.py,
extract/merging.py ``conservative``)."""

from __future__ import annotations

import pytest

from ceasewatch.extract.merging import conservative
from ceasewatch.extract.risen import RISEN
from ceasewatch.model import FatalityClaim
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def test_a_risen_figure_replaces_the_first_report() -> None:
    first = FatalityClaim(count=6, qualifier="at least", victims="civilians", claimed_by="police")
    now = FatalityClaim(count=14, qualifier=RISEN, claimed_by="a hospital official")
    assert conservative([first, now]) == 14
    # without the risen figure two sources still give the smaller
    other = FatalityClaim(count=14, qualifier="exact", claimed_by="a hospital official")
    assert conservative([first, other]) == 6


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("KANO, Nigeria, 12 March 2024 - A suicide bomber blew himself up at a crowded market in "
         "Kano on Monday, killing at least six people, police said. The death toll from the "
         "bombing has risen to 14, a hospital official said.", 14),
        ("GOMA, Congo, 3 April 2024 - M23 rebels shelled the village of Kibirizi on Tuesday, "
         "killing four civilians. The number of dead later rose to nine, a local official said.",
         9),
        ("KHARKIV, Ukraine, 5 June 2024 - A Russian missile struck an apartment block in Kharkiv "
         "on Wednesday, the governor said. The toll rose to seven overnight, including a child.",
         7),
        ("KHARKIV, Ukraine, 5 June 2024 - A Russian missile struck an apartment block in Kharkiv "
         "on Wednesday, killing three people. Rescuers pulled two more bodies from the rubble, "
         "bringing the toll to five.", 5),
        ("GOMA, Congo, 3 April 2024 - M23 rebels attacked the village of Kibirizi on Tuesday, "
         "killing four civilians, local officials said. The army later said 11 civilians were "
         "killed, up from four in its first report.", 11),
    ],
)  # fmt: skip
def test_the_grown_toll_is_the_toll(resources: Resources, text: str, dead: int) -> None:
    events = report_events(text, resources)
    assert len(events) == 1 and events[0].fatalities == dead, events


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a running total over days is not the strike's toll
        ("BANGKOK, 26 July 2025 - Cambodian rockets struck a petrol station in Sisaket province "
         "on Friday, killing six civilians, Thai officials said, bringing the toll since "
         "Thursday to at least 21 dead.", 6),
        # a toll of several incidents over a weekend and two states is not the last one's
        ("GUSAU, Nigeria, 24 February 2025 - Gunmen killed nine villagers in Kucheri in "
         "Zamfara state on Friday. On Sunday, police in Funtua, Katsina state, killed four "
         "suspected kidnappers in a shootout. The deaths bring the toll of the weekend in the "
         "two states to at least 25, officials said.", 4),
        # a figure of the displaced that rose is no toll
        ("GOMA, Congo, 3 April 2024 - M23 rebels shelled the village of Kibirizi on Tuesday, "
         "killing four civilians. The number of displaced rose to 3,000, a local official "
         "said.", 4),
    ],
)  # fmt: skip
def test_no_grown_toll(resources: Resources, text: str, dead: int) -> None:
    events = report_events(text, resources)  # the toll of the event told last
    assert events and events[-1].fatalities == dead, events
