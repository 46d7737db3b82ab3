"""Session 35 (recall35): events the rules missed, read from the parse. Hand-built sentences
("Kalo"), never eval items.

- the Islamic State's acronym "IS" before or after a word is a name, not the verb "is": the
  sentence keeps its subject and its event; a sentence in capitals keeps the verb.
"""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.language import ENGLISH, read_language
from tests.test_extract_events import run


def _subs(text: str, extractor: Extractor) -> list[str]:
    _, x = run(text, extractor)
    return sorted({e.sub_event_type for e in x.events})


def _tag(text: str, word: str, extractor: Extractor) -> str:
    doc = extractor.nlp(text)
    return next(t.pos_ for t in doc if t.text == word)


def test_is_before_a_noun_is_a_name(extractor: Extractor) -> None:
    text = "On 5 May 2024, IS Kalo insurgents beheaded two farmers in Kalo village."
    assert _tag(text, "IS", extractor) == "PROPN"
    assert _subs(text, extractor) == ["Attack"]


def test_is_fighters_attacked(extractor: Extractor) -> None:
    text = "On 5 May 2024, IS fighters killed four herders near Kalo."
    assert _tag(text, "IS", extractor) != "AUX"
    assert _subs(text, extractor) == ["Attack"]


def test_is_after_a_preposition_stays_a_name(extractor: Extractor) -> None:
    assert _tag("Fighters from IS attacked Kalo on Monday.", "IS", extractor) == "PROPN"


def test_is_in_a_sentence_in_capitals_is_the_verb(extractor: Extractor) -> None:
    assert _tag("KALO IS A QUIET CITY.", "IS", extractor) in ("AUX", "VERB")


def test_youths_who_fought_with_machetes_are_a_mob(extractor: Extractor) -> None:
    text = "On 5 May 2024, rival youths fought with machetes in Kalo town after the vote."
    assert _subs(text, extractor) == ["Mob violence"]


def test_fought_with_clubs_and_stones(extractor: Extractor) -> None:
    text = "On 5 May 2024, villagers of two clans fought with clubs and stones near Kalo."
    assert _subs(text, extractor) == ["Mob violence"]


def test_a_fight_with_words_stays_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, the two candidates fought with words over the budget in Kalo."
    assert _subs(text, extractor) == []


def test_fighting_with_a_disease_stays_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, the mayor of Kalo fought with cancer for two years."
    assert _subs(text, extractor) == []


# --- a short English note full of names is English (ceasewatch.language) -------------------


def test_an_english_note_naming_spanish_places_is_english() -> None:
    text = (
        "On 5 May 2024, students and unions marched from Universidad de Kalo to Parque de las"
        " Flores, Villa del Kalo. Peaceful march."
    )
    assert read_language(text) in ENGLISH


def test_an_english_note_naming_portuguese_places_is_english() -> None:
    text = "On 5 May 2024, landless workers occupied a farm at Fazenda Sao Joao de Kalo (Bahia)."
    assert read_language(text) in ENGLISH


def test_a_spanish_report_stays_spanish() -> None:
    text = "El 5 de mayo de 2024, los estudiantes marcharon desde la Universidad de Kalo hasta la plaza."
    assert read_language(text) == "es"


def test_a_french_report_stays_french() -> None:
    text = "Le 5 mai 2024, des hommes armés ont attaqué le village de Kalo dans la région de Mopti."
    assert read_language(text) == "fr"


# --- a counted crowd that chants is a demonstration ------------------------------------------


def test_thousands_who_chanted_on_a_square_protest(extractor: Extractor) -> None:
    text = (
        "On 5 May 2024, thousands danced and chanted on Freedom Square in Kalo against the mayor."
    )
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_hundreds_chanted_outside_the_ministry(extractor: Extractor) -> None:
    text = "On 5 May 2024, hundreds of teachers chanted outside the education ministry in Kalo."
    assert _subs(text, extractor) == ["Peaceful protest"]


def test_fans_chanting_at_a_match_are_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, thousands of fans chanted in the Kalo stadium during the match."
    assert _subs(text, extractor) == []


def test_pilgrims_chanting_prayers_are_none(extractor: Extractor) -> None:
    text = "On 5 May 2024, thousands of pilgrims chanted prayers at the Kalo shrine."
    assert _subs(text, extractor) == []
