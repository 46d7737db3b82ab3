"""Session 37 (recall37): events made up from texts that tell none. Hand-built sentences
("Kalo"), never eval items.

- a toll told after a transport accident or a natural disaster, by a sentence that names
  nobody as doing the harm, is the accident's: no Attack from the rules, and no violent event
  from the reader's fallback (``unprompted.typed_event``); a killing with a doer, a toll after
  fighting, and a demonstration after an accident stay;
- civilians told as the subject of a killing verb with no object ("villagers executed.",
  "several villagers killed") are its victims, not a mob of their own; villagers who kill
  someone named still do.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.extract.unprompted import typed_event
from ceasewatch.model import Article
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


def _article(text: str) -> Article:
    return Article(id="r37", origin="test", text=text, content_hash="c", raw_hash="r")


CRASH = (
    "On 4 May 2024, a passenger plane crashed into houses near Kalo airport on its second "
    "landing attempt. 40 killed on board; people on the ground hurt."
)
FERRY = (
    "On 4 May 2024, a ferry capsized on the river near Kalo. At least 30 passengers were killed."
)


def test_a_toll_after_a_plane_crash_is_no_attack(extractor: Extractor) -> None:
    assert _subs(CRASH, extractor) == []


def test_a_toll_after_a_capsized_ferry_is_no_attack(extractor: Extractor) -> None:
    assert _subs(FERRY, extractor) == []


def test_a_bare_toll_without_an_accident_stays(extractor: Extractor) -> None:
    text = "On 4 May 2024, gunmen stormed the market in Kalo. At least 30 traders were killed."
    assert "Attack" in _subs(text, extractor)


def test_killers_named_after_an_accident_stay(extractor: Extractor) -> None:
    text = (
        "On 4 May 2024, a ferry capsized on the river near Kalo. "
        "Later that day gunmen killed three fishermen nearby."
    )
    assert _subs(text, extractor) == ["Attack"]


def test_a_crash_with_fighting_in_its_sentence_is_no_accident(extractor: Extractor) -> None:
    text = (
        "On 4 May 2024, gunmen attacked a bus near Kalo and the bus crashed into a ditch. "
        "Five passengers were killed."
    )
    assert "Attack" in _subs(text, extractor)


def test_the_fallback_gives_no_violence_for_an_accident(extractor: Extractor) -> None:
    assert typed_event(_article(FERRY), extractor, "Attack", "test") is None
    assert typed_event(_article(CRASH), extractor, "Armed clash", "test") is None


def test_the_fallback_still_reads_a_demonstration_after_an_accident(
    extractor: Extractor,
) -> None:
    text = (
        "On 4 May 2024, a ferry capsized on the river near Kalo. "
        "Relatives blocked the road to the port to demand the bodies."
    )
    event = typed_event(_article(text), extractor, "Peaceful protest", "test")
    assert event is not None
    plain = "On 4 May 2024, people were killed in the market of Kalo."
    assert typed_event(_article(plain), extractor, "Attack", "test") is not None


def test_villagers_executed_are_victims(extractor: Extractor) -> None:
    text = "On 4 May 2024, soldiers attacked Kalo village; villagers executed."
    assert _subs(text, extractor) == ["Attack"]


def test_several_villagers_killed_after_an_air_strike(extractor: Extractor) -> None:
    text = "On 4 May 2024, army jets bombed Kalo village; several villagers killed."
    assert _subs(text, extractor) == ["Air/drone strike"]


def test_villagers_who_kill_someone_still_do(extractor: Extractor) -> None:
    text = "On 4 May 2024, villagers killed two bandits in Kalo."
    assert _subs(text, extractor) == ["Mob violence"]
