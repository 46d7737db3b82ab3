"""speed40: the fast attribute ruler keeps, across Docs, the answers that depend on a token's
tested values only (extract/nlp.py): which one-token exceptions a row of (LOWER, TAG, DEP,
IS_SPACE) matches, and whether a word meets a regex gate of the residual patterns. The
annotations stay those of the stock ruler, on a cold and on a warm memo.

And the sub-event upgrades' text (extract/triggers.py ``upgrade_text``) is built only for a
sentence that holds every word of some phrase of a rule from its type (``may_upgrade``): the
gate is checked to keep every upgrade on hand-written sentences.

Hand-written text (other conflicts, other names).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from ceasewatch.extract import Extractor
from ceasewatch.extract import events as events_module
from ceasewatch.extract.lexicon import load_lexicon
from ceasewatch.extract.nlp import FastAttributeRuler, load_model, speed_up
from ceasewatch.extract.triggers import may_upgrade, upgrade, upgrade_text
from tests.test_extract_events import subs
from tests.test_extract_nlp_speed import counted_residual

TEXTS = (
    "The rebels said that they had taken the bridge, but the army denied it.",
    "There is nothin' left in the market; we ain't gonna stay, y'all.",
    "Did the militia shell the camp? It does so every week, and so do the others.",
    "Those who fled said these shells came from that hill.  \n The truce broke down.",
)


def signature(doc: Any) -> list[tuple[object, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    return load_model(), speed_up(load_model())


def test_row_answers_are_kept_and_reused(
    models: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    stock, fast = models
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    first = [signature(d) for d in fast.pipe(TEXTS)]
    assert first == [signature(d) for d in stock.pipe(TEXTS)]
    assert ruler.row_matches  # "the"/DT/det... kept
    asked: list[list[int]] = []
    real = ruler._row_matches

    def counting(row: list[int]) -> tuple[int, ...]:
        asked.append(row)
        return real(row)

    monkeypatch.setattr(ruler, "_row_matches", counting)
    assert [signature(d) for d in fast.pipe(TEXTS)] == first  # the same texts: every row known
    assert asked == []


def test_regex_gate_answer_is_kept_per_word(
    models: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "nothin'" can start a residual pattern (a regex gate): the Matcher runs for it on a
    cold and on a warm memo; a text without such a word skips it both times."""
    _, fast = models
    ruler = fast.get_pipe("attribute_ruler")
    calls = counted_residual(ruler, monkeypatch)
    for _ in range(2):
        calls.clear()
        fast("Nothin' was left of the village after the raid.")
        assert len(calls) == 1
        calls.clear()
        fast("Gunmen burned the village after the raid.")
        assert calls == []
    word = fast.vocab.strings["nothin'"]
    assert ruler.regex_words.get(word) is True
    assert ruler.regex_words.get(fast.vocab.strings["village"]) is False


def test_exceptions_of_two_columns_on_one_token_keep_their_order() -> None:
    """A token matched by an exception filed under its word and by a later one filed under
    its dependency: the later wins, as in the stock ruler, on a cold and a warm memo."""
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": ""}]], {"POS": "X"})
    ruler.add([[{"LOWER": "truce"}]], {"POS": "NOUN", "LEMMA": "truce"})
    ruler.add([[{"DEP": ""}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": {"NOT_IN": ["truce"]}, "IS_SPACE": False}]], {"LEMMA": "other"})
    text = "The truce held near Abyei, and the truce held again."
    stock = [(t.pos_, t.lemma_) for t in nlp(text)]
    speed_up(nlp)
    fast = nlp.get_pipe("attribute_ruler")
    assert isinstance(fast, FastAttributeRuler)
    for _ in range(2):
        assert [(t.pos_, t.lemma_) for t in nlp(text)] == stock
    assert stock[1] == ("PROPN", "truce") and stock[0] == ("PROPN", "other")


UPGRADED = (
    "Police fired tear gas and rubber bullets at the marchers in the capital on Friday.",
    "Soldiers opened fire on the crowd and killed two demonstrators outside the ministry.",
    "The protesters threw stones at the police and set fire to tyres near the port.",
    "Security forces used live ammunition and birdshot against students at the campus.",
    "Riot police dispersed the sit-in with water cannon; dozens were arrested.",
    "Air defences intercepted the drone before it reached the airbase, the army said.",
    "Demonstrators marched peacefully to the square and dispersed without incident.",
    "Hundreds rallied against the new tax in the old town on Sunday.",
)


def test_upgrade_gate_keeps_every_upgrade(models: tuple[Any, Any]) -> None:
    """Wherever ``upgrade`` changes a type on a sentence's text, the gate lets it be built;
    and every rule phrase, written out with other words around it, opens the gate."""
    _, fast = models
    lex = load_lexicon()
    froms = sorted({sub for rule in lex.upgrades for sub in rule.from_subs})
    changed = 0
    for doc in fast.pipe(UPGRADED):
        for sent in doc.sents:
            words = frozenset(t.lemma_.lower() for t in sent) | frozenset(t.lower_ for t in sent)
            text = upgrade_text(sent, lex)
            for sub in froms:
                if upgrade(sub, text, lex) != sub:
                    changed += 1
                    assert may_upgrade(sub, words, lex), (sub, sent.text)
    assert changed >= 5
    for rule in lex.upgrades:
        for phrase in rule.phrases:
            words = frozenset(phrase.split()) | {"the", "police", "crowd"}
            for sub in rule.from_subs:
                assert may_upgrade(sub, words, lex), (sub, phrase)


def test_upgrade_gate_closed_without_a_phrase_word() -> None:
    lex = load_lexicon()
    words = frozenset(
        [
            "hundreds",
            "rally",
            "rallied",
            "against",
            "the",
            "new",
            "tax",
            "in",
            "old",
            "town",
            "on",
            "sunday",
        ]
    )
    assert not any(may_upgrade(sub, words, lex) for r in lex.upgrades for sub in r.from_subs)


def test_events_build_the_upgrade_text_only_when_a_rule_may_fire(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    real = upgrade_text

    def counting(sent: Any, lex: Any) -> str:
        built.append(sent.text)
        return str(real(sent, lex))

    monkeypatch.setattr(events_module, "upgrade_text", counting)
    assert subs("Government warplanes bombed a market in Idlib on Monday.", extractor) == [
        "Air/drone strike"
    ]
    assert built == []
    got = subs("Police fired tear gas at protesters in Nairobi on Tuesday.", extractor)
    assert got == ["Protest with intervention"]
    assert len(built) == 1
