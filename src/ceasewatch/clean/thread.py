"""A social-media thread or a chat export read as one report whose messages are paragraphs.

Monitors save group chats and threads as plain text: a WhatsApp export (a header the save tool
writes, "WhatsApp Chat with <group> (saved 14 September 2022)", then one line a message opened
by the phone's stamp and the sender: "[14/09/2022, 05:58:12] Name: ", "18/05/2021, 07:31 -
Name: ", US "[1/12/23, 9:14:05 PM] ", dotted "[14.02.2023 08:02:11] "), an X thread (numbered
posts "1/", each followed by its footer "4:12 AM · Aug 9, 2023 · 48.2K Views", replies under
"Replying to @..."), a Facebook post with its comments (the commenter's name on its own line,
"Like · Reply · 2h" under each), a Reddit thread ("r/x · Posted by u/y · March 4, 2025",
"▲ 214 · 97 comments", "u/name · 6h" over each reply). The platform's lines are no report: left
in, a footer's clock and views read as figures, a sender's or commenter's name as a place or an
actor, "<Media omitted>" as a sentence.

When at least ``min_marks`` lines (``clean/data/thread.yaml``) carry such marks, the text is a
thread and is read as ONE document (one report, its messages its paragraphs; the same incident
told by several members is one event, which the later stages' merging decides):

- a chat message's stamp is written as a dated entry ("6 March 2023, 04:12 - <message>", the form
  ``clean/posts.py`` writes and extract reads as a post of that day), its sender goes; whether
  the phone wrote the day or the month first is decided once for the file from all its stamps
  (a first number over 12: day first; a second over 12, or a 12-hour clock with AM/PM: month
  first; else the header's date, else day first, the habit of most locales);
- system messages (media omitted, deleted, end-to-end notice, shared locations) go whole;
  "Forwarded" and bracketed labels opening a message ("[voice note]") go, their text stays;
- the platforms' frame lines go: X footers, "Replying to", "Show more replies", reaction and
  comment counts, "Like · Reply · 2h", Reddit user lines and points, "level 1", a Facebook
  commenter's name alone on its line after such a frame line, lines wholly in brackets
  ("[meme: ...]"), a thread's post numbers ("1/", "2/5");
- the document's date: the header's (a chat export's save date, a Reddit post's date), else the
  first X footer's, else the earliest stamp's; set only when the page gave none.

Words are only removed, except the stamps, which are written out as ``clean/sheet.py`` writes a
log's dates. What was removed is noted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch import datefrag as df
from ceasewatch.model import THREAD_NOTE

DATA = Path(__file__).with_name("data") / "thread.yaml"

_MARKS = "\u200e\u200f\u202a\u202c\ufeff"  # direction marks WhatsApp writes around its words
_CLOCK = (
    rf"{df.named('h', df.HOUR)}:(?P<m>{df.MINUTE}){df.SECOND}"
    r"(?:[\s\u202f]*(?P<ampm>[AaPp])\.?[\s\u202f]?[Mm]\.?)?"
)
# "[14/09/2022, 05:58:12] ", "18/05/2021, 07:31 - ", "[1/12/23, 9:14:05 PM] ",
# "[14.02.2023 08:02:11] "
CHAT_STAMP = re.compile(
    rf"^\[?(?P<a>{df.FIG2})(?P<sep>[/.])(?P<b>{df.FIG2})(?P=sep){df.named('y', df.YEAR_SHORT)},?\s+"
    rf"{_CLOCK}(?:\]\s*|\s+[-\u2013]\s+)(?P<rest>\S.*)$"
)
# The sender after the stamp: a name or a number, up to its colon.
SENDER = re.compile(r"^(?P<who>[^:\n!?]{1,40}?|\+[\d\s-]{6,20}):\s+(?=\S)")
SENTENCE_END = re.compile(r"\w{2}[.]\s")  # "He came. Then:" is a message, "Papy K.:" a sender
_DMY = df.day_month_year("day1", "month1", "year1", day_body=df.FIG2)
_MDY = df.month_day_year("day2", "month2", "year2", day_body=df.FIG2)
_DATE = rf"(?:{_DMY}|{_MDY})"
# X's footer: "4:12 AM · Aug 9, 2023 · 48.2K Views", "16:20 · 14 Mar 2024"
X_FOOTER = re.compile(
    rf"^{df.CLOCK}(?:\s*[AaPp][Mm])?\s*[-\u2013]?\s*·\s*{_DATE}"
    r"(?:\s*·\s*[^·\n]{0,40})*$",
    re.I,
)
# A header that names a chat or thread and closes on its date ("WhatsApp Chat with X (saved 14
# September 2022)", "Chat export - X (monitor file, 10 June 2022)", "r/x · Posted by u/y · March
# 4, 2025")
HEADER = re.compile(
    r"(?:\b(?:whats\s?app|telegram|signal|viber|chat|posted\s+by)\b|\br/\w+)"
    rf".*?[\s(,:·|-]{_DATE}\)?\s*$",
    re.I,
)
NUMBERED = re.compile(r"^\d{1,2}\s*/(?:\d{1,2})?\s+(?=[^\d\s])")
BRACKETED = re.compile(r"^\[[^\]\n]{1,200}\]$")
LABEL = re.compile(r"^\[[^\]\n]{1,40}\]\s*(?=\S)")
FORWARDED = re.compile(r"^forwarded(?:\s+message)?:?\s*", re.I)
NAME_LINE = re.compile(r"^@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


@dataclass(frozen=True)
class Words:
    min_marks: int
    system: re.Pattern[str]
    chrome: re.Pattern[str]


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    system = "|".join(f"(?:{p})" for p in doc["system_messages"])
    chrome = "|".join(f"(?:{p})" for p in doc["chrome_lines"])
    return Words(
        min_marks=int(doc["min_marks"]),
        system=re.compile(rf"^(?:{system})\s*$", re.I),
        chrome=re.compile(rf"^(?:{chrome})\s*$", re.I),
    )


def _plain(line: str) -> str:
    return line.translate({ord(c): None for c in _MARKS}).strip()


def _date_of(match: re.Match[str]) -> dt.date | None:
    return df.read(match)


def header_date(line: str | None) -> dt.date | None:
    """The date a chat export's or thread's header closes on, or None."""
    if not line:
        return None
    found = HEADER.search(_plain(line))
    return _date_of(found) if found else None


def is_thread(lines: list[str], title: str | None = None) -> bool:
    w = words()
    marks = sum(
        1
        for line in (_plain(x) for x in lines)
        if CHAT_STAMP.match(line) or X_FOOTER.match(line) or w.chrome.match(line)
    )
    if header_date(title) is not None and re.search(r"(?i)posted\s+by|\br/\w+", title or ""):
        marks += 1
    return marks >= w.min_marks


def _day_first(stamps: list[re.Match[str]], known: dt.date | None) -> bool:
    """Day before month for the whole file: decided by the stamps, else the header's date."""
    if any(int(s["a"]) > 12 for s in stamps):
        return True
    if any(int(s["b"]) > 12 for s in stamps) or any(s["ampm"] for s in stamps):
        return False
    if known is not None:
        for s in stamps:
            if (int(s["b"]), int(s["a"])) == (known.month, known.day):
                return True
            if (int(s["a"]), int(s["b"])) == (known.month, known.day):
                return False
    return True


def _stamp_date(s: re.Match[str], day_first: bool) -> dt.date | None:
    a, b, y = int(s["a"]), int(s["b"]), int(s["y"])
    day, month = (a, b) if day_first else (b, a)
    try:
        return dt.date(y + 2000 if y < 100 else y, month, day)
    except ValueError:
        return None


def _sender(found: re.Match[str]) -> bool:
    """A sender's name before the message: not a sentence ("He came. Then:") nor a tag in
    capitals ("KALO:")."""
    who = found["who"]
    return not SENTENCE_END.search(who) and not (who.isupper() and len(who) >= 3)


def _clock(s: re.Match[str]) -> str:
    h = int(s["h"])
    if s["ampm"]:
        h = h % 12 + (12 if s["ampm"].lower() == "p" else 0)
    return f"{h:02d}:{s['m']}"


def read_thread(
    lines: list[str], title: str | None, notes: list[str]
) -> tuple[list[str], dt.date | None]:
    """The lines of a thread or chat export as paragraphs of report, and the document's date
    (see the module's docstring); any other text unchanged, with no date."""
    if not is_thread(lines, title):
        return lines, None
    w = words()
    plain = [_plain(line) for line in lines]
    stamps = [m for m in (CHAT_STAMP.match(line) for line in plain) if m]
    known = header_date(title) or next((d for d in map(header_date, plain[:2]) if d), None)
    day_first = _day_first(stamps, known)
    footers = [d for d in (_date_of(m) for m in map(X_FOOTER.match, plain) if m) if d]
    days = sorted(d for d in (_stamp_date(s, day_first) for s in stamps) if d)
    date = known or (footers[0] if footers else None) or (days[0] if days else None)
    # a sender opens (nearly) every message of a chat export; a channel's posts, read by
    # clean/posts.py, open on a place tag now and then, in capitals ("KALO: ..."): kept
    named = [SENDER.match(s["rest"]) for s in stamps if not w.system.match(s["rest"])]
    chat = bool(named) and sum(1 for n in named if n and _sender(n)) >= 0.8 * len(named)
    out: list[str] = []
    dropped = senders = 0
    after_frame = False
    for line in plain:
        stamp = CHAT_STAMP.match(line)
        if stamp is not None:
            rest = stamp["rest"]
            if not w.system.match(rest):
                sender = SENDER.match(rest) if chat else None
                if sender is not None and _sender(sender):
                    senders += 1
                    rest = rest[sender.end() :]
            rest = LABEL.sub("", FORWARDED.sub("", rest)).strip()
            after_frame = False
            if not rest or w.system.match(rest) or BRACKETED.match(rest):
                dropped += 1
                continue
            day = _stamp_date(stamp, day_first)
            head = f"{day.day} {day.strftime('%B')} {day.year}, " if day else ""
            out.append(f"{head}{_clock(stamp)} - {rest}")
            continue
        if X_FOOTER.match(line) or w.chrome.match(line) or BRACKETED.match(line):
            dropped += 1
            after_frame = True
            continue
        if after_frame and NAME_LINE.match(line) and len(line) <= 30:
            dropped += 1  # a commenter's name over the comment
            after_frame = False
            continue
        after_frame = False
        line = FORWARDED.sub("", NUMBERED.sub("", line)).strip()
        if line:
            out.append(line)
    order = "day" if day_first else "month"
    notes.append(
        f"{THREAD_NOTE}: {len(stamps)} message stamp(s) written as dated entries"
        f" ({order} first), {senders} sender name(s) and {dropped} platform line(s) removed"
    )
    return out, date


__all__ = ["header_date", "is_thread", "read_thread", "words"]
