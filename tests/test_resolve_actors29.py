"""actor1 (issue 9, session 29): ACLED's conventions by sub-event type applied whatever the
words made of the slot: excessive force takes the force its sentence names, a demonstration's
crowd is its protesters once the place gives the country; a clash told without sides takes the
armed actors its sentence names; two states' forces written with one noun; names in single
quotes; a state's air defence.

Every sentence is written for this file in the team's own words (no evaluation item is used).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.model import SUB_EVENT_TO_TYPE, ActorRef, Event, Extraction, Location, Span
from ceasewatch.resolve import frame_by_place, resolve
from ceasewatch.resolve.matching import matcher_for
from tests.test_resolve import article

ON = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def _ref(text: str, words: str) -> ActorRef:
    at = text.index(words)
    return ActorRef(name=words, surface=words, span=Span(start=at, end=at + len(words), text=words))


def _event(
    text: str,
    sub: str,
    actor1: ActorRef | None = None,
    actor2: ActorRef | None = None,
    location: Location | None = None,
) -> Event:
    return Event(
        id="e1",
        article_id="a1",
        event_date=ON,
        time_precision=1,
        disorder_type="Political violence",
        event_type=SUB_EVENT_TO_TYPE[sub],
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        fatalities=2,
        sentence=Span(start=0, end=len(text), text=text),
        location=location,
    )


def _one(text: str, e: Event, kb: ActorKB) -> Event:
    return resolve(Extraction(article_id="a1", events=(e,)), article(text, ON), kb).events[0]


def _name(ref: ActorRef | None) -> str | None:
    return None if ref is None else ref.name


FORCE = "Excessive force against protesters"


def test_excessive_force_takes_the_police_another_clause_names(kb: ActorKB) -> None:
    text = (
        "On 9 March 2024, traders blocked the market road in Kisumu, Kenya, with burning "
        "tyres; police fired live bullets at them and two traders died."
    )
    got = _one(text, _event(text, FORCE), kb)
    assert _name(got.actor1) == "Police Forces of Kenya"
    assert _name(got.actor2) == "Protesters (Kenya)"


def test_excessive_force_by_soldiers_is_the_military(kb: ActorKB) -> None:
    text = (
        "On 9 March 2024, market women marching against a tax in Bo, Sierra Leone, were shot "
        "at by soldiers; two women died."
    )
    got = _one(text, _event(text, FORCE, actor1=_ref(text, "market women")), kb)
    assert _name(got.actor1) == "Military Forces of Sierra Leone"
    assert _name(got.actor2) == "Protesters (Sierra Leone)"


def test_excessive_force_with_no_force_written_is_left(kb: ActorKB) -> None:
    text = "On 9 March 2024, two marchers were shot dead during a rally in Kisumu, Kenya."
    got = _one(text, _event(text, FORCE), kb)
    assert got.actor1 is None


def test_a_named_group_firing_on_marchers_keeps_its_slot(kb: ActorKB) -> None:
    text = (
        "On 9 March 2024, RSF fighters fired on a march in Omdurman, Sudan, while police "
        "looked on; two marchers died."
    )
    got = _one(text, _event(text, FORCE, actor1=_ref(text, "RSF fighters")), kb)
    assert _name(got.actor1) == "Rapid Support Forces"


def _placed(name: str, country: str, lat: float, lon: float) -> Location:
    return Location(name=name, latitude=lat, longitude=lon, country=country, geo_precision=1)


def test_a_protests_civilians_are_its_protesters_by_the_place(kb: ActorKB) -> None:
    text = "On 9 March 2024, pensioners gathered with candles at the memorial in Tomsk."
    civilians = ActorRef(name="Civilians", surface="pensioners", id="civilians", method="exact")
    assert kb.get("civilians") is not None
    where = _placed("Tomsk", "Russian Federation", 56.5, 84.97)
    e = _event(text, "Peaceful protest", actor1=civilians, location=where)
    got = frame_by_place(Extraction(article_id="a1", events=(e,)), kb).events[0]
    assert _name(got.actor1) == "Protesters (Russia)"


def test_excessive_force_is_read_by_the_place_when_the_text_names_no_country(
    kb: ActorKB,
) -> None:
    text = "On 9 March 2024, gendarmes fired tear gas and live rounds at striking dockers in Tema."
    where = _placed("Tema", "Ghana", 5.67, -0.02)
    e = _event(text, FORCE, location=where)
    got = frame_by_place(Extraction(article_id="a1", events=(e,)), kb).events[0]
    assert _name(got.actor1) == "Police Forces of Ghana"
    assert _name(got.actor2) == "Protesters (Ghana)"


def test_a_clash_without_sides_takes_the_groups_its_sentence_names(kb: ActorKB) -> None:
    text = (
        "On 9 March 2024, heavy fighting near El Fasher, Sudan, as the RSF pushed toward the "
        "positions of the SAF."
    )
    got = _one(text, _event(text, "Armed clash"), kb)
    assert _name(got.actor1) == "Rapid Support Forces"
    assert (_name(got.actor2) or "").startswith("Military Forces of Sudan")


def test_a_group_named_as_the_source_is_no_side(kb: ActorKB) -> None:
    text = "On 9 March 2024, heavy fighting near Kutum, Sudan, RSF officials said."
    got = _one(text, _event(text, "Armed clash"), kb)
    assert got.actor1 is None


def test_two_states_forces_written_with_one_noun(kb: ActorKB) -> None:
    text = "On 9 March 2024, Ukrainian and Russian forces clashed near Robotyne, Ukraine."
    got = _one(text, _event(text, "Armed clash", actor1=_ref(text, "Russian forces")), kb)
    assert _name(got.actor1) == "Military Forces of Ukraine"
    assert _name(got.actor2) == "Military Forces of Russia"


def test_a_name_in_single_quotes_is_written(kb: ActorKB) -> None:
    names = matcher_for(kb).names_written_in
    assert "amba boys" in names("On 9 March 2024, the army fought the 'Amba boys' near Bamenda.")
    assert "people defence force" in names("People's Defence Force fighters' positions")
    # an apostrophe after a word is no quote: the names that end or hold one still match
    assert any("workers" in k for k in names("the Kurdistan Workers' Party fought troops"))


def test_a_states_air_defence_is_its_military(kb: ActorKB) -> None:
    text = "On 9 March 2024, Russian air defence downed four drones over Kursk oblast, Russia."
    got = _one(
        text,
        _event(text, "Disrupted weapons use", actor1=_ref(text, "Russian air defence")),
        kb,
    )
    assert _name(got.actor1) == "Military Forces of Russia"


def test_a_quoted_local_name_is_a_clash_side(kb: ActorKB) -> None:
    text = "On 9 March 2024, fighting between the ENDF and 'Shene' near Nekemte, Ethiopia."
    got = _one(text, _event(text, "Armed clash"), kb)
    assert (_name(got.actor1) or "").startswith("Military Forces of Ethiopia")
    assert _name(got.actor2) == "Oromo Liberation Army"


def test_an_air_defence_read_as_the_object_disrupted_the_weapon(kb: ActorKB) -> None:
    text = "On 9 March 2024, a drone was shot down by Russian air defence over Kursk, Russia."
    got = _one(
        text,
        _event(text, "Disrupted weapons use", actor2=_ref(text, "Russian air defence")),
        kb,
    )
    assert _name(got.actor1) == "Military Forces of Russia"
    assert got.actor2 is None


def test_a_clashs_unnamed_side_is_the_state_force_its_sentence_writes(kb: ActorKB) -> None:
    text = "On 9 March 2024, FAMa units fought JNIM fighters near Boni, Mali; no toll was given."
    got = _one(text, _event(text, "Armed clash", actor2=_ref(text, "JNIM fighters")), kb)
    assert (_name(got.actor1) or "").startswith("Military Forces of Mali")
    assert (_name(got.actor2) or "").startswith("JNIM")


def test_a_bombs_target_force_is_not_its_author(kb: ActorKB) -> None:
    text = "On 9 March 2024, an IED hit a FAMa patrol near Boni, Mali, killing two soldiers."
    e = _event(text, "Remote explosive/landmine/IED", actor2=_ref(text, "FAMa patrol"))
    got = _one(text, e, kb)
    assert _name(got.actor1) == "Unidentified Armed Group (Mali)"


def test_youths_looting_are_rioters(kb: ActorKB) -> None:
    text = "On 9 March 2024, youths looted and burned two shops near the bus station in Beira, Mozambique."
    got = _one(text, _event(text, "Looting/property destruction"), kb)
    assert _name(got.actor1) == "Rioters (Mozambique)"
    assert got.sub_event_type == "Looting/property destruction"


def test_looting_by_a_named_group_keeps_it(kb: ActorKB) -> None:
    text = "On 9 March 2024, Al Shabaab fighters looted shops in Jilib, Somalia, villagers said."
    got = _one(
        text,
        _event(text, "Looting/property destruction", actor1=_ref(text, "Al Shabaab fighters")),
        kb,
    )
    assert _name(got.actor1) == "Al Shabaab"
