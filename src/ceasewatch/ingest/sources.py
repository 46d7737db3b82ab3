"""Turn one user-given source (file, folder, URL, feed, JSONL) into raw documents.

Each function yields ``RawDocument`` for what it could take and raises ``InputError`` for what
it could not; ``ingest`` turns those errors into ``IngestFailure`` records so the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import feedparser

from ceasewatch import net
from ceasewatch.errors import InputError
from ceasewatch.ingest.sniff import INGESTIBLE_SUFFIXES, binary_kind, media_type
from ceasewatch.model import RawDocument
from ceasewatch.settings import setting


class Pending(Protocol):
    """An item known to exist (a JSONL line, a feed entry) whose loading may still fail on its
    own: ``ingest`` loads it, so one bad line or entry never stops its file or feed."""

    origin: str

    def load(self) -> RawDocument: ...


Item = RawDocument | Pending


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def checked(origin: str, data: bytes) -> bytes:
    if not data.strip():
        raise InputError(origin, "empty input (no bytes, or only whitespace)")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(origin, f"binary input ({kind}), not a text, HTML, feed or JSONL file")
    return data


def from_file(path: Path, *, max_bytes: int | None = None) -> Iterator[Item]:
    origin = str(path)
    max_bytes = int(setting("ingest.max_file_bytes")) if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(origin, f"file too large: {size} bytes, cap is {max_bytes}")
        data = checked(origin, path.read_bytes())
    except OSError as exc:
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from exc
    yield from from_bytes(origin, data, name=path.name)


def from_bytes(
    origin: str,
    data: bytes,
    *,
    name: str = "",
    declared: str = "",
    hints: dict[str, str] | None = None,
) -> Iterator[Item]:
    """Dispatch bytes by what they are: JSONL lines, feed entries, or one document."""
    kind = media_type(data, name=name, declared=declared)
    if kind == "application/jsonl":
        yield from from_jsonl(origin, data)
    elif kind == "application/feed":
        yield from from_feed(origin, data)
    else:
        yield RawDocument(
            origin=origin, data=data, media_type=kind, fetched_at=now(), hints=hints or {}
        )


def from_directory(path: Path) -> Iterator[Path]:
    """Every ingestible file below ``path``, in a stable order; hidden files skipped."""
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.is_file() and child.suffix.lower() in INGESTIBLE_SUFFIXES:
            yield child


def from_url(url: str) -> Iterator[Item]:
    fetched = net.fetch(url)
    data = checked(url, fetched.data)
    yield from from_bytes(
        url, data, name=fetched.url, declared=fetched.content_type, hints={"url": fetched.url}
    )


# --- JSONL -----------------------------------------------------------------------------------

_JSONL_FIELDS = ("title", "published", "source", "url", "author", "original_source")


def jsonl_line(origin: str, line: str) -> RawDocument:
    """One JSONL line -> a raw text document (``text`` required; PRODUCT.md "Contracts")."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(origin, "a JSONL line must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "missing or empty 'text' field")
    hints = {k: str(record[k]) for k in _JSONL_FIELDS if record.get(k) not in (None, "")}
    if "published" in hints:
        try:
            dt.date.fromisoformat(hints["published"][:10])
        except ValueError as exc:
            raise InputError(
                origin, f"'published' must be YYYY-MM-DD, got {hints['published']!r}"
            ) from exc
    kind = "text/html" if text.lstrip().startswith("<") else "text/plain"
    return RawDocument(
        origin=origin, data=text.encode("utf-8"), media_type=kind, fetched_at=now(), hints=hints
    )


def from_jsonl(origin: str, data: bytes) -> Iterator[Item]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"JSONL must be UTF-8 (bad byte at offset {exc.start})") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _LazyLine(f"{origin}#L{number}", line)


class _LazyLine:
    """A JSONL line, parsed on ``load``."""

    def __init__(self, origin: str, line: str) -> None:
        self.origin = origin
        self.line = line

    def load(self) -> RawDocument:
        return jsonl_line(self.origin, self.line)


# --- feeds -----------------------------------------------------------------------------------


def from_feed(origin: str, data: bytes) -> Iterator[Item]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(origin, f"not a readable RSS/Atom feed ({parsed.bozo_exception})")
    feed_title = str(parsed.feed.get("title", "")) or None
    if not parsed.entries:
        raise InputError(origin, "feed has no entries")
    for index, entry in enumerate(parsed.entries):
        yield _LazyEntry(origin, index, entry, feed_title)


class _LazyEntry:
    """A feed entry, taken from its own content or, for a teaser, fetched on ``load``."""

    def __init__(self, feed: str, index: int, entry: Any, feed_title: str | None) -> None:
        self.entry = entry
        self.feed_title = feed_title
        link = str(entry.get("link", "") or "")
        # Atom ids such as "urn:uuid:..." are identifiers, not pages we could fetch.
        self.link = link if link.startswith(("http://", "https://")) else ""
        self.origin = self.link or f"{feed}#{entry.get('id') or f'entry{index + 1}'}"

    def hints(self) -> dict[str, str]:
        hints = {"url": self.link, "title": str(self.entry.get("title", ""))}
        stamp = self.entry.get("published_parsed") or self.entry.get("updated_parsed")
        if stamp:
            hints["published"] = time.strftime("%Y-%m-%d", stamp)
        if self.feed_title:
            hints["source"] = self.feed_title
        if self.entry.get("author"):
            hints["author"] = str(self.entry["author"])
        return {k: v for k, v in hints.items() if v}

    def own_content(self) -> str:
        contents = self.entry.get("content") or []
        body = str(contents[0].get("value", "")) if contents else ""
        return body or str(self.entry.get("summary", "") or "")

    def load(self) -> RawDocument:
        body = self.own_content()
        if len(body.split()) >= setting("ingest.min_feed_content_words") or not self.link:
            if not body.strip():
                raise InputError(self.origin, "feed entry has neither content nor a link")
            return RawDocument(
                origin=self.origin,
                data=body.encode("utf-8"),
                media_type="text/html",
                fetched_at=now(),
                hints=self.hints(),
            )
        fetched = net.fetch(self.link)
        data = checked(self.link, fetched.data)
        kind = media_type(data, name=fetched.url, declared=fetched.content_type)
        return RawDocument(
            origin=self.origin, data=data, media_type=kind, fetched_at=now(), hints=self.hints()
        )
