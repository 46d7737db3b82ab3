"""learn.fallback and extract.unprompted: the default reader's recall fallback. A note the
rules found no event in gets one event of the reader's type when a reader that learnt the
non-events is sure it tells one. Texts and places invented here; none is an evaluation item."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.unprompted import CONFIDENCE, shown_or_natural, told_done, typed_event
from ceasewatch.learn.fallback import RULES_NONE, note_like, sure_types, why
from ceasewatch.learn.reader import NO_EVENT, RECIPES, Reader
from ceasewatch.model import Article
from ceasewatch.pipeline import Resources, process_article

NOTE = (
    "On 14 March 2021, unidentified gunmen set fire to a polling station in Bunia and "
    "carried off the ballot boxes."
)
QUIET = "On 9 May 2022, the county assembly in Nakuru approved the annual budget."


class FakePipeline:
    """Stands in for the fitted scikit-learn pipeline: one fixed table for every text."""

    def __init__(self, table: dict[str, float]) -> None:
        self.classes_ = list(table)
        self.row = list(table.values())

    def predict_proba(self, texts: list[str]) -> list[list[float]]:
        return [self.row for _ in texts]


def reader(table: dict[str, float]) -> Reader:
    recipe = RECIPES["reader.v2-mask-bal-nonev"]
    return Reader(cast(Any, FakePipeline(table)), "fake", 0, recipe)


def article(text: str) -> Article:
    return Article(id="n1", origin="test", text=text, content_hash="c", raw_hash="r")


def test_only_short_single_event_texts_are_note_like() -> None:
    assert note_like(NOTE)
    assert not note_like("   ")
    assert not note_like(" ".join([NOTE] * 4))  # a report's length


def test_the_reader_speaks_only_when_sure_the_text_tells_an_event() -> None:
    sure = reader({NO_EVENT: 0.02, "Attack": 0.08, "Looting/property destruction": 0.9})
    assert sure_types([NOTE], sure) == [("Looting/property destruction", 0.9, 0.02)]
    torn = reader({NO_EVENT: 0.3, "Attack": 0.1, "Looting/property destruction": 0.6})
    assert sure_types([NOTE], torn) == [None]
    # a reader that never learnt the non-events cannot say a text tells one
    plain = Reader(cast(Any, FakePipeline({"Attack": 0.9, "Arrests": 0.1})), "fake", 0)
    assert sure_types([NOTE], plain) == [None]


def test_the_reader_is_sure_under_one_in_ten_of_no_event() -> None:
    # session 33 (reader33): the threshold is 0.1, not 0.05; a reader unsure between an event
    # and none (0.15) still stays silent
    fairly = reader({NO_EVENT: 0.08, "Peaceful protest": 0.62, "Attack": 0.3})
    assert sure_types([NOTE], fairly) == [("Peaceful protest", 0.62, 0.08)]
    unsure = reader({NO_EVENT: 0.15, "Peaceful protest": 0.55, "Attack": 0.3})
    assert sure_types([NOTE], unsure) == [None]


def test_the_unprompted_event_reads_the_notes_date_place_and_actors(
    extractor: Extractor,
) -> None:
    note = why("Looting/property destruction", 0.02)
    event = typed_event(article(NOTE), extractor, "Looting/property destruction", note)
    assert event is not None and event.id
    assert event.sub_event_type == "Looting/property destruction"
    assert event.event_type == "Strategic developments"
    assert event.event_date == dt.date(2021, 3, 14)
    assert event.location is not None and event.location.surface == "Bunia"
    assert event.actor1 is not None and "gunmen" in (event.actor1.surface or "")
    assert event.confidence == CONFIDENCE and event.notes.startswith("the rules found no event")
    typed = [s for s in event.evidence if s.field == "sub_event_type"]
    assert typed and NOTE[typed[0].start : typed[0].end].startswith("On 14 March 2021")


def test_only_a_sentence_telling_a_done_act_gives_an_event(extractor: Extractor) -> None:
    def head(text: str) -> Any:
        return next(extractor.nlp(text).sents).root

    done = (
        "On 3 May 2022, teachers marched in Nakuru to demand unpaid salaries.",
        "On 3 May 2022, two soldiers were killed near Bunia.",
        "On 3 May 2022, clashes near Bunia between the army and a militia.",
    )
    for text in done:
        assert told_done(head(text), extractor.tables), text
    undone = (
        "Teachers will march in Nakuru on Friday to demand unpaid salaries.",
        "Teachers plan to march in Nakuru on Friday.",
        "The army did not attack the village of Bunia on 3 May 2022.",
        "A planned rally in Nakuru on 3 May 2022.",
    )
    for text in undone:
        assert not told_done(head(text), extractor.tables), text
    planned = "Teachers announced a march in Nakuru for 9 May 2022."
    assert typed_event(article(planned), extractor, "Peaceful protest", "test") is None


def test_a_drill_or_a_fire_gives_no_event_of_a_violent_type(extractor: Extractor) -> None:
    # session 33 (reader33): the rules' show-of-arms and force-of-nature readings hold for
    # the reader's type too
    drill = "On 3 May 2022, the army began a live-fire exercise near Tartus under artillery fire."
    assert typed_event(article(drill), extractor, "Shelling/artillery/missile attack", "t") is None
    fire = "On 3 May 2022, a wildfire killed 12 people and burned homes near Tartus."
    assert typed_event(article(fire), extractor, "Attack", "t") is None
    # a strategic type is no use of arms: the exercise itself is not refused by the reading
    head = next(extractor.nlp(drill).sents).root
    assert not shown_or_natural(head, "Change to group/activity", extractor.tables)
    shelled = "On 3 May 2022, the army shelled the village of Kafr Nabl, killing two."
    assert typed_event(article(shelled), extractor, "Shelling/artillery/missile attack", "t")


@pytest.fixture
def fallback_on(resources: Resources, monkeypatch: pytest.MonkeyPatch) -> Resources:
    monkeypatch.setenv("CEASEWATCH_LEARN_READER_FALLBACK", "1")
    monkeypatch.setattr(resources, "_quiet_state", "fake")
    return resources


def test_a_note_without_a_rules_event_gets_the_readers_event_when_it_is_sure(
    fallback_on: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    sure = reader({NO_EVENT: 0.01, "Peaceful protest": 0.95, "Attack": 0.04})
    monkeypatch.setattr(fallback_on, "_quiet_reader", sure)
    events = process_article(article(QUIET), fallback_on).events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    learned = events[0].learned
    assert learned is not None and learned.rule_sub_event_type == RULES_NONE
    assert learned.chosen == "learned" and "fallback" in learned.reason
    assert events[0].location is not None and events[0].location.surface == "Nakuru"
    # not sure, or too long for a note: no event
    monkeypatch.setattr(fallback_on, "_quiet_reader", reader({NO_EVENT: 0.2, "Attack": 0.8}))
    assert process_article(article(QUIET), fallback_on).events == ()
    monkeypatch.setattr(fallback_on, "_quiet_reader", sure)
    assert process_article(article(" ".join([QUIET] * 6)), fallback_on).events == ()


def test_the_fallback_is_off_by_the_switch_and_guarded_by_the_events_facts(
    fallback_on: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fallback_on, "_quiet_reader", reader({NO_EVENT: 0.01, "Attack": 0.99}))
    monkeypatch.setenv("CEASEWATCH_LEARN_READER_FALLBACK", "0")
    assert process_article(article(QUIET), fallback_on).events == ()
    monkeypatch.setenv("CEASEWATCH_LEARN_READER_FALLBACK", "1")
    # a peaceful protest kills nobody (learn/data/guard.yaml): the guard refuses it
    dead = "On 9 May 2022, two guards died at the county assembly in Nakuru."
    protest = reader({NO_EVENT: 0.01, "Peaceful protest": 0.99})
    monkeypatch.setattr(fallback_on, "_quiet_reader", protest)
    found = process_article(article(dead), fallback_on).events
    assert all(e.sub_event_type != "Peaceful protest" for e in found)
