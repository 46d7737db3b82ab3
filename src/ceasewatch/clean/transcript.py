"""A broadcast transcript: speaker turns, stage directions and caption codes read as report.

Monitors save radio and television news, press conferences and parliaments' records as text:
each turn opens with its speaker's label ("[Presenter]", "ANCHOR:", "CORRESPONDENT
(voice-over):", "SOUNDBITE (Arabic) SHOPKEEPER SAYING:", "THE SPEAKER:", "Q:"), stage directions
stand in brackets ("[MUSIC]", "[INAUDIBLE]", "(crosstalk)", "(Interruptions)"), automatic
captions open each line with a time code ("00:00:31 --> ..."), a bulletin reads its headlines
at the top ("Here are the headlines. Fighting near ...") and some stories again ("Let us repeat:
..."). Left in, a label opens every sentence (the parser reads "CORRESPONDENT" as a name, the
clock as a figure) and the headlines and repeats tell every story twice, once on the wrong day.

When at least ``min_turns`` lines (``clean/data/transcript.yaml``) open with a speaker label of a
role the data names, or with a caption time code, the text is a transcript: each line loses its
label (a role's, or a name in capitals that heads two turns or more) and its time code,
bracketed stage directions go (a line of nothing else goes whole), the
turn that reads the headlines loses them from its headline word on ("Good morning. Here are
the headlines. ..." keeps "Good morning."), and a turn that opens by repeating a story ("Let
us repeat: ...") goes. Words are only removed: what remains is the user's text. What was
removed is noted. The title (the first line, the transcript's header) is not touched.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch.daynames import phrase_alternation

DATA = Path(__file__).with_name("data") / "transcript.yaml"

# "00:00:31 -->", "00:00:31,000 --> 00:00:34,000", "00:01:12.500 -->" (the arrow is the code's:
# a channel's "[07:41]" is a post's clock, clean/posts.py)
TIME_CODE = re.compile(
    r"^\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?"
    r"(?:\s*-->\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)?)\s*"
)
# A speaker label: capitals words (a bracket may follow any of them: "SOUNDBITE (Arabic)
# SHOPKEEPER SAYING"), or a bracketed label ("[Presenter]"), or a short mixed-case one before a
# colon ("Presenter:", "Q:").
_CAPS = r"[A-Z][A-Z.'’-]*"
_BRACKET = r"\([^()\n]{1,50}\)"
LABEL = re.compile(
    rf"^(?:(?P<caps>{_CAPS}(?:\s+{_BRACKET})?(?:\s+(?:{_CAPS}|{_BRACKET})){{0,7}})\s*:"
    r"|\[(?P<square>[A-Za-z][\w .'’-]{0,30})\]"
    r"|(?P<plain>[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,2}(?:\s+" + _BRACKET + r")?)\s*:)"
    r"(?:\s+(?=\S)|\s*$)"
)


# A story announced as told again ("Now the bomb in <district> again in full:", "Now the <town>
# story again:"): the same event, read a second time; "Violence again in <state>: ..." is none.
_AGAIN = (
    r"now\b[^:.!?\n]{0,60}\bagain(?:\s+in\s+(?:full|detail))?"
    r"|[^:.!?\n]{0,60}\b(?:story|news|report)\s+again(?:\s+in\s+(?:full|detail))?"
    r"|[^:.!?\n]{0,60}\bagain\s+in\s+(?:full|detail)"
)


@dataclass(frozen=True)
class Words:
    """The words of ``transcript.yaml``, compiled."""

    min_turns: int
    roles: frozenset[str]
    direction: re.Pattern[str]
    headlines: re.Pattern[str]
    repeats: re.Pattern[str]


@cache
def words(path: Path = DATA) -> Words:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    directions = phrase_alternation(doc["directions"])
    heads = phrase_alternation(doc["headlines"])
    repeats = phrase_alternation(doc["repeats"])
    return Words(
        min_turns=int(doc["min_turns"]),
        roles=frozenset(str(w).lower() for w in doc["roles"]),
        direction=re.compile(rf"\s*[\[(](?i:{directions})\b[^\[\]()\n]{{0,30}}[\])]\s*", re.I),
        # a headline word at a sentence's start, before a colon or a full stop
        headlines=re.compile(rf"(?:^|(?<=[.!?]\s))(?i:{heads})\s*[:.]\s"),
        repeats=re.compile(rf"^(?:(?:\w+,\s+)?(?:{repeats})\b\s*[:,.]|(?:{_AGAIN})\s*:)", re.I),
    )


def _uncased(lines: list[str]) -> bool:
    """Automatic captions in lower case: fewer than one letter in a hundred a capital."""
    letters = [c for line in lines for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) * 100 < len(letters)


# Before a place's name in captions: "in lagos", "near gwoza", "the town of konduga".
_LOCATIVE = frozenset({"in", "near", "at", "outside", "from", "around", "across", "to", "into"})
_OF_PLACE = re.compile(
    r"\b(?:town|village|city|locality|district|province|state|region|county|camp|area|"
    r"municipality|neighbourhood|neighborhood|community)\s+of\s+([a-z][a-z'’-]{2,})\b"
)
_UNITS = frozenset({"state", "region", "province", "district", "county", "governorate"})
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def truecase(line: str) -> str:
    """A caption line in lower case with its names capitalised, letter for letter (the length
    and every offset stay the user's): weekdays and months (not "may", "march"); a country's
    name or adjective; an admin area or capital (``knowledge.world``) after a locative
    preposition or before a unit word ("in borno state", "near maiduguri"); the name after "the
    town of", "the village of" ("the town of konduga")."""
    from ceasewatch.daynames import MONTHS, NEEDS_CAPITAL, WEEKDAYS
    from ceasewatch.knowledge.countries import country_named
    from ceasewatch.knowledge.world import admin1_by_key, capitals, plain_key

    chars = list(line)

    def upper(start: int, end: int) -> None:
        for m in _WORD.finditer(line, start, end):
            chars[m.start()] = chars[m.start()].upper()

    tokens = list(_WORD.finditer(line))
    places = (admin1_by_key(shared=True), capitals())
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if (word in WEEKDAYS or word in MONTHS) and word not in NEEDS_CAPITAL and len(word) > 3:
            upper(tok.start(), tok.end())
            continue
        if len(word) >= 4 and country_named(word, adjective=True) is not None:
            upper(tok.start(), tok.end())
            continue
        before = tokens[i - 1].group(0) if i else ""
        for n in (3, 2, 1):  # the longest run of names first
            run = tokens[i : i + n]
            if len(run) < n:
                continue
            after = tokens[i + n].group(0) if i + n < len(tokens) else ""
            if before not in _LOCATIVE and after not in _UNITS:
                continue
            key = plain_key(line[run[0].start() : run[-1].end()])
            if len(key) >= 4 and any(key in table for table in places):
                upper(run[0].start(), run[-1].end())
                break
    for m in _OF_PLACE.finditer(line):
        upper(m.start(1), m.end(1))
    return "".join(chars)


def label_of(line: str) -> re.Match[str] | None:
    """The speaker label opening ``line``, if it names a role of the data."""
    match = LABEL.match(line)
    if match is None:
        return None
    said = match.group("caps") or match.group("square") or match.group("plain") or ""
    bare = re.sub(r"\([^()]*\)", " ", said).lower()
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)?", bare)
    if match.group("plain") and len(tokens) > 2:
        return None
    roles = words().roles
    if any(t in roles for t in tokens) or any(
        " ".join(pair) in roles for pair in itertools.pairwise(tokens)
    ):
        return match
    return None


def is_transcript(lines: list[str]) -> bool:
    """At least ``min_turns`` lines open with a speaker label or a caption time code."""
    turns = sum(1 for ln in lines if TIME_CODE.match(ln) or label_of(ln))
    return turns >= words().min_turns


def read_transcript(lines: list[str], notes: list[str]) -> list[str]:
    """The lines of a transcript as paragraphs of report (see the module's docstring); any other
    text unchanged."""
    if not is_transcript(lines):
        return lines
    w = words()
    # a speaker named, not titled ("AHMAD KARIMI:"), heads two turns or more of a transcript
    named = Counter(
        m.group("caps") for m in map(LABEL.match, lines) if m is not None and m.group("caps")
    )
    speakers = {k for k, n in named.items() if n >= 2 and len(k.split()) <= 4}
    out: list[str] = []
    labels = codes = directions = headlines = repeats = 0
    for line in lines:
        text = line
        code = TIME_CODE.match(text)
        if code is not None:
            codes += 1
            text = text[code.end() :]
        label = label_of(text)
        if label is None:
            caps = LABEL.match(text)
            label = caps if caps is not None and caps.group("caps") in speakers else None
        if label is not None:
            labels += 1
            text = text[label.end() :]
        bare = w.direction.sub(" ", text)
        if bare != text:
            directions += 1
            text = re.sub(r"[ \t]{2,}", " ", bare).strip()
        if not text:
            continue
        if w.repeats.match(text):
            repeats += 1
            continue
        head = w.headlines.search(text)
        if head is not None and label is not None:
            headlines += 1
            text = text[: head.start()].strip()
            if not text:
                continue
        out.append(text)
    if codes >= w.min_turns and _uncased(out):
        cased = [truecase(line) for line in out]
        changed = sum(a != b for a, b in zip(out, cased, strict=True))
        out = cased
        notes.append(f"automatic captions without case: names capitalised in {changed} line(s)")
    notes.append(
        f"read as a transcript: {labels} speaker label(s), {codes} caption time code(s) and"
        f" {directions} stage direction(s) removed; {headlines} turn(s) of headlines and"
        f" {repeats} repeated story(ies) dropped"
    )
    return out


__all__ = ["is_transcript", "label_of", "read_transcript", "truecase", "words"]
