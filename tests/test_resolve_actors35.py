"""actor1 (issue 9, session 35): mines laid during a force's occupation are that force's; two
peoples' men written with one noun ("between Konkomba and Nanumba men") are their identity
militias, also when only the event's place gives the country.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import pytest

from ceasewatch.knowledge import ActorKB
from ceasewatch.pipeline import Resources
from ceasewatch.resolve.devices import laid_by
from ceasewatch.resolve.identity import groups_acting
from tests.event_builders import report_events

# --- the occupier laid the mines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("a boy found a mine near the school, laid during the Russian occupation", "Russian"),
        ("the field was mined during the 2022 Russian occupation; a tractor hit a mine", "Russian"),
        ("an IED left over from the ISIS occupation went off in a house", "ISIS"),
        ("two herders were killed by Houthi-laid mines near a well", "Houthi"),
        ("a mine left during the occupation exploded under a cart", None),  # no occupier written
        ("a mine exploded in a field; the village was under occupation for months", None),
    ],
)
def test_the_occupier_laid_it(sentence: str, who: str | None) -> None:
    found = laid_by(sentence)
    if who is None:
        assert not found, found
    else:
        assert found == [f"{who} forces", who], found


def test_after_by_comes_first() -> None:
    # the agent after "by" is read as before, even with an occupation in the sentence
    found = laid_by("a mine planted by the rebels during the Russian occupation exploded")
    assert "the rebels" in found and "Russian forces" not in found


def test_a_mine_of_the_occupation_is_the_occupiers(resources: Resources) -> None:
    text = (
        "On 3 March 2024, a farmer was killed when his plough struck a mine near Kupiansk "
        "(Kharkiv), laid during the Russian occupation of the area."
    )
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name.startswith("Military Forces of Russia")
    # the words kept are the sentence's own
    assert events[0].actor1.surface == "Russian"


# --- two peoples' men with one noun ------------------------------------------------------------


def test_two_peoples_men(kb: ActorKB) -> None:
    found = groups_acting("gunfire between Nanumba and Konkomba men near a market", kb, "GH")
    assert [kb.actors[i].name for i in found] == [
        "Nanumba Ethnic Militia (Ghana)",
        "Konkomba Ethnic Militia (Ghana)",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "gunmen killed three Nanumba and Konkomba men near a market",  # the victims
        "Nanumba and Konkomba men were found dead near a market",  # passive: the victims
        "a Konkomba man was shot near a market",  # one people, bare "man": no reading
        "Konkomba men attacked a market",  # one people's bare "men": as often the victims
    ],
)
def test_no_peoples_men(kb: ActorKB, sentence: str) -> None:
    assert groups_acting(sentence, kb, "GH") == [], sentence


def test_a_clash_of_two_peoples_by_the_place(resources: Resources) -> None:
    # no country in the words: the place's country reads the two peoples' militias
    text = "On 4 May 2023, gunfire between Nanumba and Konkomba men in Saboba (Northern); 2 killed."
    events = report_events(text, resources)
    assert events and events[0].actor1 is not None and events[0].actor2 is not None
    assert events[0].actor1.name == "Nanumba Ethnic Militia (Ghana)"
    assert events[0].actor2.name == "Konkomba Ethnic Militia (Ghana)"
