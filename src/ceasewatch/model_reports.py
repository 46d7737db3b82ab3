"""Reports as ingest acquires them and clean archives them, and the inputs that failed
(re-exported by ``ceasewatch.model``)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ceasewatch.model_base import Model

# The openings of the notes clean writes on ``Article.notes`` when it reads a text as one of the
# forms later stages treat apart: extract reads the form from them (a stage reads the archived
# article, never clean's code).
THREAD_NOTE = "read as a thread or chat export"  # clean/thread.py, clean/telegram.py
DESK_NOTE = "read as a security desk's document"  # clean/desk.py
STATEMENT_NOTE = "read as an official statement"  # clean/statement.py
LIVE_NOTE = "read as a live page"  # clean/liveblog.py


class RawDocument(Model):
    """What the ingest stage acquired, before any cleaning: bytes plus hints from the container.

    ``hints`` carry metadata the container itself provided (a JSONL line's ``title``, a feed
    entry's ``published``); the clean stage prefers them over guesses from the text.
    """

    origin: str  # path, URL, or "path#line" / "feed-url#entry-id"
    data: bytes
    media_type: str  # "text/plain", "text/html", "application/json"...
    fetched_at: dt.datetime
    hints: dict[str, str] = Field(default_factory=dict)


class SheetRow(Model):
    """One incident row of a spreadsheet's log (clean/sheet.py): where its paragraph lies in
    ``Article.text`` and the desk's cells the paragraph does not write (the killed count, the
    perpetrator and the target as the desk wrote them). Extract opens a new incident at
    ``start`` and takes the desk's toll where the row's words give none."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    words: int = Field(default=0, ge=0)  # where the row's own words start, after its head
    # (the date and place cells clean wrote: "11 March 2024 | Bandiagara, Mopti: ")
    killed: int | None = Field(default=None, ge=0)
    perpetrator: str | None = None
    target: str | None = None


class ChatMessage(Model):
    """One message of a chat export (clean/telegram.py) and where clean wrote it in
    ``Article.text``: its paragraph(s) run from ``start`` to ``end``, its own words from
    ``words`` (after the dated head clean wrote, "12 May 2024, 23:12 - "). ``id`` is the
    message's id in the export, so an evidence span maps back to the message that holds it."""

    id: int | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    words: int = Field(default=0, ge=0)
    date: dt.datetime | None = None  # the message's own date (the exporter's local time)
    forwarded_from: str | None = None
    reply_to: int | None = None


class SubtitleCue(Model):
    """One cue of a video's subtitles (clean/subtitles.py) and where clean wrote its words in
    ``Article.text`` (``start``..``end``): its position in the file (``index``, from 1), its
    SubRip number or WebVTT identifier, its timing in milliseconds, the file line its text
    starts on, its speaker (a label or voice tag, kept out of the text) and whether the words
    are an on-screen caption. An evidence span maps back to the cue, and so to the file."""

    index: int = Field(ge=1)
    ident: str | None = None
    begins: int = Field(ge=0)
    ends: int = Field(ge=0)
    line: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = None
    caption: bool = False


class Article(Model):
    """A cleaned report, as archived and as every later stage reads it."""

    id: str  # stable: derived from the content hash of the cleaned text
    origin: str
    title: str | None = None
    published: dt.date | None = None
    published_resolution: str | None = None  # how the date was read, e.g. "dd-mm from dateline"
    source: str | None = None  # the outlet that published this copy
    original_source: str | None = None  # the outlet it credits as the origin
    author: str | None = None
    url: str | None = None
    language: str | None = None
    word_count: int = 0  # our own count over ``text``
    site_word_count: int | None = None  # the count the page printed, when it printed one
    text: str
    content_hash: str  # sha256 of the cleaned text, hex
    raw_hash: str  # sha256 of the raw bytes, hex
    media_type: str = "text/plain"
    notes: tuple[str, ...] = ()  # what cleaning removed or decided, for the audit trail
    # Where the body's dateline ("KHARTOUM, May 23, 2023 -") ends in ``text`` (clean reads it):
    # metadata, not report, so extraction never takes its city for an actor, a claimant or an
    # event's place.
    dateline_end: int | None = None
    # A spreadsheet log's incident rows, in order (empty for any other input).
    rows: tuple[SheetRow, ...] = ()
    # A chat export's messages, in order (empty for any other input): where each one lies.
    messages: tuple[ChatMessage, ...] = ()
    # A video's subtitle cues, in order (empty for any other input): where each one's words lie.
    cues: tuple[SubtitleCue, ...] = ()
    # Syndicated copies share a story: the id of the first archived copy (set by the archive).
    story_id: str | None = None
    stage: str = "clean.v15"


class IngestFailure(Model):
    """One input that could not be taken in, and why. Stored, never silently dropped."""

    origin: str
    reason: str
    at: dt.datetime
