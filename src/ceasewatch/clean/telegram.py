"""A Telegram Desktop chat export (``result.json``) written as report text (session 26).

**One document per export**, its messages the paragraphs, as a chat saved as text
(clean/thread.py) and a spreadsheet's log (clean/sheet.py): a channel's day is one report whose
posts update one another ("Update on the night strike: ..."), which the later stages' merging
and continuation read within a document, and the user's file is one input.

Each message with words is written as a dated entry, the form clean/thread.py writes and extract
reads as a post of that day (``extract/dates.py`` ``opens_entry``): "12 May 2024, 23:12 - <its
words>" from the message's own ``date`` (the exporter's local time), so every message is dated by
its stamp and a weekday or "last night" in one never dates the next. A further line of the
message is a paragraph of its own under it. A forward opens "Forwarded from <channel>: " (extract
reads the channel as no place). Its words are the export's pieces as written, except:

- service messages (pins, joins, calls) and media-only posts (a photo or video with no caption)
  give no paragraph; a caption is the message's words;
- entities that are no words (raw links, e-mail addresses, phone numbers, bot commands, custom
  emoji) go; a struck-out piece (``strikethrough``) goes: the channel struck it out (a toll
  corrected in place);
- hashtags and mentions opening or closing the message go, inside a sentence they keep their
  word ("#Kharkiv" -> "Kharkiv"); emoji go and an urgency label opening the message ("BREAKING:",
  words of ``clean/data/posts.yaml``) goes, as in a channel's saved posts (clean/posts.py).

Offsets: ``Article.text`` is this text; ``Article.messages`` records for each written message its
paragraphs' span, where its own words start and its export ``id``, so an evidence span maps back
to the message that holds it. The document's date is its last message's day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ceasewatch.chatexport import Export, Message, Piece, no_words, read_export
from ceasewatch.clean.posts import EMOJI, posts
from ceasewatch.daynames import MONTH_NAMES

_TAGS = frozenset({"hashtag", "mention", "cashtag"})
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_MONTH = {n: names[0].capitalize() for n, names in MONTH_NAMES.items()}


@dataclass
class Written:
    """One message as written: its paragraphs (the first opens with ``head``)."""

    message: Message
    head: str
    paragraphs: list[str]


@dataclass
class ChatText:
    """What clean takes from an export: the paragraphs, per message, and the notes."""

    title: str | None
    published: dt.date | None
    written: list[Written] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for w in self.written for p in w.paragraphs]


def stamp(when: dt.datetime) -> str:
    """A message's date as a dated entry's head: "12 May 2024, 23:12"."""
    return f"{when.day} {_MONTH[when.month]} {when.year}, {when.hour:02d}:{when.minute:02d}"


def _edge_tag(pieces: tuple[Piece, ...], index: int) -> bool:
    """The tag at ``index`` has only tags, emoji and blanks between it and the message's start
    or end."""

    def empty(p: Piece) -> bool:
        return p.kind in _TAGS or no_words(p) or not EMOJI.sub("", p.text).strip(" \t\n.,;|·-")

    return all(empty(p) for p in pieces[:index]) or all(empty(p) for p in pieces[index + 1 :])


def words_of(message: Message) -> str:
    """The message's words (see the module's docstring), lines kept, emoji out."""
    out = []
    for index, piece in enumerate(message.pieces):
        if no_words(piece) or piece.kind == "strikethrough":
            continue
        text = piece.text
        if piece.kind in _TAGS:
            if _edge_tag(message.pieces, index):
                continue
            text = text.lstrip("#@$")
        out.append(text)
    lines = (_SPACES.sub(" ", EMOJI.sub(" ", line)).strip() for line in "".join(out).splitlines())
    return "\n".join(line for line in lines if line)


def read_chat(origin: str, data: str) -> ChatText:
    """The export in ``data`` as report text; ``InputError`` when it is none."""
    return written(read_export(origin, data))


def written(export: Export) -> ChatText:
    label = posts().label
    chat = ChatText(title=export.name, published=None)
    service = media = forwards = replies = 0
    for message in export.messages:
        if message.service:
            service += 1
            continue
        words = words_of(message)
        first, _, rest = words.partition("\n")
        first = label.sub("", first, count=1).strip()
        if not first and rest:
            first, _, rest = rest.partition("\n")
        if not first:
            media += 1
            continue
        assert message.date is not None  # read_export keeps dated messages only
        head = f"{stamp(message.date)} - "
        if message.forwarded_from:
            forwards += 1
            head += f"Forwarded from {' '.join(message.forwarded_from.split())}: "
        replies += message.reply_to is not None
        chat.written.append(Written(message, head, [head + first, *rest.splitlines()]))
    days = [w.message.date.date() for w in chat.written if w.message.date is not None]
    chat.published = max(days) if days else None
    kind = export.kind or "chat"
    chat.notes.append(
        f"read as a thread or chat export: a Telegram Desktop export ({kind}), {len(chat.written)}"
        f" message(s) written as dated entries ({forwards} forwarded, {replies} replies);"
        f" {service} service message(s) and {media} media-only post(s) left out"
        + (f"; {export.skipped} unreadable message(s) skipped" if export.skipped else "")
    )
    return chat


__all__ = ["ChatText", "Written", "read_chat", "stamp", "words_of", "written"]
