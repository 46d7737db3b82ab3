"""Main text and metadata from an HTML page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from ceasewatch.errors import InputError
from ceasewatch.settings import setting


@dataclass(frozen=True)
class HtmlExtract:
    text: str  # paragraphs separated by blank lines
    title: str | None
    date: str | None  # ISO date as trafilatura found it in the page metadata
    sitename: str | None
    author: str | None
    url: str | None
    language: str | None


def extract_html(origin: str, html: str) -> HtmlExtract:
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise InputError(origin, "HTML page holds no article text (trafilatura found none)")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = str(meta.get("text") or "")
    if len(text.strip()) < setting("clean.min_html_chars"):
        raise InputError(
            origin, f"HTML page holds no article: main text is {len(text.strip())} characters"
        )
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return HtmlExtract(
        text="\n\n".join(paragraphs),
        title=_str(meta.get("title")),
        date=_str(meta.get("date")),
        sitename=_str(meta.get("sitename")),
        author=_str(meta.get("author")),
        url=_str(meta.get("url")),
        language=_str(meta.get("language")),
    )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value else None
