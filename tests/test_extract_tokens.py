"""The per-Doc token table (extract/tokens.py) reads what the Token objects say (issue 9, speed).

Hand-written text with the cases the rules lean on: a blanked dateline before a sentence's first
word, whitespace tokens, punctuation, capitalised plurals, several sentences per chunk.
"""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.extract.mentions import sentence_initial
from ceasewatch.extract.nlp import load_model, parse_many, speed_up
from ceasewatch.extract.spans import token_span
from ceasewatch.extract.tokens import TABLE_KEY, sentence_initial_at, span_text, token_table
from ceasewatch.extract.triggers import forms

TEXTS = (
    "   - Rioters torched two buses in Kano on Monday. Soldiers and rebels clashed near the dam.",
    "Militia fighters shelled two villages near Kadugli, killing 4 civilians.\n\n"
    '"We fled," said one elder.   Protesters marched; police fired tear gas at them!',
    "  \n  ",
    "Residents said the Army's 3rd Brigade withdrew. (Reuters) -- Dozens of people were hurt.",
)


@pytest.fixture(scope="module")
def docs() -> list[Any]:
    pairs = [(str(k), text) for k, text in enumerate(TEXTS)]
    return [chunk.doc for _, chunk in parse_many(speed_up(load_model()), pairs)]


def test_table_matches_tokens(docs: list[Any]) -> None:
    for doc in docs:
        table = token_table(doc)
        for tok in doc:
            i = tok.i
            assert table.lower[i] == tok.lower_
            assert table.lemma[i] == tok.lemma_.lower()
            assert table.pos[i] == tok.pos_
            assert (table.idx[i], table.end[i]) == (tok.idx, tok.idx + len(tok.text))
            assert table.space[i] == tok.is_space
            assert table.blank[i] == (tok.is_space or tok.is_punct)
            assert table.sent_start[i] == tok.sent.start


def test_table_is_built_once(docs: list[Any]) -> None:
    doc = docs[0]
    assert token_table(doc) is token_table(doc) is doc.user_data[TABLE_KEY]


def test_sentence_initial_and_forms_as_from_tokens(docs: list[Any]) -> None:
    for doc in docs:
        for tok in doc:
            initial = all(t.is_space or t.is_punct for t in doc[tok.sent.start : tok.i])
            assert sentence_initial(tok) == sentence_initial_at(doc, tok.i) == initial
            old: tuple[str, ...] = (tok.lemma_.lower(), tok.lower_)
            if tok.pos_ == "PROPN" and tok.lower_.endswith("s") and initial:
                old += (tok.lower_.removesuffix("s"),)
            assert forms(tok) == old


def test_span_text_as_spacy_joins_it(docs: list[Any]) -> None:
    for doc in docs:
        for sent in doc.sents:
            assert span_text(sent) == sent.text
        for start in range(len(doc) + 1):
            for end in range(start, min(start + 6, len(doc)) + 1):
                assert span_text(doc[start:end]) == doc[start:end].text


def test_token_span_as_from_the_span(docs: list[Any]) -> None:
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 6, len(doc)) + 1):
                piece = doc[start:end]
                got = token_span(doc, start, end, 100, "actor1")
                assert (got.start, got.end, got.text) == (
                    100 + piece.start_char,
                    100 + piece.start_char + len(piece.text),
                    piece.text,
                )
