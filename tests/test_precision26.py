"""prec26 (session 26): one incident, one event (extract/merging.py ``told_twice``).

Sentences written for these tests (not evaluation items):

- a region named beside its town as the town's address ("near Kanya, in West Dara") is no second
  event at the region's centre; a sentence's list of places is counted per kind of event; two
  commas before no names ("In X province, the army clashed yesterday, Tuesday, with ...") are no
  list;
- a clash told again the same day at the same place by a sentence with no date words of its own
  ("Police returned fire on the terrorists; two policemen were killed.") is the lead's clash, whatever sides it
  names; told with a day of its own, or at another place, it stays its own event.
"""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event, Span
from tests.placed_events import placed_event

DAY = dt.date(2024, 3, 4)
ARMY = ActorRef(name="Military Forces of X", id="x-military")
FRONT = ActorRef(name="Kanya Front", id="x-kanya-front")
POLICE = ActorRef(name="Police Forces of X", id="x-police")
CIVILIANS = ActorRef(name="Civilians (X)", id="civilians-x")


def _at(
    words: str,
    place: str,
    at: tuple[float, float],
    precision: int,
    admin1: str = "Dara",
    admin2: str | None = None,
    *,
    sub: str = "Armed clash",
    a1: ActorRef | None = ARMY,
    a2: ActorRef | None = FRONT,
    start: int = 0,
    day: dt.date = DAY,
) -> Event:
    return placed_event(
        sub, place, at, a1, a2, words=words, day=day, precision=precision, country="X",
        admin1=admin1, admin2=admin2, sentence_start=start,
    )  # fmt: skip


# --- a region beside its town -------------------------------------------------------------------

ADDRESS = "Soldiers fought rebels on Monday near Kanya, in West Dara, residents said."
TOWN = (10.0, 10.0)
REGION = (11.2, 10.9)  # the region's centre, ~165 km from the town


def test_a_region_named_as_its_towns_address_is_one_event_at_the_town() -> None:
    town = _at(ADDRESS, "Kanya", TOWN, 2)
    region = _at(ADDRESS, "Dara", REGION, 3, admin2="West Dara")  # the town's district unknown
    [kept] = told_twice([town, region])
    assert kept.location is not None and kept.location.name == "Kanya"


def test_a_region_after_a_comma_with_its_direction_word_is_an_address() -> None:
    words = "Fighting resumed overnight around the army base in Kanya, West Dara, the army said."
    [kept] = told_twice([_at(words, "Kanya", TOWN, 1), _at(words, "Dara", REGION, 3)])
    assert kept.location is not None and kept.location.name == "Kanya"


def test_a_region_of_another_province_or_a_list_stays_its_own_event() -> None:
    other = _at(ADDRESS, "Dara", REGION, 3, admin1="Bora")
    assert len(told_twice([_at(ADDRESS, "Kanya", TOWN, 2), other])) == 2
    listed = "Soldiers fought rebels on Monday in Kanya, Dara and Bora, residents said."
    events = [
        _at(listed, "Kanya", TOWN, 2),
        _at(listed, "Dara", REGION, 3),
        _at(listed, "Bora", (12.0, 12.0), 3, admin1="Bora"),
    ]
    assert len(told_twice(events)) == 3


def test_a_sentence_listing_places_is_counted_per_kind() -> None:
    # two clashes and two strikes: no list of three places of one kind, so the region standing
    # for an unknown town joins the clash at the town it holds
    words = (
        "Soldiers and rebels clashed on Monday near Kanya in Dara state, and an aircraft "
        "bombed the town of Bora on Tuesday."
    )
    clash = _at(words, "Kanya", TOWN, 2)
    clash_there = _at(words, "Dara", TOWN, 3)  # Bora unknown: the state's point stands for it
    strike = _at(words, "Kanya", TOWN, 2, sub="Air/drone strike", a2=CIVILIANS)
    strike_there = _at(words, "Dara", TOWN, 3, sub="Air/drone strike", a2=CIVILIANS)
    kept = told_twice([clash, clash_there, strike, strike_there])
    assert sorted(e.sub_event_type for e in kept) == ["Air/drone strike", "Armed clash"]


def test_two_commas_before_no_names_are_no_list() -> None:
    words = (
        "In Dara province, the army clashed yesterday, Tuesday, with rebels in the "
        "district of Kanya, in the west of the province."
    )
    province = _at(words, "Dara", REGION, 3)
    town = _at(words, "Kanya", TOWN, 1)
    [kept] = told_twice([province, town])
    assert kept.location is not None and kept.location.name == "Kanya"


# --- a battle told again --------------------------------------------------------------------------

LEAD = "Militants attacked a police post in Kanya on Monday night."
AGAIN = "Police returned fire on the terrorists; two policemen and one attacker were killed."
# the other side by the speaker's name-calling: no actor of the base, so the pairs disagree
TERRORISTS = ActorRef(name="terrorists")


def _own_day(event: Event, at: int) -> Event:
    day = Span(start=event.sentence.start + at, end=event.sentence.start + at + 6, text="Monday")
    return event.model_copy(update={"evidence": (day.model_copy(update={"field": "event_date"}),)})


def test_a_clash_told_again_with_other_sides_and_no_day_of_its_own_is_the_lead() -> None:
    lead = _own_day(_at(LEAD, "Kanya", TOWN, 1, a1=FRONT, a2=POLICE), LEAD.find("Monday"))
    again = _at(AGAIN, "Kanya", TOWN, 1, a1=POLICE, a2=TERRORISTS, start=100)
    [kept] = told_twice([lead, again])
    assert kept.actor1 == FRONT and kept.actor2 == POLICE  # the lead's sides kept


def test_a_clash_told_with_a_day_of_its_own_or_elsewhere_stays_its_own() -> None:
    lead = _at(LEAD, "Kanya", TOWN, 1, a1=FRONT, a2=POLICE)
    own = "On Monday, soldiers clashed with the Bora Brigade in Kanya."
    dated = _own_day(_at(own, "Kanya", TOWN, 1, a2=ActorRef(name="Bora Brigade"), start=100), 3)
    assert len(told_twice([lead, dated])) == 2
    elsewhere = _at(AGAIN, "Bora", (10.5, 10.0), 1, a1=POLICE, a2=TERRORISTS, start=100)
    assert len(told_twice([lead, elsewhere])) == 2
    # another kind of violence at the place stays apart (ACLED codes the attack on civilians)
    shot = _at(AGAIN, "Kanya", TOWN, 1, sub="Attack", a1=POLICE, a2=CIVILIANS, start=100)
    assert len(told_twice([lead, shot])) == 2
