"""Quiet text stays quiet: a trigger word that is a person's name, a language taken for a place,
and a history told by its decade or an old year make no event. Sentences invented for these
tests (docs/EXTRACTION.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract.dates import read_date
from tests.test_extract_events import run

PUBLISHED = dt.date(2025, 3, 14)


def test_surname_named_before_is_no_trigger(extractor: Extractor) -> None:
    text = (
        "Prices are rising, said Ann Lynch, a trader in Lagos. Costs will keep climbing and the"
        " quality of goods is slowly picking up, Lynch said."
    )
    _, extraction = run(text, extractor, published=PUBLISHED)
    assert extraction.events == ()


def test_the_word_still_triggers_when_no_person_bears_it(extractor: Extractor) -> None:
    text = "A mob tried to lynch two suspected thieves in Kano on Monday, police said."
    _, extraction = run(text, extractor, published=PUBLISHED)
    assert [e.sub_event_type for e in extraction.events] == ["Mob violence"]


@pytest.mark.parametrize("language", ["Mandarin", "Hausa", "Pashto"])
def test_a_language_is_not_a_place(language: str, extractor: Extractor) -> None:
    text = f"Analysts told VOA {language} that the skirmish over the trade deal was symbolic."
    _, extraction = run(text, extractor, published=PUBLISHED)
    names = [e.location.name for e in extraction.events if e.location is not None]
    assert language not in names


@pytest.mark.parametrize(
    "when",
    ["in the 1860s", "in 1867", "during the early 1920s"],
)
def test_a_history_is_background(when: str, extractor: Extractor) -> None:
    text = (
        f"The royal town of Cacheu met a violent end {when}, when it was sieged by a rival"
        " kingdom and its ruler saw that he would lose the battle."
    )
    _, extraction = run(text, extractor, published=PUBLISHED)
    assert extraction.events == ()


def test_this_decade_is_no_history(extractor: Extractor) -> None:
    reading = read_date("Troops clashed there often in the 2020s.", PUBLISHED, extractor.lexicon)
    assert reading is None or reading.date is None or reading.date.year >= 2025


def test_decade_reads_as_its_middle(extractor: Extractor) -> None:
    reading = read_date("Rebels held the valley in the 1990s.", PUBLISHED, extractor.lexicon)
    assert reading is not None and reading.date == dt.date(1995, 1, 1)
