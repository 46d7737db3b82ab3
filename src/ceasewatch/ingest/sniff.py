"""Recognise what a blob of bytes is before anyone tries to read it as text."""

from __future__ import annotations

from pathlib import Path

from ceasewatch.chatexport import KIND as CHAT_KIND
from ceasewatch.subtitles import SUFFIXES as SUBTITLE_SUFFIXES
from ceasewatch.subtitles import sniff as sniff_subtitles

# Magic numbers of the binary formats people most often point a news tool at by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
)
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# an incident log exported from a spreadsheet: read as one report by clean/sheet.py
_SHEET_SUFFIXES = {".csv": "text/csv", ".tsv": "text/tab-separated-values"}
# a chat app's export (Telegram Desktop's result.json): checked by ceasewatch/chatexport.py,
# read as one report by clean/telegram.py
_CHAT_SUFFIXES = {".json"}
# declared types of subtitles (IANA's text/vtt; SubRip has no registered type)
_SUBTITLE_TYPES = {
    "text/vtt": SUBTITLE_SUFFIXES[".vtt"],
    "application/x-subrip": SUBTITLE_SUFFIXES[".srt"],
    "text/srt": SUBTITLE_SUFFIXES[".srt"],
}
INGESTIBLE_SUFFIXES = (
    _TEXT_SUFFIXES
    | _HTML_SUFFIXES
    | _FEED_SUFFIXES
    | _JSONL_SUFFIXES
    | set(_SHEET_SUFFIXES)
    | _CHAT_SUFFIXES
    | set(SUBTITLE_SUFFIXES)  # a video's subtitles (.srt, .vtt): ceasewatch/subtitles.py
)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is text
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def media_type(data: bytes, *, name: str = "", declared: str = "") -> str:
    """One of text/plain, text/html, application/feed, application/jsonl, text/csv or
    text/tab-separated-values (a spreadsheet's export, by its suffix or declared type), or
    ``chatexport.KIND`` (a ``.json`` file or declared JSON: a chat app's export), or a
    subtitle kind (``subtitles.SRT_KIND``/``VTT_KIND``: a ``.srt``/``.vtt`` file, a declared
    ``text/vtt``/``application/x-subrip``, or a text with no known suffix that opens with
    "WEBVTT" or a SubRip cue)."""
    suffix = Path(name.split("?")[0]).suffix.lower()
    declared = declared.split(";")[0].strip().lower()
    head = data[:2048].lstrip().lower()
    if suffix in _JSONL_SUFFIXES or declared in {"application/x-ndjson", "application/jsonl"}:
        return "application/jsonl"
    if _looks_like_feed(head) or declared in {"application/rss+xml", "application/atom+xml"}:
        return "application/feed"
    if suffix in _HTML_SUFFIXES or declared in {"text/html", "application/xhtml+xml"}:
        return "text/html"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    if suffix in _FEED_SUFFIXES and head.startswith(b"<"):
        return "application/feed"
    if suffix in _SHEET_SUFFIXES:
        return _SHEET_SUFFIXES[suffix]
    if suffix in SUBTITLE_SUFFIXES:
        return SUBTITLE_SUFFIXES[suffix]
    if declared in _SUBTITLE_TYPES:
        return _SUBTITLE_TYPES[declared]
    if suffix not in INGESTIBLE_SUFFIXES and (found := sniff_subtitles(data[:2048])) is not None:
        return found  # an unnamed text (a URL, a paste, a file with no known suffix)
    if suffix in _CHAT_SUFFIXES or declared == "application/json":
        return CHAT_KIND
    if declared in _SHEET_SUFFIXES.values():
        return declared
    return "text/plain"


def _looks_like_feed(head: bytes) -> bool:
    return b"<rss" in head or (b"<feed" in head and b"atom" in head) or b"<rdf:rdf" in head
