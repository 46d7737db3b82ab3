"""An address written as a chain of names, each the unit that holds the one before ("a base in
Dolna Vrana, Verin, Karsk province"), is one place: one event at the most precise name, not one
per name, and not a list of three places (extract.merging.told_twice, ``_addresses_folded``;
session 29, prec29). The sentences and places are invented."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event
from tests.placed_events import placed_event

CHAIN = "On Sunday, rebels fired a drone at the army base in Dolna Vrana, Verin, Karsk province."
LISTED = "On Sunday, rebels fired drones at army posts in Dolna Vrana, Verin and Tesk."
TWO_TOWNS = "On Sunday, rebels fired drones at army posts in Dolna Vrana, Tesk."


def _event(words: str, place: str, precision: int, admin2: str | None) -> Event:
    return placed_event(
        "Air/drone strike", place, (10.0, 20.0), ActorRef(name="Rebels"), words=words,
        day=dt.date(2025, 3, 2), precision=precision, country="Testland", admin1="Karsk",
        admin2=admin2,
    )  # fmt: skip


def test_a_village_its_district_and_its_province_are_one_event_at_the_village() -> None:
    village = _event(CHAIN, "Dolna Vrana", 1, "Verin")
    seat = _event(CHAIN, "Verin", 1, "Verin")  # the district's name geocoded to its seat
    province = _event(CHAIN, "Karsk", 3, None)
    [kept] = told_twice([village, seat, province])
    assert kept.location is not None and kept.location.name == "Dolna Vrana"


def test_a_name_followed_by_and_is_in_a_list_of_places() -> None:
    events = [
        _event(LISTED, "Dolna Vrana", 1, "Verin"),
        _event(LISTED, "Verin", 1, "Verin"),
        _event(LISTED, "Tesk", 1, "Tesk"),
    ]
    assert len(told_twice(events)) == 3


def test_a_town_that_does_not_hold_the_one_before_is_another_place() -> None:
    events = [_event(TWO_TOWNS, "Dolna Vrana", 1, "Verin"), _event(TWO_TOWNS, "Tesk", 1, "Tesk")]
    assert len(told_twice(events)) == 2
