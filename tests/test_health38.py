"""Code health, session 38 (health38): one home for each reading and each word list, output
unchanged. Hand-written sentences ("Kelmar"), never evaluation items.

- the older sub-event readings of ``events.group_hits`` live in extract/subtypes.py beside
  types36/37's;
- the words that a toll is unknown are one list (numbers.yaml ``unknown_toll``), read as a
  text pattern and on the parse;
- the festive words are one list (triggers.yaml ``festive_words``), spliced into the gathering
  triggers' ``unless_any`` and read by ``unprompted.no_crowd``;
- geocode's two agency patterns share one list of a public body's nouns;
- a sentence's protest causes are read once for both of geocode's sentence fallbacks;
- one dateline pattern (knowledge.countries ``DATELINE``) gives the country and geocode's town.
"""

from __future__ import annotations

import pytest

from ceasewatch import geocode
from ceasewatch.errors import KnowledgeError
from ceasewatch.extract import Extractor, events, subtypes
from ceasewatch.extract.lexicon import _spliced, load_lexicon
from ceasewatch.geocode.context import ArticleContext
from ceasewatch.model import Span
from tests.test_extract_types_notes import main_sub_event

MOVED = (
    "with_small_arms",
    "aircraft_doer",
    "fired_bombs",
    "got_through",
    "repelled",
    "property_only",
    "on_them",
)


@pytest.mark.parametrize("name", MOVED)
def test_the_older_sub_event_readings_live_beside_the_newer(name: str) -> None:
    assert callable(getattr(subtypes, name))
    assert not hasattr(events, "_" + name)


def test_the_festive_words_are_one_list_the_gathering_triggers_splice() -> None:
    lex = load_lexicon()
    festive = {"celebrate", "celebration", "festival", "concert", "match", "fan"}
    assert lex.festive_words == festive
    gathering = [t for t in lex.triggers if t.words == ("gather",) and "thousand" in t.needs_any]
    assert gathering
    assert all(festive <= t.unless_any for t in gathering)
    # no trigger keeps the name itself as a word
    assert not any(w.startswith("@") for t in lex.triggers for w in t.unless_any)


def test_a_spliced_list_adds_its_words_and_an_unknown_name_fails() -> None:
    doc = {"crowd_words": ["Crowd", "mob"]}
    assert _spliced(["march", "@crowd_words"], doc) == {"march", "crowd", "mob"}
    assert _spliced(None, doc) == frozenset()
    with pytest.raises(KnowledgeError):
        _spliced(["@no_such_list"], doc)


def test_the_toll_unknown_words_are_one_list() -> None:
    lex = load_lexicon()
    assert {"unknown", "unclear", "unconfirmed", "undetermined", "uncertain"} == lex.unknown_words
    # the text pattern reads the same words ("toll uncertain" was the parse's only)
    assert lex.unknown_toll.search("Fatalities uncertain.")
    assert lex.unknown_toll.search("Casualties undetermined.")
    assert lex.unknown_toll.search("The toll not yet known.")
    assert not lex.unknown_toll.search("Fatalities: three.")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a harm word told as unknown is no harm: the raid on property stays the destruction
        (
            "On 5 May 2023, gunmen raided Kelmar village and burned 20 houses. "
            "Casualties were uncertain.",
            "Looting/property destruction",
        ),
        (
            "On 5 May 2023, gunmen raided Kelmar village and burned 20 houses. "
            "Two residents were killed.",
            "Attack",
        ),
    ],
)
def test_a_toll_told_unknown_is_no_harm(text: str, sub: str, extractor: Extractor) -> None:
    assert main_sub_event(text, extractor) == sub


@pytest.mark.parametrize("noun", geocode._AGENCY_NOUNS.split("|"))
def test_both_agency_patterns_read_the_shared_nouns(noun: str) -> None:
    assert geocode._AGENCY_AFTER.match(f" {noun} said")
    assert geocode._AGENCY_NOUN_AFTER.match(f" {noun.title()} said")


def test_a_sentences_causes_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Hundreds marched in Kelmar in solidarity with Gaza on Friday."
    calls: list[str] = []

    def counted(sentence: str) -> list[tuple[int, int]]:
        calls.append(sentence)
        return [(0, 3)]

    monkeypatch.setattr(geocode, "grievance_spans", counted)
    context = ArticleContext(text="Intro. " + text)
    sent = Span(start=7, end=7 + len(text), text=text)
    first = geocode._grievances(context, sent)
    assert first == [(7, 10)]
    assert geocode._grievances(context, sent) == first
    assert calls == [text]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("DAMASCUS, March 3 (SANA) - Shelling hit ...", "DAMASCUS"),
        ("KABUL (Reuters) - ...", "KABUL"),
        ("MAIDUGURI, Nigeria, Feb 10, 2020 - ...", "MAIDUGURI"),
        ("PORT-AU-PRINCE, Haiti - ...", "PORT-AU-PRINCE"),
        ("ERBIL, KURDISTAN REGION / 15 September 2021", "ERBIL"),
    ],
)
def test_one_dateline_pattern_gives_geocode_its_town(text: str, town: str) -> None:
    from ceasewatch.geocode import context, settings
    from ceasewatch.knowledge.countries import DATELINE

    assert not hasattr(settings, "DATELINE")
    assert context.DATELINE is DATELINE
    match = DATELINE.match(text)
    assert match is not None
    assert match.group(1).strip() == town


def test_no_dateline_in_a_sentence_in_title_case() -> None:
    from ceasewatch.knowledge.countries import DATELINE

    assert DATELINE.match("Police said three men were held.") is None
