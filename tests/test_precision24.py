"""Session 24 (prec24): false events on articles. Hand-built sentences, never eval items.

- continuation rule 11: weapons seized in a battle (told in its sentence, or with no date of
  its own just after it) are the battle's spoils, no Disrupted weapons use of their own; a
  seizure on another day, in a raid of its own, or after an attack on civilians stays one;
- merging.told_twice: a summary line's event (a bullet, "Our headlines:", a kicker; no date
  words) that the body tells again with its own day joins that event; one the body does not
  tell again stays.
"""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract import Extractor
from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event, Span
from tests.placed_events import placed_event
from tests.test_extract_events import subs as _subs

DISRUPTED = "Disrupted weapons use"


def test_weapons_recovered_after_a_clash_are_its_spoils(extractor: Extractor) -> None:
    text = (
        "Soldiers clashed with about 20 rebels near the village of Kalo on Thursday. Three"
        " rebels were killed. Troops recovered five rifles and a grenade launcher."
    )
    assert _subs(text, extractor) == ["Armed clash"]


def test_weapons_seized_in_the_clash_sentence_are_its_spoils(extractor: Extractor) -> None:
    text = "Soldiers clashed with rebels in Kalo on Thursday, killing four, and seized 9 guns."
    assert _subs(text, extractor) == ["Armed clash"]
    passive = (
        "Police exchanged fire with militants in Kalo on Thursday. Four militants were killed."
        " Weapons, hand grenades and explosive material were recovered."
    )
    assert _subs(passive, extractor) == ["Armed clash"]


def test_a_seizure_of_its_own_stays(extractor: Extractor) -> None:
    alone = "Police seized five rifles in a raid in Kalo on Thursday."
    assert _subs(alone, extractor) == [DISRUPTED]
    other_day = (
        "Soldiers clashed with rebels in Kalo on Thursday. On Friday police seized five rifles"
        " at a checkpoint in Kalo."
    )
    assert _subs(other_day, extractor) == ["Armed clash", DISRUPTED]
    after_attack = (
        "Gunmen attacked a village near Kalo on Thursday, killing four. Police later recovered"
        " five rifles."
    )
    assert _subs(after_attack, extractor) == ["Attack", DISRUPTED]


BULLETS = "- At least 12 civilians killed in an attack by gunmen in Kalo district."
BODY = "On Monday night, gunmen attacked the village of Tamba, in Kalo district, killing 12."
GUNMEN = ActorRef(name="Unidentified Armed Group (Xland)", surface="gunmen")


def _told(
    words: str, place: str, day: dt.date, *, dated: bool, start: int, sub: str = "Attack"
) -> Event:
    event = placed_event(
        sub, place, (1.0, 2.0), GUNMEN, words=words, day=day, admin1="Kalo",
        country="Xland", sentence_start=start,
    )  # fmt: skip
    if not dated:
        return event
    return event.model_copy(
        update={
            "evidence": (Span(start=start + 3, end=start + 9, text="Monday", field="event_date"),)
        }
    )


def test_a_bullet_told_again_in_the_body_is_one_event() -> None:
    summary = _told(BULLETS, "Kalo", dt.date(2024, 5, 15), dated=False, start=0)
    body = _told(BODY, "Tamba", dt.date(2024, 5, 13), dated=True, start=200)
    [kept] = told_twice([summary, body])
    assert kept.event_date == dt.date(2024, 5, 13)
    assert kept.location is not None and kept.location.name == "Tamba"


def test_a_bullet_the_body_does_not_tell_stays() -> None:
    summary = _told(BULLETS, "Kalo", dt.date(2024, 5, 15), dated=False, start=0)
    other = _told(BODY, "Tamba", dt.date(2024, 5, 9), dated=True, start=200)  # days before
    assert len(told_twice([summary, other])) == 2
    clash = _told(BODY, "Tamba", dt.date(2024, 5, 13), dated=True, start=200, sub="Armed clash")
    assert len(told_twice([summary, clash])) == 2  # another kind elsewhere in the district


def test_an_undated_lead_that_is_no_summary_line_stays() -> None:
    lead = BULLETS.removeprefix("- ")
    summary = _told(lead, "Kalo", dt.date(2024, 5, 15), dated=False, start=0)
    body = _told(BODY, "Tamba", dt.date(2024, 5, 13), dated=True, start=200)
    assert len(told_twice([summary, body])) == 2
