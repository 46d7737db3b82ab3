"""An official statement or claim: a release as a monitor saves it from the issuer.

Armed forces' and defence ministries' press releases and daily briefings, police press
releases, armed groups' communiqués, governments' condemnations and UN missions' statements
share one layout: a letterhead naming the issuer (often in capitals), a kind line ("PRESS
RELEASE", "Press Note", "Communiqué No. 031/2023", "Briefing of the official spokesman"), a
reference line, a date line ("Abuja, 25 June 2024"), a headline in capitals, numbered
paragraphs, then a signature block and closing boilerplate ("END", "Signed", the signatory's
name and rank, hashtags, a motto, a contact line). None of the frame tells an event; read as
report, a capitals headline names regions as places ("... IN NORTH EAST AND NORTH WEST"), a
signatory's name reads as a town, a motto's "death" as a death word.

When the text has the form (a kind line, and a letterhead or headline in capitals, a reference
line or two numbered paragraphs; words in ``clean/data/statement.yaml``):

- the head's frame goes: every short line without a sentence's end before the date line (the
  letterhead, the kind and reference lines), a capitals headline and kind lines after it; the
  date line stays (clean's dateline reads it: the release's own day dates "today", "on
  Tuesday");
- a kind line heading a statement inside a monitor's file of several ("2) Ministry of
  Information ... - Press release") goes;
- the closing boilerplate goes, read from the end: "END", "Signed", short lines without a
  sentence's end (a name, a rank, an office, a motto), contact lines, lines of hashtags;
  hashtags closing the last line go.

Words are only removed (whole lines, or closing hashtags): every span still points at the
user's words. The numbered paragraphs stay as written; extract reads each as its own report of
an incident (extract/statement.py). The note "read as an official statement" says how many
lines went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ceasewatch import datefrag as F
from ceasewatch.clean.dateline import is_dateline
from ceasewatch.model import STATEMENT_NOTE

DATA = Path(__file__).with_name("data") / "statement.yaml"
NOTE = STATEMENT_NOTE

HEAD_LINES = 8  # the frame stands within the first lines
SHORT_WORDS = 16  # a frame line is short
KIND_WORDS = 16  # a kind line names the issuer and the kind, no more
TAIL_WORDS = 8  # a closing line (a name, a rank, an office, a motto) is shorter still
TAIL_SENTENCE_WORDS = 4  # "Protect and serve." closes with a full stop yet is a motto
NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s+(?=\S)")
HASHTAGS = re.compile(r"(?:\s*#\w[\w-]*)+\s*$")
ONLY_HASHTAGS = re.compile(r"^(?:#\w[\w-]*\s*)+$")
FULL_DATE = re.compile(rf"\b{F.written_date()}\b", re.I)
SENTENCE_END = re.compile(r"[.!?:;\"”’]\s*$")


@dataclass(frozen=True)
class Words:
    kind: re.Pattern[str]
    reference: re.Pattern[str]
    closing: re.Pattern[str]


@cache
def words() -> Words:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    kinds = "|".join(f"(?:{k})" for k in data["kind_words"])
    return Words(
        kind=re.compile(rf"(?:^|[\s(\-–—,|/]){'(?:' + kinds + ')'}(?:$|[\s)\-–—,:|/])", re.I),
        reference=re.compile(data["reference"], re.I),
        closing=re.compile("^(?:" + "|".join(data["closing"]) + ")$", re.I),
    )


def _short(line: str, most: int = SHORT_WORDS) -> bool:
    return len(line.split()) <= most and not SENTENCE_END.search(line)


def capitals(line: str) -> bool:
    """A letterhead's or a headline's line in capitals (two words or more)."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(line.split()) >= 2
        and len(letters) >= 6
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    )


def kind_line(line: str) -> bool:
    """ "PRESS RELEASE", "Media and Public Relations Division - Press Release", "Communiqué No.
    031/2023 (translated)", "2) Ministry of Information ... - Press release"."""
    bare = NUMBERED.sub("", line) if NUMBERED.match(line) else line
    return _short(bare, KIND_WORDS) and words().kind.search(bare) is not None


def is_statement(lines: list[str], title: str | None) -> bool:
    head = ([title] if title else []) + lines[:HEAD_LINES]
    if not any(kind_line(ln) for ln in head):
        return False
    w = words()
    framed = any(capitals(ln) for ln in head) or any(w.reference.match(ln) for ln in head)
    return framed or sum(bool(NUMBERED.match(ln)) for ln in lines) >= 2


def _date_line(line: str) -> bool:
    return is_dateline(line) or (FULL_DATE.search(line) is not None and _short(line))


def read_statement(lines: list[str], title: str | None, notes: list[str]) -> list[str]:
    """The lines of a statement without its frame (see the module's docstring); any other text
    unchanged."""
    if not is_statement(lines, title):
        return lines
    w = words()
    drop: set[int] = set()
    # the head: up to the first line that tells (a sentence, a numbered paragraph)
    dated = False
    for i, line in enumerate(lines[:HEAD_LINES]):
        if NUMBERED.match(line) and not kind_line(line):
            break
        if _date_line(line):
            dated = True
            continue
        if not _short(line) and not capitals(line):
            break
        if not dated or capitals(line) or kind_line(line) or w.reference.match(line):
            drop.add(i)
    # kind lines heading the statements of a monitor's file, anywhere
    drop.update(i for i, line in enumerate(lines) if kind_line(line) and not _date_line(line))
    # the closing boilerplate, from the end
    tail = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        bare = line.strip()
        if (
            w.closing.match(bare)
            or ONLY_HASHTAGS.match(bare)
            or (_short(bare, TAIL_WORDS) and not _date_line(bare))
            or (len(bare.split()) <= TAIL_SENTENCE_WORDS and bare.endswith((".", "!")))
            or (len(bare.split()) <= TAIL_WORDS and bare.endswith("!"))
        ):
            tail = i
            continue
        break
    drop.update(range(tail, len(lines)))
    out: list[str] = []
    hashtags = 0
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if ONLY_HASHTAGS.match(line):
            hashtags += 1
            continue
        bare = HASHTAGS.sub("", line) if SENTENCE_END.search(HASHTAGS.sub("", line)) else line
        hashtags += bare != line
        out.append(bare.rstrip())
    if not out:
        return lines
    notes.append(
        f"{NOTE}: {len(drop)} line(s) of its frame removed (letterhead, kind, reference, "
        f"headline, signature, boilerplate), {hashtags} of hashtags"
    )
    notes.extend(_issuer_notes(lines, title, drop))
    return out


# "Statement attributed to Harakat al-Shabaab", "communiqué issued by the X"
_ATTRIBUTED = re.compile(r"\b(?:attributed\s+to|issued\s+by|signed\s+by)\s+(?P<who>.+)$", re.I)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_PARTS = re.compile(r"\s+[-–—|]\s+")
SNIPPET = 60  # the first characters of a statement's body: where it starts in the cleaned text


def issuer_words(line: str) -> str | None:
    """The issuer a kind line names, without the kind: "Sudanese Armed Forces" of "1) Sudanese
    Armed Forces - Official spokesman, statement No. 112 (translated)", "Harakat al-Shabaab" of
    "Statement attributed to Harakat al-Shabaab (English version)"; None when it names none
    ("PRESS RELEASE", "Briefing of the official spokesman")."""
    bare = _PARENTHESES.sub("", NUMBERED.sub("", line)).strip(" ,;:")
    found = _ATTRIBUTED.search(bare)
    if found is not None:
        return found.group("who").strip(" ,;:") or None
    kind = words().kind
    for part in _PARTS.split(bare):
        part = part.strip(" ,;:")
        # a part that is the kind ("Official spokesman, statement No. 112", "Press release");
        # "Ministry of Information, ..." names an issuer
        rest = kind.sub(" ", f" {part} ")
        if len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2 and len(part.split()) <= KIND_WORDS:
            return part
    return None


def _issuer_notes(lines: list[str], title: str | None, drop: set[int]) -> list[str]:
    """Who issued the statement, as the notes resolve reads (``issued by «words»``): the
    letterhead (the title scraping took and the head's lines before the kind line) and the
    issuer the kind line names. In a monitor's file of several statements, each numbered kind
    line names its own issuer, ``from «...»`` the first words of the statement it heads."""
    heads = [i for i, ln in enumerate(lines) if NUMBERED.match(ln) and kind_line(ln)]
    found: list[str] = []
    if len(heads) >= 1 and (len(heads) >= 2 or heads[0] == 0):
        for i in heads:
            who = issuer_words(lines[i]) or _PARENTHESES.sub("", NUMBERED.sub("", lines[i]))
            body = next((ln for j, ln in enumerate(lines) if j > i and j not in drop), None)
            if who and body:
                who, start = (w.replace("«", "").replace("»", "") for w in (who, body[:SNIPPET]))
                found.append(f"{NOTE}: issued by «{who.strip()}» from «{start}»")
        return found
    parts: list[str] = []
    if title and not kind_line(title) and _short(title, KIND_WORDS):
        parts.append(title)
    for line in lines[:HEAD_LINES]:
        if kind_line(line):
            if (named := issuer_words(line)) is not None:
                parts.append(named)
            break
        if _date_line(line) or not _short(line, KIND_WORDS):
            break
        parts.append(line)
    else:
        return []
    words_ = " | ".join(p.replace("«", "").replace("»", "") for p in parts)
    return [f"{NOTE}: issued by «{words_}»"] if words_ else []
