"""actor1 (issue 9, session 30): bandits read through the country; a note's place lead is no
actor; a toll "in a police/military operation" is the operation's owner's.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import ActorRef, Event, Extraction, Span
from ceasewatch.resolve import resolve, resolve_ref
from tests.test_resolve import article

ON = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


@pytest.mark.parametrize(
    ("words", "country", "name"),
    [
        ("bandits", "NG", "Bandits (Nigeria)"),
        ("armed bandits", "NG", "Bandits (Nigeria)"),
        ("a bandit gang", "NG", "Bandits (Nigeria)"),
        ("bandits", "KE", "Unidentified Armed Group (Kenya)"),
        ("bandits", "CO", "Unidentified Armed Group (Colombia)"),
        ("gunmen", "NG", "Unidentified Armed Group (Nigeria)"),  # no bandits written
    ],
)
def test_bandits_are_read_through_the_country(
    kb: ActorKB, words: str, country: str, name: str
) -> None:
    ref = ActorRef(name=words, surface=words)
    assert resolve_ref(ref, kb, ON, country=country).name == name


def _clash(text: str, actor1: str, actor2: str) -> Event:
    def ref(words: str) -> ActorRef:
        at = text.index(words)
        return ActorRef(
            name=words, surface=words, span=Span(start=at, end=at + len(words), text=words)
        )

    return Event(
        id="e1",
        article_id="a1",
        event_date=ON,
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=ref(actor1),
        actor2=ref(actor2),
        sentence=Span(start=0, end=len(text), text=text),
    )


def _resolved(text: str, e: Event, kb: ActorKB) -> Event:
    return resolve(Extraction(article_id="a1", events=(e,)), article(text, ON), kb).events[0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "On 2 June 2024, Zamboanga del Norte: soldiers clashed with rebels.",
            "Zamboanga del Norte",
        ),
        ("On 2 June 2024, Bay of Kalo: soldiers clashed with rebels.", "Bay of Kalo:"),
    ],
)
def test_a_place_label_before_a_colon_is_no_actor(kb: ActorKB, text: str, label: str) -> None:
    got = _resolved(text, _clash(text, label, "rebels"), kb)
    assert got.actor1 is None or "Zamboanga" not in got.actor1.name, got.actor1
    assert got.actor1 is None or "Kalo" not in got.actor1.name, got.actor1


def test_unknown_words_without_a_colon_stay_the_subject(kb: ActorKB) -> None:
    text = "On 2 June 2024, Kalo Hills Brothers clashed with rebels near the river."
    got = _resolved(text, _clash(text, "Kalo Hills Brothers", "rebels"), kb)
    assert got.actor1 is not None and got.actor1.name == "Kalo Hills Brothers", got.actor1
