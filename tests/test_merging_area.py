"""An administrative area and a town it holds, named in one sentence, are one scene
(extract.merging.told_twice, ``_area_holds``): "In North Kivu, M23 rebels and the army clashed
near Sake" is one clash at Sake, not a second one at the province's centre 190 km away."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event
from tests.placed_events import placed_event

WORDS = "In North Kivu, M23 rebels and the army clashed on Sunday near Sake, local sources say."
DRC = "Congo, The Democratic Republic of the"


def _event(
    place: str,
    at: tuple[float, float],
    precision: int,
    admin1: str,
    admin2: str | None = None,
    *,
    a1: str | None = "M23",
    country: str = DRC,
) -> Event:
    return placed_event(
        "Armed clash", place, at, ActorRef(name=a1) if a1 else None, words=WORDS,
        day=dt.date(2024, 5, 12), precision=precision, country=country, admin1=admin1,
        admin2=admin2,
    )  # fmt: skip


PROVINCE = _event("Kivu", (0.14, 29.29), 3, "Nord Kivu")
TOWN = _event("Sake", (-1.57, 29.04), 2, "Nord Kivu", "Masisi Territory", a1=None)


def test_a_province_and_a_town_it_holds_in_one_sentence_are_one_event_at_the_town() -> None:
    [kept] = told_twice([PROVINCE, TOWN])
    assert kept.location is not None and kept.location.name == "Sake"
    assert kept.actor1 is not None and kept.actor1.name == "M23"  # the province's actor kept


def test_a_district_holds_only_its_own_towns() -> None:
    district = _event("Kivu", (0.14, 29.29), 3, "Nord Kivu", "Rutshuru Territory")
    assert len(told_twice([district, TOWN])) == 2


def test_a_town_in_another_province_is_another_event() -> None:
    other = _event("Sake", (-1.57, 29.04), 2, "Sud Kivu", a1=None)
    assert len(told_twice([PROVINCE, other])) == 2


def test_two_areas_far_apart_stay_two() -> None:
    other = _event("Sake", (-1.57, 29.04), 3, "Nord Kivu", a1=None)  # not more precise
    assert len(told_twice([PROVINCE, other])) == 2
