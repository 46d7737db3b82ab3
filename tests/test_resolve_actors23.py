"""actor1 and tolls on notes and reports (issue 9, session 23, wip/actors23): an army
communique's count of "neutralised" fighters is a toll of the event it follows (the word alone
makes no event); two peoples' elders signing a peace accord are the parties of the agreement
(their identity militias).

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

from ceasewatch.pipeline import Resources
from tests.event_builders import report_events


def test_the_word_neutralised_is_no_act(resources: Resources) -> None:
    text = (
        "QUITO, 13 March 2024 - Rights groups have questioned the use of the word "
        '"neutralised" in military statements.'
    )
    assert report_events(text, resources) == ()


def test_neutralised_after_the_attack_is_its_toll(resources: Resources) -> None:
    text = (
        "BAMAKO, 13 March 2024 - JNIM fighters attacked an army post in Boni (Mopti) on Sunday. "
        "The army said 11 assailants were neutralised and two soldiers killed."
    )
    events = report_events(text, resources)
    assert len(events) == 1
    assert events[0].fatalities == 13
    alone = text.replace(" and two soldiers killed", "")
    assert [e.fatalities for e in report_events(alone, resources)] == [11]


def test_two_peoples_elders_signing_are_the_agreements_parties(resources: Resources) -> None:
    events = report_events(
        "On 6 February 2024, Pokot and Turkana elders signed a peace accord at Kainuk (Turkana).",
        resources,
    )
    assert [e.sub_event_type for e in events] == ["Agreement"]
    first, second = events[0].actor1, events[0].actor2
    assert first is not None and first.name == "Pokot Ethnic Militia (Kenya)"
    assert second is not None and second.name == "Turkana Ethnic Militia (Kenya)"


def test_elders_who_speak_are_not_the_attackers(resources: Resources) -> None:
    text = "On 6 February 2024, Tiv elders said gunmen attacked Yelwata (Benue), killing 12 people."
    for event in report_events(text, resources):
        assert event.actor1 is None or "Tiv" not in event.actor1.name
