"""A Telegram Desktop chat export (``result.json``) read and checked (session 26, telegram26).

Telegram Desktop's "Export chat history" in JSON writes one object for the chat: ``name``,
``type`` (``public_channel``, ``private_group``...), ``id`` and ``messages``, a list of objects
with ``id``, ``type`` (``message`` or ``service``), ``date`` (the exporter's local time,
ISO ``2024-05-12T23:12:40``), ``from``, ``text`` (a string, or a list of strings and entity
objects ``{"type": "bold" | "hashtag" | "link" | "text_link" | ..., "text": ...}``),
``text_entities`` (the same as typed pieces), ``forwarded_from``, ``reply_to_message_id``,
``edited``, ``photo``/``file``/``media_type`` for media. Its whole-account form ("Export
Telegram data") puts such chats under ``chats.list``.

Ingest checks a ``.json`` file with ``read_export`` (a file that is no such export fails alone,
naming the problem); clean asks for it again and writes its messages as report text
(``clean/telegram.py``). The file is parsed once: the last text read and its ``Export`` are kept
(``_read``), and clean, which decodes the same text right after ingest, takes that ``Export``; a
text that differs by a character (clean's decoding drops a C1 control character) is parsed
again. Source of the format: Telegram Desktop's export writer (tdesktop
``export_output_json.cpp``), as its exports are seen.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ceasewatch.errors import InputError

KIND = "application/x-telegram-export"  # the media type ingest gives a chat export

# Entity types whose text is no words of the message: raw addresses and commands.
_NO_WORDS = frozenset({"link", "email", "phone", "bot_command", "bank_card", "custom_emoji"})


@dataclass(frozen=True)
class Piece:
    """One piece of a message's text: plain words or an entity (its ``kind``)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Message:
    """One message as the export holds it."""

    id: int | None
    service: bool
    date: dt.datetime | None
    pieces: tuple[Piece, ...]
    forwarded_from: str | None = None
    reply_to: int | None = None
    media: str | None = None  # photo, video_file, sticker, ... (the post's media, if any)

    @property
    def plain(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class Export:
    """A chat's export: its name and kind, and its messages in the file's order."""

    name: str | None
    kind: str | None
    messages: tuple[Message, ...]
    skipped: int = 0  # messages dropped as unreadable (no object, no date)


def _problem(origin: str, what: str) -> InputError:
    return InputError(origin, f"not a Telegram Desktop chat export (result.json): {what}")


class _NotAnExport(Exception):
    """What is wrong with a text, before ``read_export`` names its origin."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def read_export(origin: str, data: bytes | str) -> Export:
    """The export in ``data``, or an ``InputError`` naming what is wrong with it."""
    try:
        raw = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise _problem(origin, f"not UTF-8 text (bad byte at offset {exc.start})") from exc
    try:
        return _read(raw)
    except _NotAnExport as exc:
        raise _problem(origin, exc.what) from exc.__cause__


# One text: ingest checks an item and clean reads it before the next item is ingested (the
# pipeline, the evaluation harness and the server's jobs go item by item). An ``Export`` is
# frozen, so ingest's and clean's may be the same object.
@lru_cache(maxsize=1)
def _read(raw: str) -> Export:
    """The export in ``raw``; ``_NotAnExport`` saying what is wrong with it (not cached)."""
    try:
        doc: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        ends = raw.rstrip()
        cut = exc.pos >= len(ends) or not ends.endswith(("}", "]"))
        why = "the file ends before the JSON does (truncated?)" if cut else "malformed JSON"
        where = f"line {exc.lineno}, column {exc.colno}"
        raise _NotAnExport(f"{why}: {exc.msg} ({where})") from exc
    except RecursionError as exc:
        raise _NotAnExport("JSON nested too deeply to read") from exc
    if isinstance(doc, dict) and "messages" not in doc and isinstance(doc.get("chats"), dict):
        chats = doc["chats"].get("list")
        if isinstance(chats, list) and len(chats) == 1 and isinstance(chats[0], dict):
            doc = chats[0]  # a whole-account export holding one chat
        elif isinstance(chats, list):
            raise _NotAnExport(
                f"a whole-account export with {len(chats)} chats; export one chat's history"
                " (or split chats.list into one file a chat)",
            )
    if not isinstance(doc, dict):
        raise _NotAnExport(f"the top level is a JSON {type(doc).__name__}, not an object")
    messages = doc.get("messages")
    if not isinstance(messages, list):
        keys = ", ".join(sorted(map(str, doc))[:6]) or "none"
        raise _NotAnExport(f"no 'messages' list at the top level (keys: {keys})")
    read = [_message(m) for m in messages]
    kept = tuple(m for m in read if m is not None)
    if not any(m.plain.strip() for m in kept if not m.service):
        raise _NotAnExport(f"none of its {len(messages)} message(s) holds text")
    name = doc.get("name")
    kind = doc.get("type")
    return Export(
        name=name if isinstance(name, str) and name.strip() else None,
        kind=kind if isinstance(kind, str) else None,
        messages=kept,
        skipped=len(read) - len(kept),
    )


def _message(m: Any) -> Message | None:
    if not isinstance(m, dict):
        return None
    date = _date(m.get("date"))
    if date is None:
        return None
    ident = m.get("id")
    forwarded = m.get("forwarded_from")
    reply = m.get("reply_to_message_id")
    media = m.get("media_type") or ("photo" if m.get("photo") else None)
    if media is None and m.get("file"):
        media = "file"
    return Message(
        id=ident if isinstance(ident, int) else None,
        service=m.get("type") == "service",
        date=date,
        pieces=_pieces(m.get("text")),
        forwarded_from=forwarded if isinstance(forwarded, str) and forwarded.strip() else None,
        reply_to=reply if isinstance(reply, int) else None,
        media=media if isinstance(media, str) else None,
    )


def _date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _pieces(text: Any) -> tuple[Piece, ...]:
    """A message's ``text``: a string, or a list of strings and entity objects."""
    if isinstance(text, str):
        return (Piece("plain", text),) if text else ()
    if not isinstance(text, list):
        return ()
    out = []
    for part in text:
        if isinstance(part, str):
            out.append(Piece("plain", part))
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            kind = part.get("type")
            out.append(Piece(kind if isinstance(kind, str) else "plain", part["text"]))
    return tuple(p for p in out if p.text)


def no_words(piece: Piece) -> bool:
    """An entity whose text is an address or a command, not words of the message."""
    return piece.kind in _NO_WORDS


__all__ = ["KIND", "Export", "Message", "Piece", "no_words", "read_export"]
