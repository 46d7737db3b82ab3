"""Two fusion rules of session 11 (issue 15): a toll revised upwards on the attack's day no
longer keeps its reports apart (fuse/group.py, ``_revised``), and a toll of "people" names no
side unless the report gives the figure for one (fuse/compare.py, ``dead``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ceasewatch.fuse import Params, compare, fuse
from ceasewatch.fuse.compare import dead, report_sides
from ceasewatch.model import FatalityClaim, Location
from tests.event_builders import make_event, span

STRICT = Params(threshold=0.65, max_days=1, max_km=15)
OTHER_VILLAGE = Location(
    name="Sarmin", latitude=35.905, longitude=36.725, country="Syria", admin1="Idlib",
    admin2="Idlib", geo_precision=1,
)  # fmt: skip


def _claim(count: int, words: str, victims: str | None) -> FatalityClaim:
    return FatalityClaim(count=count, victims=victims, span=span(f"{count} {words}"))


def _first_and_revised(**later: object) -> tuple:
    first = make_event(fatalities=5, fatality_claims=(_claim(5, "civilians", "civilians"),))
    revised = make_event(
        id="b-1", article_id="b", fatalities=25,
        fatality_claims=(_claim(25, "civilians", "civilians"),), **later,
    )  # fmt: skip
    return first, revised


def test_a_toll_revised_upwards_the_same_day_at_the_same_place_is_one_event():
    first, revised = _first_and_revised()
    [group] = fuse([first, revised], {}, STRICT)
    assert set(group.event_ids) == {first.id, revised.id}


def test_the_larger_toll_published_first_is_no_revision():
    first, revised = _first_and_revised()
    reported = {"a1": dt.date(2020, 3, 2), "b": dt.date(2020, 3, 1)}
    assert fuse([first, revised], {}, STRICT, reported) == []
    reported = {"a1": dt.date(2020, 3, 1), "b": dt.date(2020, 3, 2)}
    assert len(fuse([first, revised], {}, STRICT, reported)) == 1


def test_tolls_far_apart_at_another_place_or_day_stay_at_odds():
    first, revised = _first_and_revised(location=OTHER_VILLAGE)
    assert fuse([first, revised], {}, STRICT) == []
    first, revised = _first_and_revised(event_date=dt.date(2020, 3, 2))
    assert fuse([first, revised], {}, STRICT) == []


def test_a_toll_of_people_names_no_side():
    people = make_event(fatalities=40, fatality_claims=(_claim(40, "people", "civilians"),))
    assert dead(people) == ""
    civilians = make_event(fatalities=40, fatality_claims=(_claim(40, "civilians", "civilians"),))
    assert dead(civilians) == "civilians"


def test_people_counted_as_a_named_side_elsewhere_in_the_report_are_that_side():
    claims = (_claim(40, "people", "civilians"), _claim(40, "attackers", "fighters"))
    russia = make_event(
        id="r-1", article_id="r", sub_event_type="Air/drone strike", event_type=EXPLOSIONS,
        fatalities=40, fatality_claims=claims,
    )  # fmt: skip
    assert dead(russia) == "combatants"
    convoy = make_event(
        sub_event_type="Air/drone strike", event_type=EXPLOSIONS, fatalities=22,
        fatality_claims=(_claim(22, "civilians", "civilians"),),
    )  # fmt: skip
    link = compare(convoy, russia, STRICT)
    assert link is not None and "tolls of one scale" not in link.matched


EXPLOSIONS = "Explosions/Remote violence"


def test_people_counted_as_a_named_side_in_another_event_of_the_report_are_that_side():
    # "killing 40 attackers" (a clash) ... "At least 40 people were killed in the strikes"
    clash = make_event(
        id="r-1", article_id="r", sub_event_type="Armed clash", event_type="Battles",
        fatalities=40, fatality_claims=(_claim(40, "attackers", "fighters"),),
    )  # fmt: skip
    strikes = make_event(
        id="r-2", article_id="r", sub_event_type="Air/drone strike", event_type=EXPLOSIONS,
        fatalities=40, fatality_claims=(_claim(40, "people", "civilians"),),
    )  # fmt: skip
    convoy = make_event(
        sub_event_type="Air/drone strike", event_type=EXPLOSIONS, fatalities=22,
        fatality_claims=(_claim(22, "civilians", "civilians"),),
    )  # fmt: skip
    sides = report_sides([clash, strikes, convoy])
    assert dead(strikes, sides) == "combatants" and dead(strikes) == ""
    link = compare(convoy, strikes, replace(STRICT, sides=sides))
    assert link is not None and "tolls of one scale" not in link.matched
    link = compare(convoy, strikes, STRICT)
    assert link is not None and "tolls of one scale" in link.matched
