"""Missed merges, session 12 (issue 15): the same large toll a day apart vouches for the kind
(``compare._vouch``, ``fuse.vouch_toll``), a toll the other report gives as a claim
(``compare._claimed``) and a toll that rose the next day to a massacre's size
(``compare._risen``, ``fuse.massacre_toll``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ceasewatch.fuse import Params, compare, fuse
from ceasewatch.model import Event, FatalityClaim, Location
from tests.event_builders import make_event, span

STRICT = Params(threshold=0.65, max_days=1, max_km=15)
NOW = replace(STRICT, massacre=50, vouch=20)
MANBIJ = Location(
    name="Manbij", latitude=36.528, longitude=37.955, country="Syria", admin1="Aleppo",
    geo_precision=2, uncertainty_km=10.0,
)  # fmt: skip
PROVINCE = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
AIR = "Air/drone strike"
DAY = dt.date(2016, 7, 19)
NEXT = DAY + dt.timedelta(days=1)


def _event(
    ident: str, toll: int | None, sub: str = AIR, day: dt.date | None = DAY, **changes: object
) -> Event:
    event_type = "Violence against civilians" if sub == "Attack" else "Explosions/Remote violence"
    fields: dict[str, object] = {"actor1": None, "location": MANBIJ, **changes}
    return make_event(
        id=f"{ident}-1", article_id=ident, event_date=day, fatalities=toll,
        event_type=event_type, sub_event_type=sub, **fields,
    )  # fmt: skip


def _claim(count: int, text: str, qualifier: str = "exact") -> FatalityClaim:
    return FatalityClaim(count=count, qualifier=qualifier, span=span(text))


def test_the_same_large_toll_a_day_apart_makes_an_attack_and_a_strike_one_kind() -> None:
    strike, told = _event("a", 160), _event("b", 160, "Attack", NEXT)
    link = compare(strike, told, NOW)
    assert link is not None and "attack and explosion, same toll" in link.matched
    assert link.score >= 0.65 and len(fuse([strike, told], {}, NOW)) == 1
    before = compare(strike, told, STRICT)
    assert before is not None and before.score < 0.65  # the setting at 0: the same day only


def test_a_small_toll_a_day_apart_does_not_vouch_for_the_kind() -> None:
    strike, told = _event("a", 18), _event("b", 18, "Attack", NEXT)
    link = compare(strike, told, NOW)
    assert link is not None and "compatible types" in link.matched
    assert fuse([strike, told], {}, NOW) == []


def test_a_toll_the_other_report_names_as_a_claim_is_the_same_figure() -> None:
    # "18 civilians ... raising its earlier toll of 15": the other report's 15
    claims = (_claim(18, "18 civilians"), _claim(15, "15 people"))
    later = _event("a", 18, location=PROVINCE, fatality_claims=claims)
    first = _event("b", 15, location=PROVINCE)
    link = compare(later, first, NOW)
    assert link is not None and "same toll as a claim" in link.matched and link.score >= 0.65
    assert len(fuse([later, first], {}, NOW)) == 1


def test_small_or_vague_claims_are_no_toll() -> None:
    small = (_claim(18, "18 civilians"), _claim(3, "three children"))
    parts = compare(_event("a", 18, fatality_claims=small), _event("b", 3), NOW)
    assert parts is not None and "same toll as a claim" not in parts.matched
    vague = (_claim(18, "18 civilians"), _claim(12, "dozens", "vague"))
    link = compare(_event("a", 18, fatality_claims=vague), _event("b", 12), NOW)
    assert link is not None and "same toll as a claim" not in link.matched


def test_a_toll_that_rose_overnight_to_a_massacre_ties_the_reports() -> None:
    first = _event("a", 40, location=PROVINCE)
    later = _event("b", 61, day=NEXT, location=PROVINCE)
    link = compare(first, later, NOW)
    assert link is not None and link.score >= 0.65 and "tolls of one scale" in link.matched
    before = compare(first, later, STRICT)
    assert before is not None and before.score < 0.65


def test_a_toll_that_fell_the_next_day_or_stayed_small_is_only_of_one_scale() -> None:
    fell = compare(_event("a", 61, location=PROVINCE),
                   _event("b", 40, day=NEXT, location=PROVINCE), NOW)  # fmt: skip
    assert fell is not None and fell.score < 0.65
    small = compare(_event("a", 22, location=PROVINCE),
                    _event("b", 31, day=NEXT, location=PROVINCE), NOW)  # fmt: skip
    assert small is not None and small.score < 0.65
