"""Turn one user-given source (file, folder, URL, feed, JSONL) into raw documents.

Each function yields ``RawDocument`` for what it could take and raises ``InputError`` for what
it could not; ``ingest`` turns those errors into ``IngestFailure`` records so the batch goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import feedparser

from ceasewatch import net
from ceasewatch.chatexport import KIND as CHAT_KIND
from ceasewatch.chatexport import read_export
from ceasewatch.errors import InputError
from ceasewatch.ingest.sniff import INGESTIBLE_SUFFIXES, binary_kind, media_type
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.settings import setting
from ceasewatch.subtitles import KINDS as SUBTITLE_KINDS
from ceasewatch.subtitles import read_subtitles


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


# Bytes read before deciding what a file is: the binary check and the type sniffing look at no
# more than this.
HEAD_BYTES = 8192


def from_file(
    path: Path, *, max_bytes: int | None = None, nofollow: bool = False
) -> Iterator[Item]:
    """One file the user named (a symlink is followed) or found in a folder (``nofollow``: a
    symlink swapped in after the folder was listed is refused, not read).

    A JSONL file is streamed line by line, whatever its size (memory stays flat; a line over
    the cap fails alone); any other file is read whole, so it must be under the cap."""
    origin = str(path)
    max_bytes = int(setting("ingest.max_file_bytes")) if max_bytes is None else max_bytes
    flags = os.O_RDONLY | (getattr(os, "O_NOFOLLOW", 0) if nofollow else 0)
    with _reading(origin, nofollow):
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
        handle = os.fdopen(fd, "rb")
    with handle:
        with _reading(origin, nofollow):
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(origin, "not a regular file (a device, pipe or socket)")
            head = handle.read(HEAD_BYTES)
        if media_type(head, name=path.name) == "application/jsonl":
            if len(head) < HEAD_BYTES or binary_kind(head) is not None:
                checked(origin, head)  # empty, or binary: refused as a whole
            with _reading(origin, nofollow):
                handle.seek(0)
            yield from stream_jsonl(origin, handle, max_bytes)
            return
        if info.st_size > max_bytes:
            raise InputError(origin, f"file too large: {info.st_size} bytes, cap is {max_bytes}")
        with _reading(origin, nofollow):
            data = head + handle.read(max_bytes + 1 - len(head))
    if len(data) > max_bytes:  # grew after the size check
        raise InputError(origin, f"file too large: over the cap of {max_bytes} bytes")
    yield from from_bytes(origin, checked(origin, data), name=path.name)


@contextlib.contextmanager
def _reading(origin: str, nofollow: bool) -> Iterator[None]:
    """An ``OSError`` while opening or reading as the ``InputError`` naming the file."""
    try:
        yield
    except OSError as exc:
        if nofollow and exc.errno == errno.ELOOP:
            raise InputError(origin, "symbolic link, not followed") from exc
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from exc


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
        yield from stream_jsonl(origin, io.BytesIO(data), len(data))
    elif kind == "application/feed":
        yield from from_feed(origin, data)
    else:
        if kind == CHAT_KIND:  # a chat export: refused here, naming the problem, if it is none
            read_export(origin, data)
        elif kind in SUBTITLE_KINDS:  # subtitles: refused here, naming the problem, if none
            read_subtitles(origin, data, kind)
        yield RawDocument(
            origin=origin,
            data=data,
            media_type=kind,
            fetched_at=now(),
            hints=dated(hints or {}, origin),
        )


def from_directory(root: Path) -> Iterator[Path | IngestFailure]:
    """Every ingestible file below ``root``, in a stable order; hidden entries skipped.

    Symbolic links are never followed: one pointing outside the folder (``/etc/passwd``) or
    nowhere is a failure naming it; one pointing inside is skipped, as its target is found
    under its own name. A folder or entry that cannot be read is a failure, never a silent gap.
    """
    real_root = root.resolve()
    # Depth first with a stack of listings, not recursion: a hostile tree can be thousands of
    # folders deep, past Python's recursion limit.
    stack = [_entries(root, real_root)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, _Folder):
            stack.append(_entries(item.path, real_root))
        else:
            yield item


@dataclass(frozen=True)
class _Folder:
    path: Path


def _entries(folder: Path, real_root: Path) -> Iterator[Path | IngestFailure | _Folder]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield IngestFailure(
            origin=str(folder), reason=f"cannot read folder: {exc.strerror or exc}", at=now()
        )
        return
    for entry in entries:
        child = Path(entry.path)
        try:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                failure = _symlink_failure(child, real_root)
                if failure is not None:
                    yield failure
            elif entry.is_dir(follow_symlinks=False):
                yield _Folder(child)
            elif child.suffix.lower() not in INGESTIBLE_SUFFIXES:
                continue
            elif entry.is_file(follow_symlinks=False):
                yield child
            else:  # a pipe or device named like a report: reading it could block forever
                reason = "not a regular file (a device, pipe or socket)"
                yield IngestFailure(origin=str(child), reason=reason, at=now())
        except OSError as exc:
            yield IngestFailure(
                origin=str(child), reason=f"cannot read entry: {exc.strerror or exc}", at=now()
            )


def _symlink_failure(link: Path, real_root: Path) -> IngestFailure | None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return IngestFailure(
            origin=str(link), reason="symbolic link to nothing (or a loop), not followed", at=now()
        )
    if target.is_relative_to(real_root):
        return None
    return IngestFailure(
        origin=str(link),
        reason=f"symbolic link to {target}, outside the folder: not followed",
        at=now(),
    )


def from_url(url: str) -> Iterator[Item]:
    fetched = net.fetch(url)
    data = checked(url, fetched.data)
    yield from from_bytes(
        url, data, name=fetched.url, declared=fetched.content_type, hints=fetched_hints(fetched)
    )


# --- publication dates given by the container ------------------------------------------------

EARLIEST = dt.date(1900, 1, 1)  # older "news" is a typo or a placeholder such as 0001-01-01


def published_date(origin: str, value: str) -> dt.date:
    """A container's publication date (ISO ``2018-01-11``, ``20180111``, or a timestamp), refused
    with the reason when unreadable or outside 1900-01-01..tomorrow (a date in the future would
    make an agreement "hold as of 9999-12-31")."""
    text = value.strip()
    date = None
    for candidate in (text[:10], text):
        try:
            date = dt.date.fromisoformat(candidate)
            break
        except ValueError:
            with contextlib.suppress(ValueError):
                date = dt.datetime.fromisoformat(candidate).date()
                break
    if date is None:
        raise InputError(origin, f"'published' must be YYYY-MM-DD (or YYYYMMDD), got {value!r}")
    return in_range(origin, date)


def in_range(origin: str, date: dt.date) -> dt.date:
    latest = now().date() + dt.timedelta(days=1)  # tomorrow: time zones ahead of UTC
    if not EARLIEST <= date <= latest:
        raise InputError(
            origin, f"'published' {date.isoformat()} is outside {EARLIEST.isoformat()}..{latest}"
        )
    return date


def dated(hints: dict[str, str], origin: str) -> dict[str, str]:
    """``hints`` without control characters or empty values, ``published`` checked and written
    as YYYY-MM-DD, the one form clean reads."""
    hints = {k: " ".join(_CONTROLS.sub(" ", _unicode(v)).split()) for k, v in hints.items()}
    hints = {k: v for k, v in hints.items() if v}
    if "published" not in hints:
        return hints
    return {**hints, "published": published_date(origin, hints["published"]).isoformat()}


def _unicode(value: str) -> str:
    """``value`` with unpaired surrogates (JSON's "\ud800") replaced: they cannot be stored."""
    return value.encode("utf-8", "replace").decode("utf-8")


def fetched_hints(fetched: net.Fetched) -> dict[str, str]:
    """What a download tells about its document: the final URL and the server's charset."""
    hints = {"url": fetched.url}
    charset = _CHARSET.search(fetched.content_type)
    if charset:
        hints["charset"] = charset.group(1)
    return hints


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


# --- JSONL -----------------------------------------------------------------------------------

_JSONL_FIELDS = ("title", "published", "source", "url", "author", "original_source")


def jsonl_line(origin: str, line: str) -> RawDocument:
    """One JSONL line -> a raw text document (``text`` required; PRODUCT.md "Contracts")."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError(origin, "JSON nested too deeply to read") from exc
    if not isinstance(record, dict):
        raise InputError(origin, "a JSONL line must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "missing or empty 'text' field")
    hints = dated(
        {k: str(record[k]) for k in _JSONL_FIELDS if record.get(k) not in (None, "")}, origin
    )
    kind = "text/html" if text.lstrip().startswith("<") else "text/plain"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # JSON allows "\ud800"; Unicode text does not
        raise InputError(origin, f"'text' holds an unpaired surrogate at {exc.start}") from exc
    return RawDocument(origin=origin, data=data, media_type=kind, fetched_at=now(), hints=hints)


def stream_jsonl(origin: str, handle: BinaryIO, max_line: int) -> Iterator[Item]:
    """One pending item per non-blank line of ``handle``, read line by line: memory holds one
    line at a time, whatever the file's size. A line that is not UTF-8 or is longer than
    ``max_line`` bytes (skipped unread) fails alone, named by its line number."""
    lines = 0
    for number, raw in enumerate(_raw_lines(handle, max_line), start=1):
        where = f"{origin}#L{number}"
        if raw is None:
            lines += 1
            yield _Refused(where, f"line too long: over the cap of {max_line} bytes")
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if raw.strip():
                lines += 1
                yield _Refused(where, f"line is not UTF-8 (bad byte at offset {exc.start})")
            continue
        # Lines end at "\n" only: str.splitlines also splits at U+2028, U+0085 and other
        # characters a JSON string may hold as they are, which would cut one record in two.
        if line.strip():
            lines += 1
            yield _LazyLine(where, line.removesuffix("\n").removesuffix("\r"))
    if not lines:
        raise InputError(origin, "JSONL holds no lines, only whitespace")


def _raw_lines(handle: BinaryIO, max_line: int) -> Iterator[bytes | None]:
    """The lines of ``handle`` as bytes; None for a line over ``max_line`` bytes, whose rest
    is read past in pieces, never held."""
    while line := handle.readline(max_line + 1):
        if len(line) <= max_line or line.endswith(b"\n"):
            yield line if len(line.rstrip(b"\r\n")) <= max_line else None
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


class _Refused:
    """A JSONL line known to be bad before parsing: its ``load`` raises the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason

    def load(self) -> RawDocument:
        raise InputError(self.origin, self.reason)


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


_TAG = re.compile(r"<(?:[a-zA-Z][\w-]*|/[a-zA-Z][\w-]*|!--)[\s>/]")


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
            try:
                day = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError as exc:
                raise InputError(self.origin, f"feed entry date is not a date: {stamp}") from exc
            hints["published"] = in_range(self.origin, day).isoformat()
        if self.feed_title:
            hints["source"] = self.feed_title
        if self.entry.get("author"):
            hints["author"] = str(self.entry["author"])
        return dated(hints, self.origin)

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
                # feeds carry plain-text descriptions as often as HTML ones
                media_type="text/html" if _TAG.search(body) else "text/plain",
                fetched_at=now(),
                hints=self.hints(),
            )
        fetched = net.fetch(self.link)
        data = checked(self.link, fetched.data)
        kind = media_type(data, name=fetched.url, declared=fetched.content_type)
        hints = {**fetched_hints(fetched), **self.hints()}
        return RawDocument(
            origin=self.origin, data=data, media_type=kind, fetched_at=now(), hints=hints
        )
