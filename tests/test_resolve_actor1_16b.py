"""actor1 of arrests made by agents the report does not name (issue 9, session 16,
wip/actors16): ACLED codes an arrest to the state force that made it, the country's police
when the words name only "officers", "agents" or "police".

Every report is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.evaluate.world import same_actor
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.roles import AGENT_WORDS
from tests.event_builders import report_main_event


@pytest.mark.parametrize(
    "words",
    ["intelligence officers", "security agents", "plainclothes police", "two agents", "police"],
)
def test_agent_words(words: str) -> None:
    assert AGENT_WORDS.fullmatch(words)


@pytest.mark.parametrize("words", ["rebel officers", "gunmen", "a crowd", "Al Shabaab fighters"])
def test_not_agent_words(words: str) -> None:
    assert AGENT_WORDS.fullmatch(words) is None


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 5 March 2023, intelligence officers arrested four people in Tabriz "
            "(East Azerbaijan) accused of spying.",
            "Police Forces of Iran",
        ),
        (
            "On 5 March 2023, in Khartoum, security agents detained a lawyer outside his office.",
            "Police Forces of Sudan",
        ),
    ],
)
def test_arrests_by_unnamed_agents_are_the_police(
    resources: Resources, text: str, actor1: str
) -> None:
    event = report_main_event(text, resources)
    assert event.sub_event_type == "Arrests", text
    assert event.actor1 is not None and same_actor(event.actor1.name, actor1), (
        text,
        event.actor1,
    )


def test_a_named_group_detaining_keeps_its_name(resources: Resources) -> None:
    text = "On 5 March 2023, in Mogadishu, Al Shabaab fighters detained two elders."
    event = report_main_event(text, resources)
    assert event.actor1 is not None and same_actor(event.actor1.name, "Al Shabaab")
