"""A machine-translated page: the translation's credit and the source's menu out.

Users feed local press through a browser's or a tool's translation: the page keeps a credit
line ("Translated from Arabic by Google", "Traducido del español | Translated from Spanish"), on
its own line, as a cell of the site's menu line ("Labarai | Siyasa | Translated from Hausa") or
after the date ("Tuesday 29 November 2022 - Translated from French"), and the site's menu in the
source's words or script beside the translated one ("Главная | Новости | Main | News (machine
translation)"). Left in, a credit line was taken for the headline and a menu in another script
for report text.

A credit is a cell (between " | ", " - " or " — ") or a trailing bracket that opens with one of
the credit openings of ``clean/data/translated.yaml`` and runs a few words; it goes. On a line
that carried one, what is left goes too when it is only menu words (short cells, no year) or
cells written wholly in another script than the Latin one. Words are only removed, never
rewritten: the body's words are still the user's. Each removal is noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data") / "translated.yaml"
HEAD_LINES = 8  # the credit and the menu stand above the article's first paragraphs
_CELL_SEP = re.compile(r"\s+(?:\||-|\u2013|\u2014)\s+")
_BRACKET = re.compile(r"\s*\(([^()]{3,80})\)\s*$")
_YEAR = re.compile(r"\b(?:1[3-9]|20)\d\d\b")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
MENU_WORDS = 4  # a menu cell: at most this many words, no figure, no sentence end


@dataclass(frozen=True)
class Credits:
    openings: tuple[str, ...]
    max_words: int

    def is_credit(self, cell: str) -> bool:
        text = cell.strip().strip(".").strip()
        low = text.lower()
        return (
            any(low == o or low.startswith(o + " ") for o in self.openings)
            and len(text.split()) <= self.max_words
        )


@cache
def credits(path: Path = DATA) -> Credits:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    openings = tuple(sorted({str(o).lower() for o in doc["openings"]}, key=len, reverse=True))
    return Credits(openings, int(doc["max_words"]))


@cache
def note_words(path: Path = DATA) -> tuple[str, str]:
    """The words of a monitor's closing note (``note_words``, ``with_words`` in the data file),
    each as a regex alternation: a stem ("translat*") as the stem and any letters after it, a
    phrase's spaces as any run of whitespace. Read by ``clean/dateline.py``'s ``_NOTE_TAIL``."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))

    def alternation(words: list[object]) -> str:
        out = []
        for word in (str(w).lower() for w in words):
            stem = word.endswith("*")
            word = r"\s+".join(re.escape(w) for w in word.rstrip("*").split())
            out.append(word + r"\w*" if stem else word)
        return "|".join(out)

    return alternation(doc["note_words"]), alternation(doc["with_words"])


def _menu_cell(cell: str) -> bool:
    """A site's menu word: a few words, no figure, no sentence end; or a cell with no Latin
    letter at all (the menu or the credit in the source's script)."""
    cell = cell.strip()
    if not cell:
        return True
    if not _LATIN.search(cell):
        return True
    return (
        len(cell.split()) <= MENU_WORDS
        and not re.search(r"\d", cell)
        and not cell.endswith((".", "!", "?", ":", ";", ","))
    )


def _strip_line(line: str, found: Credits) -> tuple[str | None, bool]:
    """The line without its credit (None: nothing of it is report), and whether it had one."""
    had = False
    bracket = _BRACKET.search(line)
    if bracket and found.is_credit(bracket.group(1)):
        line, had = line[: bracket.start()].rstrip(), True
    seps = list(_CELL_SEP.finditer(line))
    bounds = [0, *(m.start() for m in seps), len(line)]
    starts = [0, *(m.end() for m in seps)]
    cells = [(starts[i], bounds[i + 1]) for i in range(len(starts))]
    keep = []
    for start, end in cells:
        if found.is_credit(line[start:end]):
            had = True
        else:
            keep.append((start, end))
    if not had:
        return line, False
    texts = [line[s:e].strip() for s, e in keep]
    if not keep or (not _YEAR.search(" ".join(texts)) and all(_menu_cell(t) for t in texts)):
        return None, True
    if len(keep) > 1 and any(_LATIN.search(t) for t in texts):
        # a cell in another script beside translated ones: the source's words, not report
        keep = [c for c, t in zip(keep, texts, strict=True) if _LATIN.search(t)]
    # what is kept is the user's text from the first kept cell to the last (inner separators
    # stay: a date line "Salı, 24.10.2023 | Tuesday 24 October 2023" keeps both dates)
    return line[keep[0][0] : keep[-1][1]].strip(), True


def drop_translation_credits(lines: list[str], notes: list[str]) -> list[str]:
    """``lines`` without the translation's credit among the first ``HEAD_LINES`` lines, nor the
    menu line that carried it (see the module's docstring)."""
    found = credits()
    out: list[str] = []
    for index, line in enumerate(lines):
        if index >= HEAD_LINES:
            out.append(line)
            continue
        kept, had = _strip_line(line, found)
        if not had:
            out.append(line)
            continue
        if kept is None:
            notes.append(f"translation credit line removed: {line!r}")
        else:
            notes.append(f"translation credit removed from {line!r}")
            out.append(kept)
    return out
