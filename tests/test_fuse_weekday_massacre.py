"""Missed merges, session 11 (issue 15): a massacre's revised figures (fuse/compare.py,
``_scale`` with ``fuse.massacre_toll``), an undated report's weekday (``compare.weekday``,
``group.undated_links``) and an undated report's actors (``compare._actors``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ceasewatch.fuse import Params, compare, fuse
from ceasewatch.fuse.compare import weekday
from ceasewatch.model import ActorRef, Location
from tests.event_builders import make_event, span

STRICT = Params(threshold=0.65, max_days=1, max_km=15)
MASSACRE = replace(STRICT, massacre=50)
ALEPPO = Location(name="Aleppo", country="Syria", admin1="Aleppo", geo_precision=3)
BOMB = "Remote explosive/landmine/IED"
SATURDAY = dt.date(2017, 4, 15)


def _bomb(ident: str, toll: int, day: dt.date | None = SATURDAY, **changes: object):
    fields: dict[str, object] = {"sub_event_type": BOMB, "actor1": None, **changes}
    return make_event(
        id=f"{ident}-1", article_id=ident, event_date=day, location=ALEPPO, fatalities=toll,
        **fields,
    )  # fmt: skip


def test_a_massacres_figures_of_one_sub_type_tie_as_the_same_large_figure():
    first, later = _bomb("a", 100), _bomb("b", 112, SATURDAY + dt.timedelta(days=1))
    assert compare(first, later, STRICT).score < 0.65  # adjacent day, province, 0.15
    link = compare(first, later, MASSACRE)
    assert link is not None and link.score >= 0.65 and "tolls of one scale" in link.matched
    assert len(fuse([first, later], {}, MASSACRE)) == 1


def test_a_massacre_of_another_sub_type_is_only_of_one_scale():
    shelling = _bomb("a", 100, sub_event_type="Shelling/artillery/missile attack")
    later = _bomb("b", 112)
    assert compare(shelling, later, MASSACRE).score == compare(shelling, later, STRICT).score


def test_the_weekday_an_undated_report_names():
    said = _bomb("u", 126, None, evidence=(span("on Sunday", field="event_date"),))
    assert weekday(said) == 6
    two = _bomb("v", 126, None, evidence=(span("Saturday", 0, "event_date"),
                                          span("Sunday", 20, "event_date")))  # fmt: skip
    assert weekday(two) is None and weekday(_bomb("w", 3)) is None


def _undated(day_word: str, toll: int = 126):
    return _bomb("u", toll, None, evidence=(span(day_word, field="event_date"),))


def test_an_undated_report_joins_the_attack_told_on_its_weekday():
    sunday = SATURDAY + dt.timedelta(days=1)
    told = [_bomb("a", 100, sunday), _bomb("b", 112, sunday)]
    loose = _undated("Sunday")
    link = compare(told[0], loose, MASSACRE)
    assert link is not None and "one report undated, its weekday" in link.matched
    [group] = fuse([*told, loose], {}, MASSACRE)
    assert loose.id in group.event_ids
    # named as a Tuesday: neither that day nor the day after, no link
    [group] = fuse([*told, _undated("Tuesday")], {}, MASSACRE)
    assert group.event_ids == ("a-1", "b-1")


def test_an_undated_reports_other_actors_are_not_counted_against_it():
    army = ActorRef(name="Military Forces of Syria (2024-)", id="sy-army-2024")
    regime = ActorRef(name="Government of Syria (2000-2024)", id="sy-gov-2000")
    dated = _bomb("a", 58, actor1=regime)
    loose = _bomb("u", 86, None, actor1=army)
    link = compare(dated, loose, STRICT)
    assert link is not None and "other actors" not in link.matched
    both = compare(dated, loose.model_copy(update={"event_date": SATURDAY}), STRICT)
    assert both is not None and "other actors" in both.matched


def test_two_undated_reports_of_one_attack_both_join_it():
    # Each undated report joins by its own links to the dated ones; the pair of them, with no
    # day to compare, is no veto (``group._may_join``).
    sunday = SATURDAY + dt.timedelta(days=1)
    told = [_bomb("a", 100, sunday), _bomb("b", 112, sunday)]
    first = _undated("Sunday")
    second = first.model_copy(update={"id": "v-1", "article_id": "v", "fatalities": 120})
    [group] = fuse([*told, first, second], {}, MASSACRE)
    assert {first.id, second.id} <= set(group.event_ids)
