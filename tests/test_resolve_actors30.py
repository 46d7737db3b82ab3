"""actor1 (issue 9, session 30): a note's place lead is no actor; a toll "in a police/military
operation" is the operation's owner's.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Extraction, Location, Span
from ceasewatch.resolve import frame_by_place, resolve, resolve_ref
from tests.test_resolve import article

ON = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


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


def _toll(text: str, sub: str, actor2: str | None = None) -> Event:
    ref = None
    if actor2 is not None:
        at = text.index(actor2)
        ref = ActorRef(
            name=actor2, surface=actor2, span=Span(start=at, end=at + len(actor2), text=actor2)
        )
    return Event(
        id="e1",
        article_id="a1",
        event_date=ON,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=None,
        actor2=ref,
        fatalities=2,
        sentence=Span(start=0, end=len(text), text=text),
        location=Location(
            name="Kalo", latitude=-22.9, longitude=-43.2, country="Brazil", geo_precision=1
        ),
    )


def _placed(e: Event, kb: ActorKB) -> Event:
    return frame_by_place(Extraction(article_id="a1", events=(e,)), kb).events[0]


@pytest.mark.parametrize(
    ("text", "sub", "name"),
    [
        (
            "Two drivers were killed in a police operation on the ring road.",
            "Attack",
            "Police Forces of Brazil",
        ),
        (
            "Four suspects died during a joint military raid on a farm.",
            "Armed clash",
            "Military Forces of Brazil",
        ),
        (
            "A teenager was shot dead amid an army operation in the hills.",
            "Attack",
            "Military Forces of Brazil",
        ),
    ],
)
def test_a_toll_in_an_operation_is_its_owners(kb: ActorKB, text: str, sub: str, name: str) -> None:
    got = _placed(_toll(text, sub), kb)
    assert got.actor1 is not None and got.actor1.name.startswith(name), got.actor1
    assert got.actor1.span is not None
    assert got.actor1.span.text in text and got.actor1.span.text.startswith("a")


def test_no_operation_no_owner(kb: ActorKB) -> None:
    got = _placed(_toll("Two drivers were shot dead on the ring road at night.", "Attack"), kb)
    assert got.actor1 is None or "Forces" not in got.actor1.name, got.actor1


def test_an_operation_opposed_is_no_doer(kb: ActorKB) -> None:
    got = _placed(
        _toll("Two drivers were shot dead at a rally against a police operation.", "Attack"), kb
    )
    assert got.actor1 is None or "Police" not in got.actor1.name, got.actor1


def test_a_force_killed_in_its_own_operation_is_no_doer(kb: ActorKB) -> None:
    text = "Two policemen were killed in a police operation on the ring road."
    e = _toll(text, "Attack", "Two policemen")
    e = e.model_copy(
        update={
            "actor2": e.actor2.model_copy(
                update={"name": "Police Forces of Brazil", "id": _police_id(kb)}
            )
        }
    )  # type: ignore[union-attr]
    got = _placed(e, kb)
    assert got.actor1 is None or "Police" not in got.actor1.name, got.actor1


def _police_id(kb: ActorKB) -> str:
    actor = kb.role_actor("police", "BR", ON)
    assert actor is not None
    return actor.id


@pytest.mark.parametrize(
    ("words", "country", "name"),
    [
        ("GKNB", "KG", "State Committee for National Security (Kyrgyzstan)"),
        (
            "the State Committee for National Security",
            "TJ",
            "State Committee for National Security (Tajikistan)",
        ),
        ("Kyrgyz GKNB", None, "State Committee for National Security (Kyrgyzstan)"),
    ],
)
def test_a_state_security_committee_by_its_country(
    kb: ActorKB, words: str, country: str | None, name: str
) -> None:
    ref = ActorRef(name=words, surface=words)
    assert resolve_ref(ref, kb, ON, country=country).name == name
