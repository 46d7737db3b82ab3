"""The toll vouches for the kind only on the same day (fuse/compare.py, ``_vouch``): an air
strike and a shelling, or an "Attack" and an explosion, with one figure are one kind of event
when the day agrees too; a day apart or undated, the figure counts once, as the toll."""

from __future__ import annotations

import datetime as dt

from ceasewatch.fuse import Params, compare, fuse
from ceasewatch.model import Location
from tests.event_builders import make_event

STRICT = Params(threshold=0.65, max_days=1, max_km=15)
PROVINCE = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)


def _pair(**second: object) -> tuple:
    missile = make_event(location=PROVINCE, fatalities=18)
    barrel = make_event(
        id="b-1", article_id="b", location=PROVINCE, fatalities=18,
        sub_event_type="Air/drone strike", **second,
    )  # fmt: skip
    return missile, barrel


def test_same_day_same_toll_makes_air_and_ground_one_kind():
    missile, barrel = _pair()
    link = compare(missile, barrel, STRICT)
    assert link is not None and "air strike and shelling, same toll" in link.matched
    assert fuse([missile, barrel], {}, STRICT)


def test_a_day_apart_the_toll_counts_once():
    missile, barrel = _pair(event_date=dt.date(2020, 3, 2))
    link = compare(missile, barrel, STRICT)
    assert link is not None and "air and ground" in link.matched and "same toll" in link.matched
    assert link.score < STRICT.threshold
    assert fuse([missile, barrel], {}, STRICT) == []


def test_an_undated_attack_and_explosion_need_more_than_the_toll():
    bomb = make_event(location=PROVINCE, sub_event_type="Remote explosive/landmine/IED",
                      actor1=None, fatalities=15)  # fmt: skip
    attack = make_event(id="u-1", article_id="u", location=PROVINCE, actor1=None,
                        event_date=None, fatalities=15, event_type="Violence against civilians",
                        sub_event_type="Attack")  # fmt: skip
    link = compare(bomb, attack, STRICT)
    assert link is not None and "attack and explosion, same toll" not in link.matched
    dated = attack.model_copy(update={"event_date": bomb.event_date})
    link = compare(bomb, dated, STRICT)
    assert link is not None and "attack and explosion, same toll" in link.matched
