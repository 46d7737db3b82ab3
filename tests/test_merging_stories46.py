"""A place that only frames another of its sentence's places is no item of a list (session 46,
stories46; extract.merging.told_twice): an address ("in Barangay Quirino, Las Navas, Northern
Samar") is one scene at its town; a governorate and its district in one sentence are one event
at the district. (The branch's other rule, one event told twice across the reader's typing, was
measured and held back: docs/quality/stories46.md.)"""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event
from tests.placed_events import placed_event

CLASH = (
    "Soldiers clashed with about 15 members of the New People's Army in Barangay Quirino,"
    " Las Navas, Northern Samar on Thursday."
)
ARMY = ActorRef(name="Military Forces of the Philippines", surface="Soldiers", id="phl-army")
NPA = ActorRef(name="New People's Army", surface="New People's Army", id="npa")
VISAYAS, SAMAR_PROVINCE = "Eastern Visayas", "Province of Northern Samar"


def _clash(place: str, at: tuple[float, float], precision: int, words: str = CLASH) -> Event:
    return placed_event(
        "Armed clash", place, at, ARMY, NPA, words=words, day=dt.date(2019, 3, 7),
        precision=precision, country="Philippines", admin1=VISAYAS, admin2=SAMAR_PROVINCE,
    )  # fmt: skip


def test_an_address_of_three_places_is_one_scene_at_the_town() -> None:
    events = [
        _clash("Barangay Quirino", (12.3392, 125.0313), 2),  # placed at its town's point
        _clash("Las Navas", (12.3392, 125.0313), 1),
        _clash("Samar", (12.5157, 124.7523), 3),
    ]
    [kept] = told_twice(events)
    assert kept.location is not None and kept.location.name == "Las Navas"


def test_three_towns_of_a_list_stay_three() -> None:
    words = "Soldiers clashed with the New People's Army in Catarman, Las Navas and Mondragon."
    events = [
        _clash("Catarman", (12.50, 124.64), 1, words),
        _clash("Las Navas", (12.3392, 125.0313), 1, words),
        _clash("Mondragon", (12.52, 124.75), 1, words),
    ]
    assert len(told_twice(events)) == 3


BOMB = (
    "A security source in the governorate of Diyala said today that two fighters were killed"
    " by a roadside bomb that struck their patrol in Muqdadiya."
)


def _bomb(place: str, at: tuple[float, float], admin2: str | None, qualifier: str) -> Event:
    return placed_event(
        "Remote explosive/landmine/IED", place, at, None, words=BOMB, day=dt.date(2019, 6, 12),
        precision=3, country="Iraq", admin1="Diyala", admin2=admin2, qualifier=qualifier,
    )  # fmt: skip


def test_a_governorate_and_its_district_in_one_sentence_are_one_event_at_the_district() -> None:
    governorate = _bomb("Diyala", (33.98, 44.94), None, "governorate")
    district = _bomb("Muqdadiya", (33.75, 44.61), "Al-Muqdadiya District", "district")
    [kept] = told_twice([governorate, district])
    assert kept.location is not None and kept.location.name == "Muqdadiya"


def test_a_district_of_another_governorate_stays_apart() -> None:
    governorate = _bomb("Diyala", (33.98, 44.94), None, "governorate")
    other = _bomb("Muqdadiya", (33.75, 44.61), "Al-Muqdadiya District", "district")
    other = other.model_copy(
        update={"location": other.location.model_copy(update={"admin1": "Kirkuk"})}  # type: ignore[union-attr]
    )
    assert len(told_twice([governorate, other])) == 2
