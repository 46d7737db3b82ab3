"""Main text and metadata from an HTML page, through trafilatura; an HTML fragment (a feed
entry's content, a pasted snippet) through its own paragraphs, as trafilatura wants pages."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from ceasewatch.errors import InputError
from ceasewatch.settings import setting

# A whole page declares itself; anything else is a fragment, read paragraph by paragraph.
_PAGE = re.compile(r"<(?:!doctype|html|body|head)\b", re.I)
_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre")
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "form")


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
    if not _PAGE.search(html[:4096]):
        return HtmlExtract(fragment_text(origin, html), None, None, None, None, None, None)
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


def fragment_text(origin: str, html: str) -> str:
    """The text of an HTML fragment, one paragraph per block element, scripts and styles out.
    A feed entry is its own article: no shell to remove, so no minimum length here."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise InputError(origin, f"HTML fragment cannot be parsed ({exc})") from exc
    for bad in root.iter(*_DROP):
        bad.drop_tree()
    return "\n\n".join(block_lines(root))


def block_lines(root: etree._Element, blocks: tuple[str, ...] = _BLOCKS) -> list[str]:
    """The text of ``root`` one line per line break and block element (``blocks``), each line's
    whitespace folded, empty lines out. Writes the breaks into ``root``'s text and tails."""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*blocks):
        block.tail = "\n" + (block.tail or "")
        block.text = "\n" + (block.text or "")
    text = str(root.text_content())
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _str(value: object) -> str | None:
    return str(value).strip() or None if value else None
