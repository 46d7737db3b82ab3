"""One event told in two sentences that the reader typed alike (session 48, reports48;
extract.merging.told_twice_keeping_largest, the pass after the reader in pipeline): joined,
the event keeps the largest toll one sentence gave, not the smallest source's."""

from __future__ import annotations

import datetime as dt

from ceasewatch.extract.merging import (
    told_twice,
    told_twice_keeping_largest,
    told_twice_within_sentences,
)
from ceasewatch.model import ActorRef, Event, FatalityClaim, Span
from tests.placed_events import placed_event

LEAD = "Regime bombing raids in and around Aleppo killed 31 people on Friday, civil defence said."
LATER = "A correspondent in Aleppo said the raids killed eight people in one district."
ALEPPO = (36.2, 37.15)
SYRIA = ActorRef(name="Military Forces of Syria", surface="Regime", id="syria-saa")
DAY = dt.date(2016, 6, 3)


def _raid(words: str, at: int, count: int | None, source: str, trigger: str = "raids") -> Event:
    event = placed_event(
        "Air/drone strike", "Aleppo", ALEPPO, SYRIA, words=words, day=DAY, sentence_start=at
    )
    where = at + words.find(trigger)
    evidence = (Span(start=where, end=where + len(trigger), text=trigger, field="sub_event_type"),)
    claims = () if count is None else (FatalityClaim(count=count, claimed_by=source),)
    sentence = Span(start=at, end=at + len(words), text=words)
    return event.model_copy(
        update={
            "sentence": sentence,
            "evidence": evidence,
            "fatality_claims": claims,
            "fatalities": count,
        }
    )


def _two() -> tuple[Event, Event]:
    return _raid(LEAD, 0, 31, "civil defence"), _raid(LATER, len(LEAD) + 1, 8, "correspondent")


def test_two_sentences_joined_keep_the_largest_toll() -> None:
    lead, later = _two()
    [before] = told_twice([lead, later])
    assert before.fatalities == 8  # conservative: the smallest source's total
    [after] = told_twice_keeping_largest([lead, later])
    assert after.fatalities == 31


def test_the_largest_toll_whichever_sentence_comes_first() -> None:
    lead, later = _two()
    small = lead.model_copy(update={"fatalities": 8, "fatality_claims": later.fatality_claims})
    big = later.model_copy(update={"fatalities": 31, "fatality_claims": lead.fatality_claims})
    [after] = told_twice_keeping_largest([small, big])
    assert after.fatalities == 31


def test_a_sentence_with_no_toll_takes_the_others() -> None:
    lead = _raid(LEAD, 0, None, "civil defence")
    later = _raid(LATER, len(LEAD) + 1, 8, "correspondent")
    [after] = told_twice_keeping_largest([lead, later])
    assert after.fatalities == 8


def test_two_readings_of_one_sentence_keep_the_conservative_toll() -> None:
    one = _raid(LEAD, 0, 31, "civil defence")
    again = _raid(LEAD, 0, 8, "residents", trigger="killed")
    [after] = told_twice_keeping_largest([one, again])
    assert after.fatalities == 8
    assert told_twice_within_sentences([one, again])[0].fatalities == 8


def test_two_events_of_other_places_stay_apart() -> None:
    lead = _raid(LEAD, 0, 31, "civil defence")
    other = placed_event(
        "Air/drone strike", "Idlib", (35.93, 36.63), SYRIA, words="Raids hit Idlib.",
        day=DAY, sentence_start=len(LEAD) + 1,
    )  # fmt: skip
    assert told_twice_keeping_largest([lead, other]) == [lead, other]
