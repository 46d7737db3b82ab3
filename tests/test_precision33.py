"""Session 33 (prec33). Hand-built sentences and places, never evaluation text.

- a side's generic accusation ("accused the army of bombing villages") is a claim of a
  practice, not an event (extract/background.py ``_generic_accusation``); an accused act made
  one incident by a day, a count or a definite object stays, and so does an event told beside
  the accusation;
- a kicker whose date is carried from the line before it (a publication line) is still a
  summary line: told again in the body with its own day, it joins that event
  (extract/merging.py ``_summary_line``); a kicker with a date of its own is no summary.
"""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract import Extractor
from ceasewatch.extract.merging import told_twice
from ceasewatch.model import ActorRef, Event, Span
from tests.placed_events import placed_event
from tests.test_extract_events import subs as _subs


def test_a_generic_accusation_is_no_event(extractor: Extractor) -> None:
    text = (
        "The militia's spokesman said his fighters were ready for talks, while accusing the "
        "army of bombing villages in Kordan."
    )
    assert _subs(text, extractor) == []
    text = "The rebels, for their part, accused the navy of shelling fishermen and vowed revenge."
    assert _subs(text, extractor) == []


def test_a_dated_or_counted_accusation_stays(extractor: Extractor) -> None:
    text = "Villagers accused soldiers of killing four farmers near Ostra on Monday."
    assert _subs(text, extractor) != []


def test_an_accusation_of_one_incident_stays(extractor: Extractor) -> None:
    text = "The army accused the rebels of shelling the market in Ostra on Tuesday."
    assert _subs(text, extractor) != []


def test_an_event_beside_a_generic_accusation_stays(extractor: Extractor) -> None:
    text = (
        "Gunmen killed three farmers in Ostra on Monday, and the local council accused the "
        "army of arming militias."
    )
    assert _subs(text, extractor) == ["Attack"]


KICKER = "NORTH: Army repels a rebel attack on Tamba, several attackers killed"
LEAD = "The army said it repelled an attack on its post at Tamba on Sunday morning."
REBELS = ActorRef(name="Rebels (Xland)", surface="rebels")


def _clash(words: str, day: dt.date, *, start: int, date_at: int, said: str) -> Event:
    event = placed_event(
        "Armed clash", "Tamba", (1.0, 2.0), REBELS, words=words, day=day, admin1="Kalo",
        country="Xland", sentence_start=start,
    )  # fmt: skip
    when = Span(start=date_at, end=date_at + len(said), text=said, field="event_date")
    return event.model_copy(update={"evidence": (*event.evidence, when)})


def test_a_kicker_dated_by_the_publication_line_joins_the_lead() -> None:
    # the kicker's date comes from "Published 12 March 2024." before it (offset 10)
    kicker = _clash(KICKER, dt.date(2024, 3, 12), start=40, date_at=10, said="12 March 2024")
    lead = _clash(LEAD, dt.date(2024, 3, 10), start=120, date_at=120 + LEAD.find("Sunday"),
                  said="Sunday")  # fmt: skip
    [kept] = told_twice([kicker, lead])
    assert kept.event_date == dt.date(2024, 3, 10)


def test_a_kicker_with_a_day_of_its_own_stays() -> None:
    dated = "NORTH: On Thursday, the army repels a rebel attack on Tamba"
    kicker = _clash(dated, dt.date(2024, 3, 14), start=40, date_at=40 + dated.find("Thursday"),
                    said="Thursday")  # fmt: skip
    lead = _clash(LEAD, dt.date(2024, 3, 10), start=120, date_at=120 + LEAD.find("Sunday"),
                  said="Sunday")  # fmt: skip
    assert len(told_twice([kicker, lead])) == 2
