"""A messaging channel's saved day: time-stamped posts read as paragraphs of report.

Monitors save channels (Telegram, WhatsApp, X) as plain text: a header with the channel and the
day, then a run of short posts, each opened by its time stamp in the channel's habit
("[07:41]", "08:14", "12:05 UTC", "9:15 AM", "• 09:20", "1️⃣ 06:50", "🔴 04:20", "15 Sep 2021,
08:05 - "), with emoji, an urgency label ("URGENT |", "BREAKING:") and hashtags; live blogs
print the same stamps ("06:55 - ..."). The stamp is the post's clock, the emoji and tags are no
words: left in, they open every sentence ("[07:12] ⚡️ Air raid alert in ...") and the parser
reads the clock as a figure and the label as a name.

When at least ``min_posts`` lines (``clean/data/posts.yaml``) open with a time stamp, the text
is a feed and every line of it loses its emoji; a line that opens with a stamp loses its
bullet, the urgency label after the stamp and the hashtags that open or close it (a hashtag
inside a sentence keeps its word), and its stamp is written as a live blog's entry opens
("07:12 - Air raid alert ...", "15 Sep 2021, 08:05 - Explosion ..."; a bracketed label before
the clock follows it): extract reads such an entry as a post of the day, into which an earlier
post's date does not carry (``extract/dates.py`` ``opens_entry``). The title (the channel's
header) is not touched. What was removed is noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch import datefrag as df
from ceasewatch.daynames import phrase_alternation

DATA = Path(__file__).with_name("data") / "posts.yaml"

# Emoji and pictographs: symbol blocks (arrows, technical, geometric shapes, miscellaneous
# symbols, dingbats, supplemental arrows and symbols, the pictographic planes and flags), their
# joiners and variation selectors, skin tones, and keycaps ("1️⃣"). Mathematical operators
# (U+2200-22FF: "−", "≈") and punctuation (bullets, dashes) are not emoji.
EMOJI = re.compile(
    r"(?:[0-9#*]\ufe0f?\u20e3"
    r"|[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"|[\ufe0e\ufe0f\u200d\u20e3])+"
)
_CLOCK = (
    rf"{df.CLOCK}{df.SECOND}(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:UTC|GMT|local\s+time)(?:\s*[+\u2212-]\s*\d{1,2})?)?"
)
# A date printed before the clock (a chat export's "15 Sep 2021, 08:05 - "): it stays.
_DATE = (
    rf"(?:{df.day_month_year(None, None, None, day_body=df.FIG2, year_body=df.YEAR4)}"
    rf"|{df.month_day_year(None, None, None, day_body=df.FIG2, year_body=df.YEAR4)}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
# The head of a post: a bullet, an optional bracketed label ("[Forwarded from ...]"), an
# optional date, the clock (bare or in brackets), a separator.
HEAD = re.compile(
    r"^(?P<bullet>(?:[-*•·▪►>]\s*)*)"
    r"(?P<label>\[[^\]\n]{1,80}\]\s+)?"
    rf"(?:(?P<date>{_DATE}),?\s+)?"
    rf"(?P<clock>\[\s*{_CLOCK}\s*\]|\(\s*{_CLOCK}\s*\)|{_CLOCK})"
    r"(?:\s*[-\u2013\u2014|:•]\s*|\s+)(?=\S)",
    re.I,
)
HASHTAGS_HEAD = re.compile(r"^(?:#\w+\s+)+")
HASHTAGS_TAIL = re.compile(r"(?:\s+#\w+)+\s*$")
HASHTAG = re.compile(r"(?<![\w&])#(?=\w)")


@dataclass(frozen=True)
class Posts:
    """The words of ``posts.yaml``, compiled."""

    min_posts: int
    label: re.Pattern[str]


@cache
def posts(path: Path = DATA) -> Posts:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = phrase_alternation(doc["labels"])
    return Posts(
        min_posts=int(doc["min_posts"]),
        label=re.compile(rf"^(?:{labels})\s*(?:[|:!\-\u2013\u2014]\s*)+(?=\S)", re.I),
    )


def _unemoji(line: str) -> str:
    return re.sub(r"[ \t]{2,}", " ", EMOJI.sub(" ", line)).strip()


def is_feed(lines: list[str]) -> bool:
    """At least ``min_posts`` lines open with a time stamp (after their emoji)."""
    return sum(1 for line in lines if HEAD.match(_unemoji(line))) >= posts().min_posts


def read_posts(lines: list[str], notes: list[str]) -> list[str]:
    """The lines of a feed as paragraphs of report (see the module's docstring); any other
    text unchanged."""
    if not is_feed(lines):
        return lines
    words = posts()
    out: list[str] = []
    stamps = emoji = labels = tags = 0
    for line in lines:
        text = _unemoji(line)
        emoji += text != line.strip()
        head = HEAD.match(text)
        if head is not None:
            stamps += 1
            rest = text[head.end() :]
            label = words.label.match(rest)
            if label is not None:
                labels += 1
                rest = rest[label.end() :]
            untagged = HASHTAGS_TAIL.sub("", HASHTAGS_HEAD.sub("", rest))
            tags += untagged != rest
            clock = head.group("clock").strip("[]() ")
            stamp = f"{head.group('date')}, {clock}" if head.group("date") else clock
            text = f"{stamp} - {head.group('label') or ''}{untagged}".strip()
        text = HASHTAG.sub("", text)
        if text:
            out.append(text)
    notes.append(
        f"read as a channel's posts: {stamps} time stamp(s) written as entries, emoji removed from"
        f" {emoji} line(s), {labels} urgency label(s) and the hashtags of {tags} post(s)"
    )
    return out


__all__ = ["is_feed", "posts", "read_posts"]
