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
- a bilingual post's other language goes when the post says it in English too: the parts of a
  line around " / " ("Повітряна тривога / Air-raid alert in ...", "Balacera en la colonia ... /
  Shootout in ..."), and the lines of a message, that py3langid reads as another language (three
  words or more, of about the English part's length: a translation) or that are written in
  another script, when another part or line of it reads as English (a place tag opening the
  part that goes stays: "Tillabéri: une embuscade ... / Ambush near ..." -> "Tillabéri: Ambush
  near ..."). A post in one language only is left as written;
- hashtags and mentions opening or closing the message go, inside a sentence they keep their
  word ("#Kharkiv" -> "Kharkiv"); the first such hashtag naming a big city opens the post as
  its town tag ("... Details later. #Kharkiv" -> "Kharkiv: ... Details later."), as a thread's
  "Sanandaj: ..." (extract/places.py ``_thread_tag``), unless the post opens on a tag already
  or on "Update", "Correction" or "Rumour" (extract/posts.py reads those after the clock);
  emoji go and an urgency label opening the message ("BREAKING:", words of
  ``clean/data/posts.yaml``) goes, as in a channel's saved posts (clean/posts.py).

Offsets: ``Article.text`` is this text; ``Article.messages`` records for each written message its
paragraphs' span, where its own words start and its export ``id``, so an evidence span maps back
to the message that holds it. The document's date is its last message's day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import py3langid

from ceasewatch.chatexport import Export, Message, Piece, no_words, read_export
from ceasewatch.clean.posts import EMOJI, posts
from ceasewatch.daynames import MONTH_NAMES
from ceasewatch.model import THREAD_NOTE

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


# Words that open an update, a correction or a rumour post, which extract reads after the clock
# (extract/posts.py): a town tag is not put before them.
_POST_WORD = re.compile(r"(?:update[sd]?|correction|clarification|rumou?rs?)\b", re.I)


def place_hashtag(message: Message) -> str | None:
    """The first hashtag opening or closing ``message`` that names a big city ("#Kharkiv"):
    a channel's tag for the post's town (``knowledge/world.py`` ``big_cities``)."""
    from ceasewatch.knowledge.world import big_cities, plain_key

    for index, piece in enumerate(message.pieces):
        if piece.kind == "hashtag" and _edge_tag(message.pieces, index):
            name = piece.text.lstrip("#").replace("_", " ").strip()
            if name[:1].isupper() and plain_key(name) in big_cities():
                return name
    return None


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


_BILINGUAL = re.compile(r"\s+/\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")


# py3langid reads short English as Nigerian Pidgin ("Heavy rain forecast for Niamey." -> pcm)
_ENGLISH = frozenset({"en", "pcm"})
_LATIN = re.compile(r"[A-Za-z]")


def _language(text: str) -> str | None:
    """ "en" for English, "other" for another language (three words or more that py3langid
    reads otherwise, or words in a script without Latin letters), None when too short to tell."""
    words = len(_WORD.findall(text))
    if words and not _LATIN.search(text):
        return "other"
    if words < 2:
        return None
    read = str(py3langid.classify(text)[0])
    if read in _ENGLISH:
        return "en"
    return "other" if words >= 3 else None


def _english(parts: list[str]) -> list[str] | None:
    """The ``parts`` that are not another language, when some read as English and others as
    another language: in another script, or of about the English part's length (a translation:
    0.4 to 2.5 times)."""
    read = [_language(p) for p in parts]
    english = [len(p) for p, r in zip(parts, read, strict=True) if r == "en"]

    def translated(part: str, reading: str | None) -> bool:
        if reading != "other":
            return False
        return not _LATIN.search(part) or any(0.4 <= len(part) / n <= 2.5 for n in english)

    drop = [translated(p, r) for p, r in zip(parts, read, strict=True)]
    if not any(drop):
        return None
    return [p for p, d in zip(parts, drop, strict=True) if not d]


# A post's place tag ("Tillabéri: une embuscade ... / Ambush near ..."): one to three words, the
# first capitalised, before a colon opening the part; kept when its part goes.
_TAG = re.compile(r"^(?:[^\W\d_][\w'’.-]*)(?:\s+[\w'’.-]+){0,2}:\s")


def _with_tag(parts: list[str], kept: list[str]) -> list[str]:
    """``kept``, opened by the place tag of the first part when that part went."""
    tag = _TAG.match(parts[0])
    if tag is None or not parts[0][0].isupper() or not kept or kept[0] is parts[0]:
        return kept
    if _TAG.match(kept[0]):
        return kept
    return [tag.group(0) + kept[0], *kept[1:]]


def english_side(words: str) -> tuple[str, int]:
    """A message's words with the other language of a bilingual post left out (see the module's
    docstring), and how many parts and lines went."""
    gone = 0
    lines = []
    for line in words.splitlines():
        parts = _BILINGUAL.split(line)
        kept = _english(parts) if len(parts) > 1 else None
        if kept is not None:
            gone += len(parts) - len(kept)
            line = " ".join(_with_tag(parts, kept))
        lines.append(line)
    kept = _english(lines) if len(lines) > 1 else None
    if kept is not None:
        gone += len(lines) - len(kept)
        lines = kept
    return "\n".join(lines), gone


def read_chat(origin: str, data: str) -> ChatText:
    """The export in ``data`` as report text; ``InputError`` when it is none."""
    return written(read_export(origin, data))


def written(export: Export) -> ChatText:
    label = posts().label
    chat = ChatText(title=export.name, published=None)
    service = media = forwards = replies = translated = tagged = 0
    for message in export.messages:
        if message.service:
            service += 1
            continue
        words, gone = english_side(words_of(message))
        translated += gone > 0
        first, _, rest = words.partition("\n")
        first = label.sub("", first, count=1).strip()
        if not first and rest:
            first, _, rest = rest.partition("\n")
        if not first:
            media += 1
            continue
        town = place_hashtag(message)
        if town is not None and not _TAG.match(first) and not _POST_WORD.match(first):
            first = f"{town}: {first}"  # the channel's town tag, as a thread's "Town: ..."
            tagged += 1
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
        f"{THREAD_NOTE}: a Telegram Desktop export ({kind}), {len(chat.written)}"
        f" message(s) written as dated entries ({forwards} forwarded, {replies} replies, the other"
        f" language of {translated} bilingual post(s) left out, {tagged} town hashtag(s) made the"
        f" post's tag);"
        f" {service} service message(s) and {media} media-only post(s) left out"
        + (f"; {export.skipped} unreadable message(s) skipped" if export.skipped else "")
    )
    return chat


__all__ = ["ChatText", "Written", "english_side", "read_chat", "stamp", "words_of", "written"]
