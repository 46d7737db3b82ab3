"""Outlet chrome in plain-text bodies: other stories' headlines and photo captions.

A news page carries, beside its article, lists of other stories ("Related News", "Read more",
"You may also like") and photo captions closed by a wire credit ("... on July 1 2016. (AFP
Photo)"). trafilatura drops most of them from HTML; text pasted or exported from a page keeps
them, and the pipeline read them as report: a "Related News" headline of another story
("Thousands of migrants walk into Turkey") became a FA-KES article's main event with a toll of
1,000 (issue 9, session 16). The words are data (``clean/data/chrome.yaml``).

1. a list marker alone on its line and the run of headline lines after it (short, no sentence
   punctuation); a line "Read more: <headline>"
2. inside a line (text without line breaks): a strong marker, Title Case or after a sentence
   end, with no sentence end in the next ``inline_window`` characters: the rest of the line
3. a photo caption: the sentence before a wire credit ("(AFP Photo)", "(Reuters)") and the
   credit; a caption that opens its line keeps a "Published <date>" lead-in (the body's
   dateline), and one that cannot be delimited loses only its credit
4. a correction note ("Correction, 20 February 2020: An earlier version of this story said
   three officers were killed."; "This article has been corrected to ..."): the outlet's note
   on its own earlier text, whose figures and acts are the ones it withdraws, never a report of
   the day; a line that opens with the label, or the note's sentence inside a line

Each rule says what it removed in the notes; a real paragraph (it ends its sentences) is never
taken for a list line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch.daynames import phrase_alternation

DATA = Path(__file__).with_name("data") / "chrome.yaml"
# A line that ends a sentence: a report's paragraph, never a list entry (a headline may end
# with "?"). Closing quotes and brackets after the stop count.
SENTENCE_END = re.compile(r"[.!;:,][\"'”’)\]]*$")
STOP_INSIDE = re.compile(r"[.!][\"'”’)\]]*\s+[A-Z“\"]")
# Where a caption sentence may start inside a line: after a sentence end and a space.
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A dateline lead-in that opens the line before a caption ("Published July 21 2015 "): kept.
LEAD_IN = re.compile(
    r"^(?:published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s+[^.]{0,40}?\b(?:19|20)\d{2}\b\s*",
    re.I,
)


@dataclass(frozen=True)
class Chrome:
    """The words of ``chrome.yaml``, compiled."""

    marker_line: re.Pattern[str]  # a marker alone ("Related News", "Read more:")
    marker_head: re.Pattern[str]  # "Read more: <headline>"
    inline: re.Pattern[str]
    inline_window: int
    list_line_max: int
    credit: re.Pattern[str]
    caption_max: int


@cache
def chrome(path: Path = DATA) -> Chrome:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    markers = phrase_alternation(doc["list_markers"])
    strong = [str(m) for m in doc["inline_markers"]]
    # a widget's label: Title Case or capitals, anywhere; any case after a sentence end
    labels = phrase_alternation([m.title() for m in strong] + [m.upper() for m in strong])
    agencies = phrase_alternation(doc["credit_agencies"])
    credit = (
        r"[(\[]\s*(?:(?:file\s+)?photos?\s*(?:by|:)?\s*)?"
        rf"(?:{agencies})(?:\s*/\s*(?:{agencies}))?"
        r"(?:\s+(?:file\s+)?photos?)?(?:\s*/\s*[^()\[\]]{1,60})?\s*[)\]]"
    )
    return Chrome(
        marker_line=re.compile(rf"^(?:{markers})\s*[:\-–—]?$", re.I),
        marker_head=re.compile(rf"^(?:{markers})\s*:\s*(?P<rest>\S.*)$", re.I),
        inline=re.compile(
            rf"(?:(?<=[.!?\"”])\s+(?i:{phrase_alternation(strong)})|\s(?:{labels}))\b"
        ),
        inline_window=int(doc["inline_window"]),
        list_line_max=int(doc["list_line_max_chars"]),
        credit=re.compile(credit, re.I),
        caption_max=int(doc["caption_max_chars"]),
    )


def is_list_line(line: str, limit: int) -> bool:
    """A headline in a list: short, no sentence-final punctuation, no sentence inside."""
    return (
        len(line) <= limit
        and SENTENCE_END.search(line) is None
        and STOP_INSIDE.search(line) is None
    )


def drop_lists(lines: list[str], notes: list[str]) -> list[str]:
    """Rules 1 and 2: marker lines with their headline runs, and inline lists."""
    words = chrome()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        head = words.marker_head.match(line)
        if head and is_list_line(head.group("rest"), words.list_line_max):
            notes.append(f"removed a 'read more' line: {line!r}")
            i += 1
            continue
        if words.marker_line.match(line):
            run = 1
            while i + run < len(lines) and is_list_line(lines[i + run], words.list_line_max):
                run += 1
            notes.append(f"removed a list of other stories ({run - 1} line(s)) under {line!r}")
            i += run
            continue
        kept.append(_cut_inline(line, notes))
        i += 1
    return [ln for ln in kept if ln]


def _cut_inline(line: str, notes: list[str]) -> str:
    words = chrome()
    for match in words.inline.finditer(line):
        window = line[match.end() : match.end() + words.inline_window]
        if STOP_INSIDE.search(window) is None and not window.rstrip().endswith("."):
            notes.append(
                f"removed a list of other stories inside a line ({len(line) - match.start()}"
                f" chars from {match.group(0).strip()!r})"
            )
            return line[: match.start()].rstrip()
    return line


# Rule 4: a correction note. Sources: the corrections styles of the Guardian ("This article was
# amended on ... An earlier version said ..."), the New York Times and AP ("Correction: An
# earlier version of this story misstated ..."), Reuters ("This story has been corrected to
# ..."), BBC ("Correction DATE: ..."). A line opening with the label (alone, before a colon, or
# before a date and a colon), or a sentence naming the story's earlier version or its
# correction, is the note.
_NOTE_LABEL = re.compile(
    r"^(?:corrections?|clarifications?|correction\s+and\s+clarification)\b"
    r"(?:\s*[,(]?\s*[^:.]{0,40}?)?\s*[:\-\u2013\u2014]",
    re.I,
)
_NOTE_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?\"\u201d])\s+)"
    r"(?:an\s+earlier|a\s+previous|an\s+(?:older|original))\s+version\s+of\s+this\s+"
    r"(?:story|article|report|piece|post|page|dispatch)\b[^.!?]*[.!?]?"
    r"|(?:^|(?<=[.!?\"\u201d])\s+)this\s+(?:story|article|report|piece|post)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|amended)\b[^.!?]*[.!?]?",
    re.I,
)


def drop_corrections(lines: list[str], notes: list[str]) -> list[str]:
    """Rule 4: correction notes (the whole line under a "Correction" label, else the note's
    sentences)."""
    kept: list[str] = []
    for line in lines:
        if _NOTE_LABEL.match(line):
            notes.append(f"removed a correction note: {line!r}")
            continue
        cut = _NOTE_SENTENCE.sub("", line).strip()
        if cut != line.strip():
            notes.append(f"removed a correction note's sentence from {line[:60]!r}")
        if cut:
            kept.append(cut)
    return kept


def drop_captions(lines: list[str], notes: list[str]) -> list[str]:
    """Rule 3: photo captions closed by a wire credit, and the credits."""
    return [ln for ln in (_uncaption(line, notes) for line in lines) if ln]


def _uncaption(line: str, notes: list[str]) -> str:
    words = chrome()
    out = line
    for match in reversed(list(words.credit.finditer(line))):
        after = line[match.end() :].lstrip()
        dash = after[:1] in ("-", "–", "—")
        if dash or (after and not after[:1].isupper() and after[:1] not in '“"('):
            continue  # "DAMASCUS (Reuters) - ...": a dateline; "(AFP) said": prose
        start = _caption_start(out, match.start())
        caption = out[start : match.start()]
        if start is None or len(caption) > words.caption_max or not _is_caption(caption, match):
            notes.append(f"removed a photo credit: {match.group(0)!r}")
            out = out[: match.start()].rstrip() + " " + out[match.end() :].lstrip()
        else:
            notes.append(f"removed a photo caption: {caption.strip()[:80]!r}...")
            out = out[:start] + out[match.end() :].lstrip()
    return out.strip()


def _is_caption(sentence: str, credit: re.Match[str]) -> bool:
    """A picture's caption, not report text that cites an agency: the credit says "photo",
    the sentence dates the picture ("... in Aleppo on July 1 2016.", "In this 2016 file
    photo"), or it is its line's only sentence. A bare "(AFP)" after an undated sentence
    ("... did not rule out friendly fire. (AFP)") may close a paragraph of agency copy."""
    if "photo" in credit.group(0).lower() or YEAR.search(sentence):
        return True
    return sentence.strip() == credit.string[: credit.start()].strip()


def _caption_start(line: str, end: int) -> int | None:
    """Where the caption sentence ending at ``end`` starts: after the last sentence end
    before it, or at the line's start (after a "Published <date>" lead-in); None when the
    line opens with other words (a title, a dateline) that cannot be told from the caption."""
    body = line[:end].rstrip()
    body = body[:-1] if body.endswith(".") else body
    breaks = list(SENTENCE_BREAK.finditer(body))
    if breaks:
        return breaks[-1].end()
    lead = LEAD_IN.match(line)
    if lead:
        return lead.end()
    return 0 if end == len(line.rstrip()) or not line[end:].strip() else None


__all__ = ["chrome", "drop_captions", "drop_lists", "is_list_line"]
