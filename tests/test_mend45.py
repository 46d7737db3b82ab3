"""Session 45's merger's readings (issue 9; sentences invented for these tests):

- a rally against something is a protest whatever it is against: "a rally against energy
  prices" (a price word no longer vetoes the noun when the rally is "against" something or has
  protesters' words), while "oil prices staged a rally" stays the market's;
- shots fired into the air or warning shots at a demonstration are an intervention (ACLED:
  force short of lethal to disperse a demonstration);
- "AFC/M23" in a report of fighting is the M23 (the alliance's forces), "AFC" alone the
  alliance.
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events, report_main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 3 September 2022, a rally was held in Prague against energy prices.",
        "On 3 September 2022, a rally on Wenceslas Square in Prague against fuel prices.",
        "On 3 September 2022, thousands joined a rally in Brno against food prices, chanting slogans.",
    ],
)
def test_a_rally_against_prices_is_a_protest(text: str, resources: Resources) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 September 2022, oil prices staged a rally in London.",
        "On 3 September 2022, a rally in share prices lifted the Prague stock market.",
    ],
)
def test_a_market_rally_is_no_event(text: str, resources: Resources) -> None:
    assert report_events(text, resources) == ()


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 27 October 2022, women marched in Kabul demanding the right to study; "
            "Taliban fighters fired into the air and chased them off.",
            "Protest with intervention",
        ),
        (
            "On 5 May 2023, hundreds protested in Lagos over fuel costs; police fired warning shots.",
            "Protest with intervention",
        ),
        # without the shots: a peaceful protest, as before
        (
            "On 5 May 2023, hundreds protested in Lagos over fuel costs.",
            "Peaceful protest",
        ),
    ],
)
def test_shots_in_the_air_are_an_intervention(text: str, sub: str, resources: Resources) -> None:
    assert report_main_event(text, resources).sub_event_type == sub


def test_afc_m23_is_the_m23(resources: Resources) -> None:
    text = (
        "On 26 April 2025, AFC/M23 took Lumbishi (Kalehe, South Kivu) after a morning of "
        "fighting; the Wazalendo who held the village fled into the forest."
    )
    event = report_main_event(text, resources)
    assert event.actor1 is not None
    assert same_actor(event.actor1.name, "M23: March 23 Movement")
