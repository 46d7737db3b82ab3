"""A clash read from the answer of the side attacked ("The gendarmes returned fire", "Troops
repelled the assault", "Vigilantes fought the bandits off"), told after the attack, is the attack
met, not a second incident: it joins the latest battle told before it at its place and day (extract.merging.told_twice, ``_responses_told_again``; session 32, prec32). An answer with
nothing told before at its place, at another place, on another day, a first trigger that is no
answer, or an earlier event that is no violence stay apart. The sentences and places are
invented."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event, Span
from ceasewatch.pipeline import Resources
from tests.event_builders import report_events
from tests.placed_events import placed_event

LEAD = "Gunmen on motorbikes attacked a gendarmerie post in Velika Breza on Tuesday."
DAY = dt.date(2025, 6, 3)


def _event(
    sub: str,
    words: str,
    trigger: str,
    *,
    start: int,
    place: str | None = "Velika Breza",
    at: tuple[float, float] = (10.0, 20.0),
    day: dt.date = DAY,
) -> Event:
    e = placed_event(
        sub, place or "X", at, ActorRef(name="Unidentified Armed Group"), words=words, day=day,
        sentence_start=start,
    )  # fmt: skip
    if place is None:
        e = e.model_copy(update={"location": None})
    where = words.index(trigger)
    span = Span(start=start + where, end=start + where + len(trigger), text=trigger)
    return e.model_copy(
        update={
            "evidence": (span.model_copy(update={"field": "sub_event_type"}),),
            "id": f"{e.id}-{start}",
        }
    )


def _lead(sub: str = "Armed clash") -> Event:
    return _event(sub, LEAD, "attacked", start=0)


def test_returned_fire_further_on_is_the_attack_met() -> None:
    text = "The gendarmes returned fire, a local official said."
    later = _event("Armed clash", text, "returned fire", start=700)
    [kept] = told_twice([_lead(), later])
    assert kept.sentence is not None and kept.sentence.start == 0
    assert any(x.text == "returned fire" for x in kept.evidence)


def test_an_attack_on_civilians_answered_stays_beside_the_clash() -> None:
    # answered with fire, the one-sided attack was a battle: the clash's type is the right one
    text = "The villagers' guards returned fire, a local official said."
    later = _event("Armed clash", text, "returned fire", start=700)
    assert len(told_twice([_lead("Attack"), later])) == 2


def test_an_answer_with_no_place_joins_the_battle_told_before() -> None:
    text = "Soldiers repelled the assailants after two hours."
    later = _event("Armed clash", text, "repelled", start=500, place=None)
    assert len(told_twice([_lead(), later])) == 1


def test_a_roadside_bomb_answered_stays_beside_the_clash() -> None:
    bomb = _event(
        "Remote explosive/landmine/IED",
        "A roadside bomb struck an army convoy near Velika Breza.",
        "roadside bomb",
        start=0,
    )
    text = "Soldiers returned fire after the blast."
    later = _event("Armed clash", text, "returned fire", start=500)
    assert len(told_twice([bomb, later])) == 2


def test_fought_off_a_day_later_at_the_same_place_name_joins() -> None:
    text = "Villagers fought the raiders off in the early hours of Wednesday."
    later = _event("Armed clash", text, "fought", start=600, day=DAY + dt.timedelta(days=1))
    assert len(told_twice([_lead(), later])) == 1


def test_an_answer_with_nothing_told_before_stays() -> None:
    text = "Troops repelled an attack on their base in Velika Breza on Tuesday."
    only = _event("Armed clash", text, "repelled", start=0)
    assert len(told_twice([only])) == 1


def test_an_answer_at_another_place_or_day_stays() -> None:
    elsewhere = _event(
        "Armed clash",
        "Further north, troops repelled an assault on Mala Gora.",
        "repelled",
        start=600,
        place="Mala Gora",
        at=(11.0, 21.0),
    )
    assert len(told_twice([_lead(), elsewhere])) == 2
    later = _event(
        "Armed clash",
        "On Friday, troops repelled another assault there.",
        "repelled",
        start=600,
        day=DAY + dt.timedelta(days=3),
    )
    assert len(told_twice([_lead(), later])) == 2


def test_a_clash_whose_first_trigger_is_no_answer_stays() -> None:
    text = "Rebels and soldiers clashed in Velika Breza; the rebels were repelled."
    clash = _event("Armed clash", text, "clashed", start=600)
    bomb = _event("Remote explosive/landmine/IED", LEAD, "attacked", start=0)
    assert len(told_twice([bomb, clash])) == 2


def test_an_answer_does_not_join_a_demonstration() -> None:
    march = _event("Peaceful protest", "Hundreds marched in Velika Breza.", "marched", start=0)
    text = "Police pushed the crowd back and returned fire at gunmen in the market."
    later = _event("Armed clash", text, "returned fire", start=400)
    assert len(told_twice([march, later])) == 2


def test_an_article_tells_one_attack_answered_once(resources: Resources) -> None:
    text = (
        "NIAMEY, 4 June 2025 - Gunmen on motorbikes attacked a gendarmerie post in Tondikiwindi "
        "on Tuesday, killing two gendarmes, the defence ministry said. The ministry said "
        "reinforcements had been sent to the area. Markets in the district were closed on "
        "Wednesday. Schools had already shut for the holidays. Aid groups say thousands have "
        "fled the region this year.\n"
        "The gendarmes at Tondikiwindi returned fire, the ministry added."
    )
    events = report_events(text, resources)
    assert len(events) == 1, events
