"""Evidence spans: token ranges of a parsed chunk -> ``Span`` offsets into ``Article.text``."""

from __future__ import annotations

from typing import Any

from ceasewatch.extract.nlp import doc_text
from ceasewatch.extract.tokens import token_table
from ceasewatch.model import Span


def token_span(doc: Any, start: int, end: int, offset: int, field: str) -> Span:
    """Tokens ``[start, end)`` of ``doc`` (a chunk starting at ``offset`` in the article)."""
    if 0 <= start < end <= len(doc):  # cut from the text, as ``doc[start:end].text`` is
        table = token_table(doc)
        return char_span(doc, table.idx[start], table.end[end - 1], offset, field)
    piece = doc[start:end]
    begin = offset + piece.start_char
    return Span(start=begin, end=begin + len(piece.text), text=piece.text, field=field)


def char_span(doc: Any, start: int, end: int, offset: int, field: str) -> Span:
    """Characters ``[start, end)`` of ``doc.text`` (chunk-relative)."""
    return Span(start=offset + start, end=offset + end, text=doc_text(doc)[start:end], field=field)
