"""A video's subtitles (SubRip ``.srt``, WebVTT ``.vtt``) written as the spoken text (session 27).

``ceasewatch/subtitles.py`` reads the cues; this module writes what later stages read:

- timings, cue numbers and identifiers, WebVTT's header, NOTE/STYLE/REGION blocks and cue
  settings go (they are no words of the cue); tags (``<v Anchor>``, ``<c.lower>``, ``<i>``,
  ``<b>``, ``<font ...>``, inline timestamps ``<00:00:03.100>``, ``{\\an8}``) go, their words stay;
- a sentence broken across cues is joined (a cue's lines and the next cues are one paragraph
  until a speaker changes or a sentence ends before a caption);
- rolling automatic captions (each cue repeating the previous cue's last line) are read once;
- speaker labels (``ANCHOR:``, ``REPORTER (PIECE TO CAMERA):``, ``- [Mayor, in Spanish]``,
  ``>>``, ``<v Reporter>``) open a new paragraph and are kept apart from the speech: the speaker
  is recorded on the cue (``Article.cues``), not written into the sentence;
- sound tags (``[gunfire]``, ``[MUSIC]``, ``♪``, ``(crowd chanting)``) go; flags of what the
  picture shows (``(ARCHIVE FOOTAGE, NOVEMBER 2022)``, ``(RECONSTRUCTION)``) go from the text
  and are noted;
- on-screen captions and lower thirds (``SUPER: KHERSON, UKRAINE / 6 November 2024``,
  ``[CAPTION: ...]``, ``LOWER THIRD: ...``, ``<c.lower>...</c>``, a shotlist's lines, a line in
  capitals) are kept as what they are: a paragraph of their own, never inside a sentence; the
  first full date a caption prints dates the document (the speech says "today");
- lower-case automatic captions are capitalised letter for letter (``clean/transcript.py``
  ``truecase``, and an actor's acronym, "rsf", in capitals again); closed captions in capitals
  throughout are read in lower case first;
- unpunctuated automatic captions end a sentence (a paragraph) where the captions show a pause:
  a line much shorter than the file's full lines, a cue holding only a sound tag, a silence of
  1.5 s; ">>" inside a line opens a new turn (session 28);
- a clip no caption dates is dated by a full date in its WebVTT header or NOTE blocks, or by a
  day and month with no year when the clip fixes the year (its weekday, a year the clip says or
  its captions print); else its date stays unknown, with the reason noted (session 28);
- the first caption printing a full date heads the text, without its label, as the clip's
  dateline (clean reads its date, geocode its town and country);
- a bulletin's sports segment (up to a return to the news), a weather turn, a turn of
  headlines, an anchor's recap, the narration over archive footage or a reconstruction (up to
  a line about the present) and a reporter's retakes are left out, and noted.

Offsets stay honest: every word written is the cue's own (tags, labels and sound tags are only
removed), and ``SubtitleText.spans`` records for each cue the stretch of the text it wrote with
the file line its text starts on and its timing, so an evidence span maps back to the cue.
Words in ``clean/data/subtitles.yaml``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from ceasewatch import datefrag as df
from ceasewatch.clean.transcript import words as transcript_words
from ceasewatch.daynames import (
    FULL_WEEKDAYS,
    MONTH_NAMES,
    NEEDS_CAPITAL,
    SPOKEN_DAYS,
    alternation,
    phrase_alternation,
)
from ceasewatch.numberwords import CARDINALS, TEENS, UNITS
from ceasewatch.subtitles import Cue, Subtitles

DATA = Path(__file__).with_name("data") / "subtitles.yaml"

NOTE = "read as a video's subtitles"

# WebVTT's voice tag ("<v Anchor>", "<v.loud Reporter>") names the speaker.
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?(?:\s+(?P<name>[^>]*))?>", re.I)
# A class that marks an on-screen caption: "<c.lower>", "<c.caption>", "<c.super>".
_CAPTION_CLASS = re.compile(
    r"<c(?:\.[\w-]+)*\.(?:lower\w*|caption\w*|super\w*|title\w*|chyron)\b", re.I
)
# Every other tag: "<i>", "</c>", "<font color=...>", "<00:00:03.100>", "<lang en>", "{\an8}".
_TAG = re.compile(
    r"</?[a-z][^<>]{0,80}>|<\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3}>|\{\\[^{}]{0,40}\}", re.I
)
# A date a caption prints in full: "6 November 2024", "November 6, 2024", "2024-11-06".
_FULL_DATE = re.compile(
    rf"\b{df.written_date(day_body=df.DAY)}\b"
    rf"|\b(?P<year3>{df.YEAR})-(?P<month3>[01]\d)-(?P<day3>{df.DAY_2})\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_MUSIC = re.compile(r"[♪♫]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Words:
    """The words of ``subtitles.yaml``, compiled."""

    caption_label: re.Pattern[str]
    flag: re.Pattern[str]
    speaker: re.Pattern[str]
    sport: re.Pattern[str]
    weather: re.Pattern[str]
    returns: re.Pattern[str]
    recaps: re.Pattern[str]
    present: re.Pattern[str]
    retakes: re.Pattern[str]


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    captions = phrase_alternation(doc["caption_labels"])
    flags = phrase_alternation(doc["picture_flags"])
    caps = r"[A-Z][A-Z.'’-]*"
    lead = r"^(?:(?:and|now|so|and\s+now|next)\s*,?\s+)?(?:{})\b"
    bracket = r"\([^()\n]{1,50}\)"
    return Words(
        caption_label=re.compile(rf"^(?:{captions})\s*[:|]", re.I),
        flag=re.compile(rf"^(?:{flags})\b", re.I),
        # "ANCHOR:", "REPORTER (PIECE TO CAMERA):", "POLICE COMMANDER:" (capitals, at most
        # five words and a bracket), before the speech
        sport=re.compile(lead.format(phrase_alternation(doc["sport_openers"])), re.I),
        weather=re.compile(lead.format(phrase_alternation(doc["weather_openers"])), re.I),
        returns=re.compile(lead.format(phrase_alternation(doc["returns"])), re.I),
        recaps=re.compile(lead.format(phrase_alternation(doc["recaps"])), re.I),
        retakes=re.compile(
            rf"^(?:(?:ok|okay|sorry|right|so)[,.!]?\s+)*(?:{phrase_alternation(doc['retakes'])})\b",
            re.I,
        ),
        present=re.compile(rf"\b(?:{phrase_alternation(doc['present_words'])})\b", re.I),
        speaker=re.compile(
            rf"^(?P<label>{caps}(?:\s+{caps}){{0,4}}(?:\s+{bracket})?)\s*:(?:\s+|$)"
        ),
    )


@dataclass(frozen=True)
class CueSpan:
    """Where one cue's words stand in the written text (``start``..``end``), and the cue: its
    position in the file, identifier, timing (ms), the file line its text starts on, the
    speaker, and whether the words are an on-screen caption."""

    index: int
    ident: str | None
    begins: int
    ends: int
    line: int
    start: int
    end: int
    speaker: str | None = None
    caption: bool = False


@dataclass
class SubtitleText:
    """The spoken text as paragraphs, each cue's span, the date a caption prints, the notes."""

    paragraphs: list[str]
    spans: list[CueSpan]
    published: dt.date | None = None
    notes: list[str] = field(default_factory=list)
    dateline: bool = False  # the first paragraph is a dated caption written as the dateline
    lowered: bool = False  # captions in capitals, their speech read in lower case


@dataclass
class _Piece:
    text: str
    cue: Cue
    line: int
    speaker: str | None
    caption: bool = False
    flag: bool = False  # a picture flag (archive footage, reconstruction): never written


def _date(text: str) -> dt.date | None:
    for match in _FULL_DATE.finditer(text):
        found = df.read(match)
        if found is not None:
            return found
    return None


def _bare(line: str) -> tuple[str, str | None, bool]:
    """A cue line without its tags: the text, the voice tag's speaker, a caption class."""
    voice = _VOICE.search(line)
    speaker = (voice.group("name") or "").strip() or None if voice else None
    caption = bool(_CAPTION_CLASS.search(line))
    text = html.unescape(_TAG.sub("", line)).replace("\u200e", "").replace("\u200f", "")
    return text.strip(), speaker, caption


def _sound(text: str) -> str | None:
    """The inside of a line that is only a bracketed tag ("[gunfire]", "(RECONSTRUCTION)",
    "♪ [somber music] ♪"), or None."""
    inner = _MUSIC.sub("", text).strip()
    if not inner:
        return ""
    match = re.fullmatch(r"\[([^\[\]]*)\]|\(([^()]*)\)", inner)
    if match is None:
        return None
    return (match.group(1) if match.group(1) is not None else match.group(2)).strip()


def _captionish(inner: str, w: Words) -> bool:
    """A bracket's inside that is an on-screen caption, not a sound: a caption label, a full
    date, or words apart by " / ", " | ", " - " with a capitalised head."""
    if w.caption_label.match(inner) or re.match(r"^[A-Z][\w .'’-]{0,30}:", inner):
        return True
    if _date(inner) is not None:
        return True
    return bool(re.search(r"\s[/|–-]\s", inner)) and inner[:1].isupper()


def _caps_line(text: str) -> bool:
    """A line whose letters outside brackets are capitals (three words or more): a title, a
    shot's description or a lower third, never speech."""
    outside = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)
    letters = [c for c in outside if c.isalpha()]
    return len(outside.split()) >= 3 and len(letters) >= 6 and all(c.isupper() for c in letters)


_INLINE_SOUND = re.compile(
    r"\s*\[[a-z][^\[\]:]{0,40}\]\s*|\s*\((?:[a-z][^()]{0,30})\)\s*(?=[A-Z]|$)"
)


def read_cues(subs: Subtitles) -> SubtitleText:
    """The spoken text of ``subs``: paragraphs (speech turns and captions) and cue spans."""
    w = words()
    pieces: list[_Piece | None] = []  # None: a turn ends here (a speaker's label)
    flags: list[str] = []
    rolled = 0
    sounds = 0
    previous: list[str] = []
    speaker: str | None = None
    shouting = _in_capitals(subs)
    retakes = 0
    quiet: set[int] = set()  # cues that hold only a sound tag ("[music]"): no speech, a pause
    for cue in subs.cues:
        lines = [(*_bare(line.text), line) for line in cue.lines]
        texts = [t for t, _, _, _ in lines if t]
        # rolling captions: a cue opening on the previous cue's last line(s) repeats them; so
        # does a cue made only of them (YouTube's automatic captions write a cue of 10 ms
        # holding the line just completed between two rolling cues)
        skip = next(
            (k for k in range(min(len(texts), len(previous)), 0, -1) if texts[:k] == previous[-k:]),
            0,
        )
        rolled += skip
        previous = texts or previous
        if w.retakes.match(_label(" ".join(texts[skip:]), w)[0]):  # a reporter's retake
            retakes += 1
            continue
        seen = 0
        for text, voice, caption_class, line in lines:
            if not text:
                continue
            seen += 1
            if seen <= skip:
                continue
            if voice:
                if voice != speaker or (pieces and pieces[-1] is not None):
                    pieces.append(None)
                speaker = voice
            sound = _sound(text)
            if sound is not None and not (sound and _captionish(sound, w)):
                if sound and w.flag.match(sound):
                    flags.append(sound)
                    pieces.append(_Piece(sound, cue, line.number, None, flag=True))
                else:
                    sounds += 1
                    quiet.add(cue.index)
                continue
            if sound:  # a bracketed caption: "[CAPTION: SUÁREZ, CAUCA / 3 June 2025]"
                pieces.append(_Piece(sound, cue, line.number, None, caption=True))
                continue
            shown = caption_class or w.caption_label.match(text)
            if shown or (_caps_line(text) and not shouting):
                pieces.append(_Piece(text, cue, line.number, None, caption=True))
                continue
            if re.match(r"^\d{1,2}\.\s+[A-Z]{3,}", text):  # a shotlist's numbered shot
                pieces.append(_Piece(text, cue, line.number, None, caption=True))
                continue
            text, label = _label(text, w)
            if label is not None:
                pieces.append(None)
                speaker = label or speaker
            text = _INLINE_SOUND.sub(" ", _MUSIC.sub(" ", text)).strip()
            if shouting:  # captions in capitals: read as lower-case captions (names recased)
                text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
            # ">>" inside a line: automatic captions mark a new speaker where the line goes on
            for n, said in enumerate(re.split(r"\s*>>\s*", text)):
                if n:
                    pieces.append(None)
                if said:
                    pieces.append(_Piece(said, cue, line.number, speaker))
    pieces, segments = _without_segments(pieces, w)
    pauses = _pauses(pieces, quiet) if _unpunctuated(pieces) else 0
    head = _dateline_caption(pieces, w)
    told = (*subs.header, *subs.notes)  # the file's own header and NOTE blocks (WebVTT)
    published = _date(head.text) if head is not None else None
    how = ""
    for note in told if published is None else ():
        if (published := _date(note)) is not None:
            how = f"clip dated {published}: the date its file's note prints"
            break
    if published is None:  # no full date: a day and month whose year the clip fixes
        captions = [p for p in pieces if p is not None and p.caption]
        texts = [*told, *(p.text for p in captions)]
        speech = " ".join(
            "\n\n" if p is None else p.text for p in pieces if p is None or not p.caption
        )
        published, how = partial_date(texts, speech.split("\n\n"))
        at = _first_day_month(texts)
        if published is not None and at is not None and at >= len(told):
            head = captions[at - len(told)]  # the caption with that day is the dateline
            shown = w.caption_label.match(head.text)
            if shown is not None:
                head.text = head.text[shown.end() :].strip()
    if head is not None:  # the lower third naming place and date heads the text: its dateline
        pieces.remove(head)
        pieces[:0] = [head, None]
    out = _paragraphs(pieces)
    out.published = published
    if how:
        out.notes.append(how)
    out.dateline = head is not None
    out.lowered = shouting
    if segments:
        out.notes.append(
            f"sports or weather segments, headlines, recaps and archive narration left out:"
            f" {segments} turns"
        )
    if flags:
        out.notes.append(f"picture flags left out of the text: {'; '.join(flags)}")
    if retakes:
        out.notes.append(f"{retakes} retake cues left out")
    if shouting:
        out.notes.append("captions in capitals: speech read in lower case")
    if pauses:
        out.notes.append(f"unpunctuated captions: {pauses} sentences ended at the captions' pauses")
    if rolled:
        out.notes.append(f"{rolled} repeated caption lines of rolling captions read once")
    out.notes.insert(
        0,
        f"{NOTE}: {len(subs.cues)} cues ({subs.form}), {sounds} sound tags out, "
        f"{len(out.paragraphs)} paragraphs",
    )
    return out


# A day and month with no year, as a caption prints it or a speaker says it: "Tuesday, 18 June",
# "the 18th of June", "June the eighteenth", "tuesday the eighteenth of june" (automatic
# captions), perhaps after its weekday. Only the full month names: "may" and "march" only
# capitalised (they are words too).
_SPOKEN_DAY = alternation([*SPOKEN_DAYS, *(w.replace("-", " ") for w in SPOKEN_DAYS)])
_DAY_WORD = rf"(?P<{{0}}>[0-3]?\d(?:st|nd|rd|th)?|{_SPOKEN_DAY})"
_MONTH_FULL = "|".join(
    rf"(?-i:{n[0].capitalize()})" if n[0] in NEEDS_CAPITAL else n[0] for n in MONTH_NAMES.values()
)
_WEEKDAY_AT = rf"(?:(?P<wd>{'|'.join(FULL_WEEKDAYS)})\s*,?\s+(?:the\s+)?)?"
_DAY_MONTH = re.compile(
    rf"\b{_WEEKDAY_AT}(?:{_DAY_WORD.format('d1')}\s+(?:of\s+)?(?P<m1>{_MONTH_FULL})"
    rf"|(?P<m2>{_MONTH_FULL})\s+(?:the\s+)?{_DAY_WORD.format('d2')})\b",
    re.I,
)
# A year in figures, or spoken: "twenty twenty-four", "twenty nineteen".
_YEAR_SAID = re.compile(
    rf"\b(?:(?P<fig>(?:19|20)\d\d)|twenty[\s-]+(?:(?P<teen>{'|'.join(TEENS)})"
    rf"|twenty(?:[\s-]+(?P<unit>{'|'.join(UNITS)}))?(?P<twenty>)))\b",
    re.I,
)
_RECENT_YEARS = 5  # a weekday fixes the year of a day and month among the last five years


def _year_said(m: re.Match[str]) -> int:
    if m.group("fig"):
        return int(m.group("fig"))
    if m.group("teen"):
        return 2000 + CARDINALS[m.group("teen").lower()]
    unit = m.group("unit")
    return 2020 + (CARDINALS[unit.lower()] if unit else 0)


def _day_of(word: str) -> int:
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    return SPOKEN_DAYS[re.sub(r"\s+", "-", word.lower())]


def partial_date(
    captions: list[str], paragraphs: list[str], today: dt.date | None = None
) -> tuple[dt.date | None, str]:
    """The clip's day from a day and month with no year (a caption's first, else the speech's
    first; one with a year after it is a full date, no clip's day unless a caption prints it)
    and what fixes its year, and how it was read (or why it was not):

    - its weekday ("Tuesday, the 18th of June"): a year the clip says elsewhere on which that day
      is that weekday, else the one such day in the last five years (a weekday recurs on a day
      and month after five, six or eleven years, so five years hold one at most);
    - no weekday: the one year the clip's captions print ("GAZA | 2024");
    - else the date stays unknown, and the note says so. ("", no date) when there is none."""
    today = today or dt.datetime.now(dt.UTC).date()
    texts = [*captions, *paragraphs]
    at = _first_day_month(texts)
    if at is None:
        return None, ""
    found = _day_month(texts[at])
    assert found is not None
    said = found.group(0)
    month_word = (found.group("m1") or found.group("m2")).lower()
    month_number = next(n for n, names in MONTH_NAMES.items() if names[0] == month_word)
    day = _day_of(found.group("d1") or found.group("d2"))

    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month_number, day)
        except ValueError:
            return None

    if on(2024) is None:  # no such day in any year ("31 June")
        return None, f"{said!r} is no day of the calendar: the clip left undated"
    years = sorted(
        {
            _year_said(m)
            for text in (*captions, *paragraphs)
            for m in _YEAR_SAID.finditer(text)
            if _year_said(m) <= today.year
        }
    )
    weekday = found.group("wd")
    if weekday:
        named = FULL_WEEKDAYS[weekday.lower()]
        fits = [d for y in years if (d := on(y)) and d.weekday() == named and d <= today]
        if len(fits) == 1:
            return fits[0], f"clip dated {fits[0]}: {said!r} and the year the clip says"
        recent = [
            d
            for y in range(today.year - _RECENT_YEARS, today.year + 1)
            if (d := on(y))
            and d.weekday() == named
            and d <= today
            and (today - d).days < _RECENT_YEARS * 365
        ]
        if len(recent) == 1:
            return recent[0], (
                f"clip dated {recent[0]}: {said!r}, the one such day in the last five years"
            )
        return None, f"{said!r}: no year of the last five has that day on that weekday: undated"
    printed = sorted(
        {_year_said(m) for text in captions for m in _YEAR_SAID.finditer(text) if m.group("fig")}
    )
    if len(printed) == 1 and (d := on(printed[0])) is not None and d <= today:
        return d, f"clip dated {d}: {said!r} and the year its captions print"
    return None, f"{said!r} has no year and the clip fixes none: the clip left undated"


def _day_month(text: str) -> re.Match[str] | None:
    """The first day and month with no year after it in ``text``."""
    return next((m for m in _DAY_MONTH.finditer(text) if not _full_after(text, m.end())), None)


def _first_day_month(texts: list[str]) -> int | None:
    """Which of ``texts`` holds the first day and month with no year, or None."""
    return next((i for i, text in enumerate(texts) if _day_month(text) is not None), None)


def _full_after(text: str, at: int) -> bool:
    """A year right after a day and month (", 2024", " twenty twenty-four"): a full date."""
    gap = re.match(r"\s*,?\s*", text[at:])
    return _YEAR_SAID.match(text, at + (gap.end() if gap else 0)) is not None


def _without_segments(pieces: list[_Piece | None], w: Words) -> tuple[list[_Piece | None], int]:
    """``pieces`` without the sports and weather segments (``subtitles.yaml``): a sports turn
    and the turns after it up to one that returns to the news, a weather turn alone."""
    out: list[_Piece | None] = []
    mode = ""  # "sport", "weather", "recap", "headlines", "archive" or ""
    dropped = 0
    opening = True  # the next speech piece opens a turn
    t = transcript_words()
    for piece in pieces:
        if piece is None:
            opening = True
            if mode in ("weather", "recap", "headlines", "archive"):  # these end with the turn
                mode = ""
            out.append(None)
            continue
        if piece.flag:  # what follows in the turn tells what the old pictures show
            if mode in ("", "archive"):
                mode = "archive"
            continue
        if mode == "archive" and not piece.caption and w.present.search(piece.text):
            mode = ""  # the speech is back in the present
        if opening and not piece.caption:
            opening = False
            if w.returns.match(piece.text):
                mode = ""
            elif w.sport.match(piece.text):
                mode, dropped = "sport", dropped + 1
            elif w.weather.match(piece.text):
                mode, dropped = "weather", dropped + 1
            elif w.recaps.match(piece.text) or t.repeats.match(piece.text):
                mode, dropped = "recap", dropped + 1
            elif (head := t.headlines.search(piece.text + " ")) is not None:
                dropped += 1
                mode = "headlines"  # the turn's headlines, from the headline word on
                if head.start() > 0:  # "Good evening. Here are the headlines: ..." keeps the
                    kept = piece.text[: head.start()].rstrip()  # greeting
                    out.append(_Piece(kept, piece.cue, piece.line, piece.speaker))
            elif mode:
                dropped += 1
        if not mode:
            out.append(piece)
    return out, dropped


# A caption line ending on one of these ends inside a sentence, however short it is.
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|that|which|who|is|was|were|are"
    r"|has|have|had|will|would|said|says|say|el|al|de|da|du|la|le|abu|bin|ibn)$",
    re.I,
)
_PAUSE_MS = 1500  # a silence this long between two cues ends a sentence
_SHORT_LINE = 0.75  # a line shorter than this share of the file's full lines ends at a pause


def _unpunctuated(pieces: list[_Piece | None]) -> bool:
    """Automatic captions without punctuation: forty words of speech or more and fewer than one
    sentence end (".", "?", "!") in forty words; a human captioner punctuates every sentence."""
    speech = " ".join(p.text for p in pieces if p is not None and not p.caption)
    count = len(speech.split())
    ends = len(re.findall(r"[.!?…](?=\s|$)", speech))
    return count >= 40 and ends * 40 < count


def _pauses(pieces: list[_Piece | None], quiet: set[int]) -> int:
    """Unpunctuated automatic captions: a sentence ends (a paragraph break, ``None``, is put in
    ``pieces``) where the captions show a pause. A caption writer fills a line up to its width
    and breaks it early where the speaker pauses, so a line much shorter than the file's full
    lines ends a sentence; so does a cue holding only a sound tag ("[music]") or a silence of
    1.5 seconds between two cues. Never after a word that cannot end a sentence ("the", "of",
    "and"). Returns the breaks put in."""
    lengths = sorted(len(p.text) for p in pieces if p is not None and not p.caption)
    if len(lengths) < 4:
        return 0
    full = lengths[(len(lengths) * 3) // 4]  # the file's full line, its upper quartile
    added = 0
    at = 0
    while at < len(pieces) - 1:
        piece, after = pieces[at], pieces[at + 1]
        at += 1
        if piece is None or after is None or piece.caption or after.caption:
            continue
        if _OPEN_END.search(piece.text):
            continue
        short = after.cue.index != piece.cue.index and len(piece.text) < full * _SHORT_LINE
        silent = any(i in quiet for i in range(piece.cue.index + 1, after.cue.index)) or (
            after.cue.begins - piece.cue.ends >= _PAUSE_MS
        )
        if short or silent:
            pieces.insert(at, None)
            at += 1
            added += 1
    return added


def _dateline_caption(pieces: list[_Piece | None], w: Words) -> _Piece | None:
    """The first caption that prints a full date ("SUPER: ERBIL, KURDISTAN REGION / 15
    September 2021", "[ZAHEDAN - Friday 17 February 2023]"), without its label: the clip's
    place and day, as a report's dateline gives them. Clean writes it first, where the
    dateline reader and geocode's filed-from town look; its cue span still names its line."""
    for piece in pieces:
        if piece is not None and piece.caption and _date(piece.text) is not None:
            label = w.caption_label.match(piece.text)
            if label is not None:
                piece.text = piece.text[label.end() :].strip()
            return piece
    return None


def _in_capitals(subs: Subtitles) -> bool:
    """Closed captions written in capitals throughout (six lines in ten or more of those with
    six letters or more): no line in capitals is a caption by its case alone, and the speech
    is read in lower case, as automatic captions are."""
    lines = [_bare(line.text)[0] for cue in subs.cues for line in cue.lines]
    lettered = [t for t in lines if sum(c.isalpha() for c in t) >= 6]
    capital = [t for t in lettered if not any(c.islower() for c in t)]
    return len(lettered) >= 3 and len(capital) * 10 >= len(lettered) * 6


def _label(text: str, w: Words) -> tuple[str, str | None]:
    """The speech of a line and its speaker's label ("" for a bare turn mark "-" or ">>"), or
    None when the line opens no turn."""
    label: str | None = None
    for mark in (">>", "- ", "– "):
        if text.startswith(mark):
            text, label = text[len(mark) :].lstrip(), ""
            break
    bracket = re.match(r"^\[(?P<who>[^\[\]]{1,60})\]\s*", text)
    if bracket and bracket.group("who")[:1].isupper():
        return text[bracket.end() :], bracket.group("who").strip()
    caps = w.speaker.match(text)
    if caps:
        return text[caps.end() :], caps.group("label")
    role = _ROLE_LABEL.match(text)  # "Reporter:", "Police spokesman:", "Anchor (voice-over):"
    if role and set(role.group("label").lower().split()[:3]) & transcript_words().roles:
        return text[role.end() :], role.group("label")
    return text, label


_ROLE_LABEL = re.compile(
    r"^(?P<label>[A-Z][a-z]+(?:\s+[A-Za-z][a-z-]+){0,2}(?:\s+\([^()]{1,40}\))?)\s*:\s+"
)


def _paragraphs(pieces: list[_Piece | None]) -> SubtitleText:
    """Join speech pieces into turns; a caption is a paragraph of its own, written after the
    sentence it interrupts."""
    paragraphs: list[str] = []
    spans: list[CueSpan] = []
    offset = 0  # where the next paragraph starts in "\n\n".join(paragraphs)
    current: list[_Piece] = []
    waiting: list[_Piece] = []

    def emit(group: list[_Piece]) -> None:
        nonlocal offset
        if not group:
            return
        text = ""
        for piece in group:
            start = offset + len(text) + (1 if text else 0)
            text = f"{text} {piece.text}" if text else piece.text
            last = spans[-1] if spans else None
            if last and last.index == piece.cue.index and last.end >= offset:
                spans[-1] = CueSpan(**{**last.__dict__, "end": offset + len(text)})
            else:
                spans.append(
                    CueSpan(
                        index=piece.cue.index,
                        ident=piece.cue.ident,
                        begins=piece.cue.begins,
                        ends=piece.cue.ends,
                        line=piece.line,
                        start=start,
                        end=offset + len(text),
                        speaker=piece.speaker,
                        caption=piece.caption,
                    )
                )
        paragraphs.append(text)
        offset += len(text) + 2

    def close() -> None:
        emit(current)
        current.clear()
        for caption in waiting:
            emit([caption])
        waiting.clear()

    for piece in pieces:
        if piece is None:
            close()
        elif piece.caption:
            if current and not _SENTENCE_END.search(current[-1].text):
                waiting.append(piece)
            else:
                close()
                emit([piece])
        else:
            current.append(piece)
    close()
    return SubtitleText(paragraphs=paragraphs, spans=spans)


def uncased(paragraphs: list[str]) -> bool:
    """Automatic captions in lower case (``clean/transcript.py``'s test)."""
    from ceasewatch.clean.transcript import _uncased

    return _uncased(paragraphs)


def truecased(text: SubtitleText) -> SubtitleText:
    """Lower-case automatic captions with names capitalised letter for letter (offsets kept)."""
    from ceasewatch.clean.transcript import truecase

    if not (text.lowered or uncased(text.paragraphs)):
        return text
    text.paragraphs = [_acronyms(truecase(p)) for p in text.paragraphs]
    text.notes.append("lower-case captions: names capitalised in place")
    return text


@cache
def _actor_acronyms() -> frozenset[str]:
    """The actor base's acronyms (``RSF``, ``PKK``, ``ISWAP``: an alias of three to eight capitals
    and figures) in lower case, but those that are English words too (``subtitles.yaml``)."""
    from ceasewatch.knowledge.actors import load_actors

    doc = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    words_too = {str(w).lower() for w in doc["acronyms_that_are_words"]}
    names = load_actors().names()
    found = {n.lower() for n in names if re.fullmatch(r"[A-Z][A-Z0-9]{2,7}", n)}
    return frozenset(found - words_too)


def _acronyms(line: str) -> str:
    """Speech recognition writes an acronym it heard letter by letter in lower case ("the rsf
    shelled the camp"): an actor's acronym is written in capitals again, letter for letter."""
    known = _actor_acronyms()
    return re.sub(
        r"\b[a-z][a-z0-9]{2,7}\b",
        lambda m: m.group(0).upper() if m.group(0) in known else m.group(0),
        line,
    )


def collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


__all__ = ["NOTE", "CueSpan", "SubtitleText", "read_cues", "truecased"]
