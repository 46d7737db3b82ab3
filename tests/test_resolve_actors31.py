"""actor1 (issue 9, session 31): a demonstration's actor1 is its crowd once its type is final;
the riot police of the post-Soviet states and Zimbabwe's police by name; "coalition" aircraft
read by the war.

Every sentence and event is written for this file in the team's own words (no evaluation item
is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import (
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT,
    SUB_EVENT_TO_TYPE,
    ActorRef,
    Event,
    Extraction,
    Location,
    Span,
)
from ceasewatch.resolve import crowd_by_type, frame_by_place, resolve
from ceasewatch.resolve.matching import matcher_for
from tests.event_builders import make_event
from tests.test_resolve import article

ON = dt.date(2023, 5, 4)
LILONGWE = Location(name="Lilongwe", latitude=-13.97, longitude=33.79, country="Malawi")


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def _ref(kb: ActorKB, actor_id: str, surface: str | None, method: str = "exact") -> ActorRef:
    actor = kb.get(actor_id)
    assert actor is not None, actor_id
    return ActorRef(name=actor.name, id=actor.id, type=actor.type, surface=surface, method=method)


def _role(kb: ActorKB, role: str, country: str = "MW") -> ActorRef:
    actor = kb.role_actor(role, country, ON)
    assert actor is not None
    return ActorRef(name=actor.name, id=actor.id, type=actor.type, method="convention")


def _event(sub: str, actor1: ActorRef | None, actor2: ActorRef | None = None) -> Event:
    return make_event(
        event_date=ON,
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        disorder_type=DISORDER_BY_SUB_EVENT.get(sub)
        or DISORDER_BY_EVENT_TYPE[SUB_EVENT_TO_TYPE[sub]],
        actor1=actor1,
        actor2=actor2,
        location=LILONGWE,
        fatalities=None,
        sentence_text="Police fired tear gas at teachers marching to the ministry.",
    )


def _one(event: Event, kb: ActorKB) -> Event:
    return crowd_by_type(Extraction(article_id="a1", events=(event,)), kb).events[0]


def _police(kb: ActorKB) -> ActorRef:
    return _role(kb, "police")


def test_a_protest_told_through_its_police_puts_the_crowd_first(kb: ActorKB) -> None:
    police = _police(kb)
    got = _one(_event("Protest with intervention", police, _role(kb, "protesters")), kb)
    assert got.actor1 is not None and got.actor1.name == "Protesters (Malawi)"
    assert got.actor2 is not None and got.actor2.id == police.id


def test_a_riot_with_the_police_alone_takes_its_rioters(kb: ActorKB) -> None:
    police = _police(kb)
    got = _one(_event("Violent demonstration", police), kb)
    assert got.actor1 is not None and got.actor1.name == "Rioters (Malawi)"
    assert got.actor2 is not None and got.actor2.id == police.id


def test_a_riot_typed_from_a_protest_takes_rioters(kb: ActorKB) -> None:
    got = _one(_event("Violent demonstration", _role(kb, "protesters")), kb)
    assert got.actor1 is not None and got.actor1.name == "Rioters (Malawi)"


def test_a_mob_filled_with_the_unnamed_armed_group_is_rioters(kb: ActorKB) -> None:
    got = _one(_event("Mob violence", _role(kb, "unidentified-armed-group")), kb)
    assert got.actor1 is not None and got.actor1.name == "Rioters (Malawi)"
    assert not got.assoc_actors1


def test_the_organisers_are_the_crowds_associated_actor(kb: ActorKB) -> None:
    party = ActorRef(
        name="Teachers Union of Malawi",
        id="zw-zanu-pf",  # any named non-state actor of the base stands for the organiser
        type="political militia",
        surface="the teachers' union",
        method="exact",
    )
    got = _one(_event("Peaceful protest", party), kb)
    assert got.actor1 is not None and got.actor1.name == "Protesters (Malawi)"
    assert [a.id for a in got.assoc_actors1] == ["zw-zanu-pf"]


def test_unread_words_give_way_to_the_crowd_keeping_them(kb: ActorKB) -> None:
    words = ActorRef(name="nurses", surface="nurses", method="unresolved")
    got = _one(_event("Peaceful protest", words), kb)
    assert got.actor1 is not None and got.actor1.name == "Protesters (Malawi)"
    assert got.actor1.surface == "nurses"


def test_excessive_force_told_from_the_crowd_puts_the_force_first(kb: ActorKB) -> None:
    police = _police(kb)
    crowd = _role(kb, "protesters")
    got = _one(_event("Excessive force against protesters", crowd, police), kb)
    assert got.actor1 is not None and got.actor1.id == police.id
    assert got.actor2 is not None and got.actor2.id == crowd.id


def test_other_events_and_unplaced_ones_are_left(kb: ActorKB) -> None:
    police = _police(kb)
    clash = _event("Armed clash", police, _role(kb, "unidentified-armed-group"))
    assert _one(clash, kb) is clash
    unplaced = _event("Peaceful protest", police).model_copy(update={"location": None})
    assert _one(unplaced, kb) is unplaced


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("OMON", "BY", "Police Forces of Belarus"),
        ("OMON", "RU", "Police Forces of Russia"),
        ("ZRP", "ZW", "Police Forces of Zimbabwe"),
        ("Zimbabwe Republic Police", None, "Police Forces of Zimbabwe"),
        ("coalition warplanes", "YE", "Military Forces of Saudi Arabia"),
        ("coalition air defences", "SA", "Military Forces of Saudi Arabia"),
        ("coalition forces", "SY", "Combined Joint Task Force - Operation Inherent Resolve"),
    ],
)
def test_forces_read_by_name_and_war(
    kb: ActorKB, words: str, country: str | None, expected: str
) -> None:
    found = matcher_for(kb).match(words, on=ON, country=country)
    assert found is not None and found.actor.name.startswith(expected), (words, found)


def test_a_name_of_two_states_forces_is_read_by_the_place(kb: ActorKB) -> None:
    grodno = Location(name="Grodno", latitude=53.68, longitude=23.83, country="Belarus")
    words = ActorRef(name="OMON", surface="OMON", method="unresolved")
    event = _event("Arrests", words).model_copy(update={"location": grodno})
    got = frame_by_place(Extraction(article_id="a1", events=(event,)), kb).events[0]
    assert got.actor1 is not None and got.actor1.name.startswith("Police Forces of Belarus")
    unknown = ActorRef(name="Kalo brothers", surface="Kalo brothers", method="unresolved")
    kept = _event("Arrests", unknown).model_copy(update={"location": grodno})
    got = frame_by_place(Extraction(article_id="a1", events=(kept,)), kb).events[0]
    assert got.actor1 is not None and got.actor1.name == "Kalo brothers"


def _looting(text: str, actor1: ActorRef | None) -> Event:
    sub = "Looting/property destruction"
    return make_event(
        event_date=ON,
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        disorder_type="Political violence",
        actor1=actor1,
        actor2=None,
        location=None,
        fatalities=None,
        sentence_text=text,
    )


def test_looters_are_rioters(kb: ActorKB) -> None:
    text = "On 2 May 2023, looters emptied three shops in Lilongwe, Malawi, during the unrest."
    got = resolve(
        Extraction(article_id="a1", events=(_looting(text, None),)), article(text, ON), kb
    )
    first = got.events[0].actor1
    assert first is not None and first.name == "Rioters (Malawi)", first


def test_a_looting_with_no_crowd_word_stays_empty(kb: ActorKB) -> None:
    text = "On 2 May 2023, three shops were emptied overnight in Lilongwe, Malawi."
    got = resolve(
        Extraction(article_id="a1", events=(_looting(text, None),)), article(text, ON), kb
    )
    first = got.events[0].actor1
    assert first is None or not first.name.startswith("Rioters"), first


def test_a_cartel_cell_is_a_gang(kb: ActorKB) -> None:
    text = "On 2 May 2023, a cartel cell torched two buses in Culiacan, Mexico."
    at = text.index("a cartel cell")
    words = ActorRef(
        name="a cartel cell",
        surface="a cartel cell",
        span=Span(start=at, end=at + 13, text="a cartel cell"),
    )
    got = resolve(
        Extraction(article_id="a1", events=(_looting(text, words),)), article(text, ON), kb
    )
    first = got.events[0].actor1
    assert first is not None and first.name == "Unidentified Gang (Mexico)", first


def _clash_of(text: str) -> Event:
    sub = "Armed clash"
    return make_event(
        event_date=ON,
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        disorder_type="Political violence",
        actor1=None,
        actor2=None,
        location=None,
        fatalities=4,
        sentence_text=text,
    )


def test_herders_of_a_people_are_its_militia_first_written(kb: ActorKB) -> None:
    text = "On 2 May 2023, Fulani herders and Berom youths clashed near Riyom, Nigeria."
    got = resolve(Extraction(article_id="a1", events=(_clash_of(text),)), article(text, ON), kb)
    one, two = got.events[0].actor1, got.events[0].actor2
    assert one is not None and one.name == "Fulani Ethnic Militia (Nigeria)", one
    assert two is not None and two.name == "Berom Ethnic Militia (Nigeria)", two


def test_herders_killed_are_no_side(kb: ActorKB) -> None:
    text = "On 2 May 2023, gunmen killed five Fulani herders near Riyom, Nigeria."
    event = _clash_of(text).model_copy(update={"sub_event_type": "Attack"})
    event = event.model_copy(update={"event_type": "Violence against civilians"})
    got = resolve(Extraction(article_id="a1", events=(event,)), article(text, ON), kb)
    one = got.events[0].actor1
    assert one is None or "Fulani" not in one.name, one
