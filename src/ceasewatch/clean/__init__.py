"""Stage 2, clean: raw bytes -> an ``Article`` with clean text and honest metadata.

1. decode the bytes (UTF-8, UTF-16 with BOM, else a confident legacy-encoding guess)
2. HTML: main text and page metadata through trafilatura
3. scraped-page debris out (widgets, crumbs, metadata line, captions, credits), metadata in
4. publication date: container hint, page metadata or the site's line, day/month resolved
   from the body's dateline when ambiguous
5. language, word counts, hashes, a stable id
"""

from __future__ import annotations

import hashlib
import re

import py3langid

from ceasewatch.clean.dates import ResolvedDate, resolve_date
from ceasewatch.clean.decode import decode
from ceasewatch.clean.html import extract_html
from ceasewatch.clean.scrape import scrape
from ceasewatch.errors import InputError
from ceasewatch.model import Article, RawDocument
from ceasewatch.settings import setting

STAGE = "clean.v1"
WORD = re.compile(r"\w+(?:['’-]\w+)*")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(content_hash: str) -> str:
    """Stable id from the cleaned text: the same story text always gets the same id."""
    return content_hash[:16]


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def _publication(raw_date: str | None, hinted: str | None, body: str) -> ResolvedDate:
    if hinted:
        date = resolve_date(hinted, body)
        return ResolvedDate(date.date, f"from the input's metadata: {date.how}")
    if raw_date:
        return resolve_date(raw_date, body)
    return ResolvedDate(None, "no publication date in the input")


def clean(raw: RawDocument) -> Article:
    """Clean one raw document. Raises ``InputError`` naming the input when it is not a report."""
    text, encoding = decode(raw.origin, raw.data)  # 1
    hints = dict(raw.hints)
    page_date = None
    if raw.media_type == "text/html":  # 2
        page = extract_html(raw.origin, text)
        text = page.text
        hints.setdefault("title", page.title or "")
        hints.setdefault("source", page.sitename or "")
        hints.setdefault("author", page.author or "")
        hints.setdefault("url", page.url or "")
        page_date = page.date
    hints = {k: v for k, v in hints.items() if v}
    doc = scrape(text, title_hint=hints.get("title"))  # 3
    body = "\n\n".join(doc.lines)
    if count_words(body) < setting("clean.min_words"):
        raise InputError(raw.origin, f"no report text after cleaning ({count_words(body)} words)")
    date = _publication(doc.date_raw or page_date, hints.get("published"), body)  # 4
    notes = [*doc.notes, f"published: {date.how}"]
    if encoding != "utf-8":
        notes.append(f"decoded as {encoding}")
    content_hash = sha256(body.encode("utf-8"))  # 5
    language, _ = py3langid.classify(body[:5000])
    return Article(
        id=article_id(content_hash),
        origin=raw.origin,
        title=doc.title,
        published=date.date,
        published_resolution=date.how,
        source=hints.get("source") or doc.outlet,
        original_source=hints.get("original_source") or doc.original_source,
        author=hints.get("author") or doc.author,
        url=hints.get("url") or (raw.origin if raw.origin.startswith("http") else None),
        language=str(language),
        word_count=count_words(body),
        site_word_count=doc.site_word_count,
        text=body,
        content_hash=content_hash,
        raw_hash=sha256(raw.data),
        media_type=raw.media_type,
        notes=tuple(notes),
        stage=STAGE,
    )


__all__ = ["clean"]
