"""False-merge guards (issue 15, session 12): reports that look alike and are two events.

Different attacks on one day in one city, the same group in two towns, one group's attacks on
two days: whatever rule widens fusion (fuse/compare.py, fuse/group.py) must keep these apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ceasewatch.fuse import Params, fuse
from ceasewatch.model import ActorRef, Event, FatalityClaim, Location
from tests.event_builders import make_event, span

PARAMS = Params(threshold=0.65, max_days=1, max_km=15, massacre=50, vouch=20)
DAY = dt.date(2016, 7, 11)
# a city's point: geocode gives a city a radius of 5 km or more (compare.CITY_KM)
ALEPPO = Location(
    name="Aleppo", latitude=36.202, longitude=37.134, country="Syria", admin1="Aleppo",
    admin2="Jebel Saman", geo_precision=2, uncertainty_km=10.0,
)  # fmt: skip
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
CAR_BOMB = "Remote explosive/landmine/IED"
RUSSIA = ActorRef(name="Military Forces of Russia", id="ru-army")
REBELS = ActorRef(name="Jaish al-Fatah", id="jaish-al-fatah")
IS = ActorRef(name="Islamic State (Syria)", id="is-syria")


def _event(
    ident: str, toll: int, sub: str = AIR, day: dt.date | None = DAY, **changes: object
) -> Event:
    event_type = {"Armed clash": "Battles", "Attack": "Violence against civilians"}.get(
        sub, "Explosions/Remote violence"
    )
    fields: dict[str, object] = {"actor1": None, "location": ALEPPO, **changes}
    return make_event(
        id=f"{ident}-1", article_id=ident, event_date=day, fatalities=toll,
        event_type=event_type, sub_event_type=sub, **fields,
    )  # fmt: skip


def _town(name: str, lat: float, lon: float) -> Location:
    return Location(
        name=name, latitude=lat, longitude=lon, country="Syria", admin1="Aleppo",
        geo_precision=1, uncertainty_km=1.0,
    )  # fmt: skip


def test_air_strikes_and_rebel_shelling_in_one_city_on_one_day_stay_two() -> None:
    strikes = [_event("a", 12, actor1=RUSSIA), _event("b", 14, actor1=RUSSIA)]
    shells = [_event("c", 10, SHELLING, actor1=REBELS), _event("d", 11, SHELLING, actor1=REBELS)]
    groups = [set(g.event_ids) for g in fuse([*strikes, *shells], {}, PARAMS)]
    assert {"a-1", "c-1"} not in [g & {"a-1", "c-1"} for g in groups]
    for g in groups:
        assert not (g & {"a-1", "b-1"} and g & {"c-1", "d-1"}), g


def test_a_large_bombing_and_a_small_one_in_one_city_on_one_day_stay_two() -> None:
    big, small = _event("a", 30, CAR_BOMB), _event("b", 5, CAR_BOMB)
    assert fuse([big, small], {}, PARAMS) == []


def test_one_group_in_two_towns_on_one_day_stays_two() -> None:
    # the same group, sub-type and toll, 40 km apart: two attacks
    first = _event("a", 20, CAR_BOMB, actor1=IS, location=_town("Manbij", 36.528, 37.955))
    second = _event("b", 20, CAR_BOMB, actor1=IS, location=_town("al-Bab", 36.371, 37.515))
    assert fuse([first, second], {}, PARAMS) == []


def test_bombings_in_one_province_a_day_apart_with_other_figures_stay_two() -> None:
    # placed only at the province, a day apart, of one scale under the massacre size
    province = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    first = _event("a", 22, CAR_BOMB, location=province)
    later = _event("b", 31, CAR_BOMB, DAY + dt.timedelta(days=1), location=province)
    assert fuse([first, later], {}, PARAMS) == []


def test_a_clash_and_a_strike_with_one_small_toll_in_one_city_stay_two() -> None:
    clash = _event("a", 4, "Armed clash", actor1=REBELS)
    strike = _event("b", 4, AIR, actor1=RUSSIA)
    assert fuse([clash, strike], {}, PARAMS) == []


def test_a_weekday_in_a_dated_report_does_not_join_another_weeks_attack() -> None:
    # "Saturday's blast" in a report dated a week later is no link to that week's other day
    said = (span("Saturday", field="event_date"),)
    first = _event("a", 40, CAR_BOMB)  # a Monday
    later = _event("b", 40, CAR_BOMB, DAY + dt.timedelta(days=6), evidence=said)
    assert fuse([first, later], {}, replace(PARAMS, max_days=1)) == []


def test_a_part_of_one_attacks_dead_is_no_toll_of_another_attack() -> None:
    # Russian strikes that killed 40 "including 12 children", and a rebel shelling that killed
    # 12 in the same city that day: the 12 is a part of the 40, not an earlier count
    claims = (
        FatalityClaim(count=40, qualifier="exact", span=span("40 civilians")),
        FatalityClaim(count=12, qualifier="exact", victims="civilians", span=span("12 children")),
    )
    strikes = _event("a", 40, SHELLING, actor1=RUSSIA, fatality_claims=claims)
    shells = _event("b", 12, SHELLING, actor1=REBELS)
    assert fuse([strikes, shells], {}, PARAMS) == []


def test_one_large_toll_of_two_kinds_and_sides_a_day_apart_stays_two() -> None:
    # Russian strikes and an IS car bomb the next day, each 25 dead, placed at the province
    province = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
    strike = _event("a", 25, AIR, actor1=RUSSIA, location=province)
    bomb = _event("b", 25, "Attack", DAY + dt.timedelta(days=1), actor1=IS, location=province)
    assert fuse([strike, bomb], {}, replace(PARAMS, vouch=20)) == []
