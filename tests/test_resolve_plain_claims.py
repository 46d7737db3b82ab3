"""actor1 by causes seen in at least three writers' notes (issue 9, session 16, wip/actors15):
claims and blame in plain words, unnamed people as the attacker, an unnamed crowd's violence
as rioters', and people on the move who "walk into" a country (no takeover; FA-KES's TRT
World footers since session 13).

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.harness import main_event
from ceasewatch.evaluate.world import same_actor
from ceasewatch.model import ActorRef
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.claims import find_claims
from tests.event_builders import report_events

GROUP = ActorRef(name="Al Shabaab", id="so-al-shabaab", inter=2)


def _read(words: str) -> ActorRef | None:
    return GROUP if "Shabaab" in words else None


@pytest.mark.parametrize(
    "claim",
    [
        "Al Shabaab later took credit.",
        "Al Shabaab said it did it.",
        "Al Shabaab said they were responsible.",
        "Locals blame Al Shabaab.",
        "Residents blame Al Shabaab for the killing.",
        "Said to be Al Shabaab fighters.",
        "Believed to be Al Shabaab.",
    ],
)
def test_plain_words_claim_or_blame(claim: str) -> None:
    found = find_claims("Gunmen shot dead two traders at a market. " + claim, _read)
    assert [c.ref for c in found] == [GROUP], claim


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two traders. Nobody is to blame Al Shabaab for the delay, he said.",
        "Gunmen shot dead two traders. The Al Shabaab spokesman was said to be ill.",
    ],
)
def test_no_claim_in_other_uses_of_the_words(text: str) -> None:
    assert find_claims(text, _read) == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # unnamed people as the attacker: nobody named, ACLED's unidentified armed group
        (
            "On 2 June 2024, a man threw a grenade into a bar in Gitega (Gitega), wounding five.",
            "Unidentified Armed Group (Burundi)",
        ),
        (
            "On 8 March 2023, two men on a motorbike shot dead a shopkeeper in Guayaquil (Guayas).",
            "Unidentified Armed Group (Ecuador)",
        ),
        (
            "On 5 May 2022, a commando stormed a guesthouse in Beledweyne (Hiraan) and killed "
            "three guests.",
            "Unidentified Armed Group (Somalia)",
        ),
        # the victim written as a man stays the victim
        (
            "On 1 July 2023, a man was shot dead by police in Mombasa (Mombasa).",
            "Police Forces of Kenya",
        ),
        # a crowd nobody names that attacks or seizes people: rioters
        (
            "On 6 May 2024, a crowd in Rangpur (Rangpur) dragged away two men accused of "
            "stealing a goat and beat them.",
            "Rioters (Bangladesh)",
        ),
        # a claim in plain words after an unnamed bombing
        (
            "On 4 April 2024, a car bomb exploded at a checkpoint in Afgoye (Lower Shabelle), "
            "killing six. Al Shabaab later took credit.",
            "Al Shabaab",
        ),
    ],
)
def test_whole_reports(resources: Resources, text: str, actor1: str) -> None:
    event = main_event(report_events(text, resources))
    assert event is not None and event.actor1 is not None, text
    assert same_actor(event.actor1.name, actor1), (text, event.actor1.name)


def test_migrants_walking_into_a_country_take_nothing(resources: Resources) -> None:
    text = "Related News: Thousands of migrants walk into Greece for a better life."
    events = report_events(text, resources)
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


def test_fighters_walking_into_a_town_still_take_it(resources: Resources) -> None:
    text = "On 9 June 2022, rebels walked into central Rutshuru (North Kivu) after the army left."
    events = report_events(text, resources)
    assert any(e.sub_event_type == "Non-state actor overtakes territory" for e in events)
