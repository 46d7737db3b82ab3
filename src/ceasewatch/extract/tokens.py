"""Token attributes of a parsed chunk, read once per Doc (issue 9, speed).

Every ``doc[i]`` builds a new ``Token`` object, and every string attribute (``lower_``,
``lemma_``, ``pos_``) decodes its string from the vocabulary again; ``Span.text`` joins the text
of each of its tokens on every call. Rules that look at the same words many times per sentence
(trigger forms, vague quantities, the first word of a sentence) paid that ~3 million times per
200 FA-KES articles (docs/PERFORMANCE.md). Chunks are read-only once parsed, so the attributes
those rules read are kept as tuples in the Doc's user_data, like ``nlp.doc_text``.

Only what a rule reads goes in the table; a rule that needs more (the parse's heads, children,
entities) still reads the Token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS

from ceasewatch import datefrag as df
from ceasewatch.extract.nlp import doc_text

TABLE_KEY = "ceasewatch.tokens"
# A post's or a live blog's clock ("07:12 - ") opening its entry: no word of the sentence
# (clean/posts.py writes every post of a channel so).
CLOCK = re.compile(df.CLOCK)


@dataclass(frozen=True)
class TokenTable:
    """Attributes of every token of one Doc, by token index."""

    lower: tuple[str, ...]  # Token.lower_
    lemma: tuple[str, ...]  # Token.lemma_.lower()
    pos: tuple[str, ...]  # Token.pos_
    idx: tuple[int, ...]  # Token.idx: first character in the Doc's text
    end: tuple[int, ...]  # Token.idx + len(Token.text): one past the last character
    space: tuple[bool, ...]  # Token.is_space
    blank: tuple[bool, ...]  # Token.is_space or Token.is_punct, or a clock time (``CLOCK``)
    sent_start: tuple[int, ...]  # Token.sent.start: where the token's sentence begins


def token_table(doc: Any) -> TokenTable:
    """The Doc's token table, built on first use."""
    table = doc.user_data.get(TABLE_KEY)
    if table is None:
        table = doc.user_data[TABLE_KEY] = _build(doc)
    return table  # type: ignore[no-any-return]


def _build(doc: Any) -> TokenTable:
    """One ``Doc.to_array`` call instead of a Token object and a string decoding per token and
    attribute: each distinct string id is decoded once per Doc."""
    rows: list[list[int]] = doc.to_array(list(_COLUMNS)).tolist()
    strings = doc.vocab.strings
    decoded: dict[int, str] = {}

    def word(key: int) -> str:
        found = decoded.get(key)
        if found is None:
            found = decoded[key] = strings[key]
        return found

    text = doc_text(doc)
    starts = [0] * len(rows)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    idx = tuple(row[3] for row in rows)
    end = tuple(row[3] + row[6] for row in rows)
    space = tuple(bool(row[4]) for row in rows)
    return TokenTable(
        lower=tuple(word(row[0]) for row in rows),
        lemma=tuple(word(row[1]).lower() for row in rows),
        pos=tuple(word(row[2]) for row in rows),
        idx=idx,
        end=end,
        space=space,
        blank=tuple(
            bool(row[4] or row[5]) or bool(CLOCK.fullmatch(text[i:e]))
            for row, i, e in zip(rows, idx, end, strict=True)
        ),
        sent_start=tuple(starts),
    )


# Doc.to_array columns _build reads, in this order.
_COLUMNS = (LOWER, LEMMA, POS, IDX, IS_SPACE, IS_PUNCT, LENGTH)


def span_text(span: Any) -> str:
    """``span.text`` (a Span of a parsed chunk), cut from the Doc's text instead of joined
    token by token: a span's text runs from its first token's first character to its last
    token's last one, which are ``start_char`` and ``end_char``."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def first_conjunct(tok: Any) -> Any:
    """The first of the conjuncts ``tok`` belongs to ("artillery and mortars": "artillery"),
    whose head and role in the sentence the others share; ``tok`` itself when it is no
    conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentence_initial_at(doc: Any, i: int) -> bool:
    """Token ``i`` is the first word of its sentence: only spaces, punctuation and an entry's
    clock ("09:35 - Forces withdraw") before it."""
    table = token_table(doc)
    return all(table.blank[k] for k in range(table.sent_start[i], i))
