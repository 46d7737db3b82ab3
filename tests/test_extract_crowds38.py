"""A crowd that clashes "with" the state's forces (issue 9, session 38, actor38;
extract/crowds.py rule 2): the police or soldiers after "with" are the side the crowd met,
not its arms, so "fans clashed with police" is a crowd's riot (ACLED's Violent
demonstration, actor1 Rioters (X)), not an armed band's battle with an unidentified armed
group. A crowd acting with weapons is still an armed band. Likewise unarmed people written as
plural civilians ("students", "workers", "farmers") who clash with the state's forces riot
(extract/triggers.py ``unarmed_clash``): actor1 Rioters (X).

Hand-written sentences (places and people chosen freely), never evaluation items.
"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Event
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events
from tests.test_extract_events import run


def _events(text: str, extractor: Extractor) -> list[Event]:
    _, x = run(text, extractor)
    return list(x.events)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On Sunday, fans clashed with police outside the stadium in Tamsa.", "fans"),
        ("On Sunday, hundreds of fans clashed with riot police in Tamsa.", "fans"),
        ("On Sunday, angry marchers fought with soldiers near the square in Tamsa.", "marchers"),
        ("On Sunday, football fans clashed with gendarmes in Tamsa.", "fans"),
    ],
)
def test_a_crowd_meeting_the_state_forces_is_the_doer(
    extractor: Extractor, text: str, doer: str
) -> None:
    found = _events(text, extractor)
    assert found, text
    actor1 = found[0].actor1
    assert actor1 is not None and actor1.surface is not None, found
    assert actor1.surface.endswith(doer), actor1


def test_a_crowd_with_weapons_stays_an_armed_band(extractor: Extractor) -> None:
    """The instruments still make the armed band (session 34's reading is kept)."""
    found = _events(
        "On Monday, illegal miners attacked a camp near Tamsa with explosives.", extractor
    )
    assert all(e.actor1 is None or e.actor1.surface != "illegal miners" for e in found)


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        (
            "On 4 June 2023, fans clashed with police after the cup final in Marseille; cars were "
            "burned.",
            "Rioters (France)",
        ),
        ("On 4 June 2023, hundreds of fans clashed with police in Lyon.", "Rioters (France)"),
    ],
)
def test_the_clash_is_a_riot_by_the_crowd(resources: Resources, text: str, rioters: str) -> None:
    events = report_events(text, resources)
    assert events, text
    event = events[0]
    assert event.event_type == "Riots", event.sub_event_type
    assert event.actor1 is not None and event.actor1.name == rioters
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of France")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2023, students clashed with police in Dhaka.",
        "On 4 June 2023, farmers clashed with police near Amritsar.",
        "On 4 June 2023, workers clashed with police outside a factory in Dhaka.",
    ],
)
def test_unarmed_people_clashing_with_police_riot_by_the_rules(
    extractor: Extractor, text: str
) -> None:
    found = _events(text, extractor)
    assert found, text
    assert found[0].sub_event_type == "Violent demonstration", found[0].sub_event_type


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        ("On 4 June 2023, students clashed with police in Dhaka.", "Rioters (Bangladesh)"),
        ("On 4 June 2023, farmers clashed with police near Amritsar.", "Rioters (India)"),
        ("On 4 June 2023, workers clashed with police outside a factory in Dhaka.", "Rioters"),
    ],
)
def test_unarmed_people_clashing_with_police_are_rioters(
    resources: Resources, text: str, rioters: str
) -> None:
    """actor1 is ACLED's rioters (the statistical reader may still re-type the clash: the
    guard does not know these words as a crowd, see docs/quality/actor38.md)."""
    events = report_events(text, resources)
    assert events, text
    actor1 = events[0].actor1
    assert actor1 is not None and actor1.name.startswith(rioters), actor1


@pytest.mark.parametrize(
    "text",
    [
        # fire both ways: armed sides, whatever the words call them
        "On 4 June 2023, students exchanged fire with police in Dhaka.",
        # "men" often hides unwritten arms: left as before
        "On 4 June 2023, men clashed with soldiers near Gao.",
        # two armed sides
        "On 4 June 2023, soldiers clashed with rebels near Gao.",
    ],
)
def test_armed_or_unclear_sides_stay_a_battle(resources: Resources, text: str) -> None:
    events = report_events(text, resources)
    assert events, text
    assert events[0].event_type == "Battles", events[0].sub_event_type


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        (
            "On 1 June 2024, PSG fans clashed with police on the Champs-Elysees in Paris; cars "
            "burned.",
            "Rioters (France)",
        ),
        ("On 1 June 2024, Galatasaray fans clashed with police in Istanbul.", "Rioters (Turkey)"),
    ],
)
def test_fans_named_by_their_club_are_a_crowd(
    resources: Resources, text: str, rioters: str
) -> None:
    """A club's name before "fans" is what they follow, not a people (crowds._named_people)."""
    events = report_events(text, resources)
    assert events, text
    actor1 = events[0].actor1
    assert actor1 is not None and actor1.name == rioters, actor1


def test_a_peoples_youths_are_not_made_rioters(resources: Resources) -> None:
    """Session 34's reading is kept for youths: "Lou Nuer youths" are no faceless crowd."""
    events = report_events(
        "On 1 June 2024, Lou Nuer youths attacked a village near Pibor.", resources
    )
    assert all(e.actor1 is None or not e.actor1.name.startswith("Rioters") for e in events)
