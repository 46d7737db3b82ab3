"""One event told twice from one sentence (session 46 stories46 commit 79be53ef, cherry-picked in
session 47; extract.merging.told_twice and pipeline._told_twice_retyped): a guessed doer beside a
named one, an associated actor read again as a doer of its own, and two readings the reader gave
one type after the merge."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from ceasewatch.extract.merging import told_twice, told_twice_within_sentences
from ceasewatch.model import ActorRef, Event
from ceasewatch.pipeline import _told_twice_retyped
from tests.placed_events import placed_event

DAY = dt.date(2018, 7, 23)
ARREST = (
    "The Group documented that on 23 July 2018, police arrested a student leader in Jinotepe;"
    " he was held for nine months and tortured."
)
JINOTEPE = (11.85, -86.2)
POLICE = ActorRef(name="Police Forces of Nicaragua", surface="police", id="nic-police")
GUESS = ActorRef(name="Unidentified Armed Group (Nicaragua)")  # no words of the text
CIVILIANS = ActorRef(name="Civilians (Nicaragua)", surface="student leader", id="nic-civ")


def _arrest(actor1: ActorRef, actor2: ActorRef | None, words: str = ARREST, at: int = 0) -> Event:
    return placed_event(
        "Arrests", "Jinotepe", JINOTEPE, actor1, actor2, words=words, day=DAY, sentence_start=at
    )


def test_a_guessed_doer_in_the_sentence_of_a_named_one_is_the_same_event() -> None:
    [kept] = told_twice([_arrest(POLICE, None), _arrest(GUESS, CIVILIANS)])
    assert kept.actor1 is not None and kept.actor1.name == POLICE.name
    assert kept.actor2 is not None and kept.actor2.name == CIVILIANS.name  # the gap filled


def test_a_guessed_doer_of_another_sentence_stays_apart() -> None:
    later = "Days later, another student was taken in Jinotepe."
    other = _arrest(GUESS, CIVILIANS, words=ARREST + " " + later, at=len(ARREST) + 1)
    other = other.model_copy(update={"sentence": other.sentence.model_copy(  # type: ignore[union-attr]
        update={"text": later, "end": len(ARREST) + 1 + len(later)})})  # fmt: skip
    assert len(told_twice([_arrest(POLICE, None), other])) == 2


STRIKE = (
    "Airstrikes by Syrian government and Russian aircraft hit the market area of Maarat"
    " al-Numan on Monday evening, killing eight civilians."
)
SYRIA = ActorRef(name="Military Forces of Syria", surface="Syrian government", id="syria-saa")
RUSSIA = ActorRef(name="Military Forces of Russia", surface="Russian aircraft", id="russia-mil")


def _strike(actor1: ActorRef, assoc: tuple[ActorRef, ...] = ()) -> Event:
    event = placed_event(
        "Air/drone strike", "Maarat al-Numan", (35.64, 36.67), actor1, words=STRIKE,
        day=dt.date(2019, 6, 3),
    )  # fmt: skip
    return event.model_copy(update={"assoc_actors1": assoc})


def test_an_associated_actor_read_again_as_a_doer_is_the_joint_event() -> None:
    [kept] = told_twice([_strike(SYRIA, (RUSSIA,)), _strike(RUSSIA)])
    assert kept.actor1 is not None and kept.actor1.name == SYRIA.name
    assert [a.name for a in kept.assoc_actors1] == [RUSSIA.name]


def test_the_joint_event_keeps_its_doers_when_the_other_is_told_first() -> None:
    [kept] = told_twice([_strike(RUSSIA), _strike(SYRIA, (RUSSIA,))])
    assert kept.actor1 is not None and kept.actor1.name == SYRIA.name
    assert [a.name for a in kept.assoc_actors1] == [RUSSIA.name]


def test_an_associate_read_as_a_doer_in_another_sentence_stays_apart() -> None:
    later = "Russian aircraft also struck the outskirts of Maarat al-Numan."
    other = placed_event(
        "Air/drone strike", "Maarat al-Numan", (35.64, 36.67), RUSSIA, words=later,
        day=dt.date(2019, 6, 3), sentence_start=len(STRIKE) + 1,
    )  # fmt: skip
    assert len(told_twice([_strike(SYRIA, (RUSSIA,)), other])) == 2


def test_two_named_doers_neither_the_others_associate_stay_two() -> None:
    assert len(told_twice([_strike(SYRIA), _strike(RUSSIA)])) == 2


def _resources() -> Any:
    lex = SimpleNamespace(precedence={})
    return SimpleNamespace(extractor=SimpleNamespace(tables=SimpleNamespace(lex=lex)))


def test_two_readings_the_reader_typed_alike_are_merged_after_it() -> None:
    extraction = SimpleNamespace(
        events=(_arrest(POLICE, CIVILIANS), _arrest(POLICE, CIVILIANS)),
        model_copy=lambda update: SimpleNamespace(**update),
    )
    once = _told_twice_retyped(extraction, _resources())  # type: ignore[arg-type]
    assert len(once.events) == 1


def test_one_event_is_left_alone() -> None:
    extraction = SimpleNamespace(events=(_arrest(POLICE, CIVILIANS),))
    assert _told_twice_retyped(extraction, _resources()) is extraction  # type: ignore[arg-type]


LEAD = "Regime bombing raids in and around Aleppo killed 31 people on Friday, civil defence said."
LATER = "An AFP correspondent in Aleppo said the raids were the most intense in a week."
ALEPPO = (36.2, 37.15)
SYRIA_AIR = ActorRef(name="Military Forces of Syria", surface="Regime", id="syria-saa")


def _raid(words: str, at: int) -> Event:
    event = placed_event(
        "Air/drone strike", "Aleppo", ALEPPO, SYRIA_AIR, words=words, day=dt.date(2016, 6, 3),
        sentence_start=at,
    )  # fmt: skip
    assert event.sentence is not None
    return event.model_copy(
        update={"sentence": event.sentence.model_copy(update={"end": at + len(words)})}
    )


def test_the_pass_after_the_reader_joins_no_two_sentences() -> None:
    lead, later = _raid(LEAD, 0), _raid(LATER, len(LEAD) + 1)
    assert len(told_twice([lead, later])) == 1  # the first pass, before the reader, joins them
    assert told_twice_within_sentences([lead, later]) == [lead, later]


def test_the_pass_after_the_reader_joins_two_readings_of_one_sentence() -> None:
    lead, again, later = _raid(LEAD, 0), _raid(LEAD, 0), _raid(LATER, len(LEAD) + 1)
    once = told_twice_within_sentences([lead, later, again])
    assert len(once) == 2 and once[1] == later
