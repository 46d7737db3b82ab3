"""Text copied out of a PDF: the page's layout out, the document's sentences back.

Situation reports, security-desk weeklies and bulletins reach users as PDFs; the text a user
copies out of one keeps the page's layout. Every later stage reads a line as a paragraph, so a
sentence broken over three lines was read as three paragraphs ("km from Bule, killing 7 displaced
people" without its subject and date), a running footer ("Weekly update | 1/2") as report text,
a section heading ("PROTESTS") as an event and a row of key figures ("Killed: 12 | Injured: 37")
as a bombing (issue 9, session 23: reportsi).

The rules apply only to a hard-wrapped text (``is_hard_wrapped``: most lines end near one width,
as a PDF's lines do; a pasted web article or a channel's posts do not), in this order:

1. running page headers and footers out: a short line that names a page ("Page 2", "1/2",
   "1 of 3") beside a title or a separator, or a short line printed again on another page with
   only its numbers changed
2. a section heading in capitals out ("2. INCIDENTS OF CONCERN", "PROTESTS"), never in the cover
   block before the first blank line (the document's title and date)
2b. a headline in sentence case out: a block's first line after the cover, short and with no
   stop, over a paragraph whose first line is full ("Troops clash with rebels in the north" over
   the paragraph that tells it: one event, not two)
3. a row of key figures out: three or more cells, each a count with a few words ("Killed: 12 |
   Injured: 37", "12 aid workers detained | 3 aid workers killed")
4. hard-wrapped lines joined into their paragraph's line: a line continues when the next opens
   in lower case, or when the next line's first word would not have fit on it; a numbered item,
   a bullet, a footnote or a table row starts its own line unless the line before broke
   mid-sentence; a word hyphenated at the break is joined ("Boulk-" "essi": "Boulkessi") unless
   the document prints it with its hyphen elsewhere; a sentence broken by a page's footer is
   joined across it
5. a table row wrapped over two lines joined: under a header row of N cells, a row with fewer
   cells takes the next line's (a header wrapped after its last pipe is joined first)
6. a row read by its header: under a header with a serial number's cell ("S.No | District |
   ..."), that cell's number out of each row with the header's cell count, so that a row opens
   on its cells ("2 | Bajaur | Khar | ..." was read as an item "2" and a sentence "Bajaur |")

Each rule says what it did in the notes. Words are only removed (layout) or joined (a line break
or a break hyphen becomes a space or nothing): the report's words are the user's.
"""

from __future__ import annotations

import re

WRAP_MAX = 130  # a PDF page's line is at most this wide (A4 portrait at 10pt: 80-110)
NEAR_WIDTH = 15  # a "full" line ends within this many characters of the width
MIN_FULL_LINES = 4
MIN_FULL_SHARE = 0.3
RUNNING_MAX = 90  # a running header or footer is short
HEADLINE_MIN_WORDS = 4  # a headline tells who did what ("Troops clash with rebels")

SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*(?:\[\d+\])?$")
# a line that opens an item of its own: "2.1 ", "B1. ", "(a) ", "- ", "• ", "[2] "
ITEM_START = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[A-Z]\d{1,2}\.?\s|\([a-z0-9]{1,3}\)\s|[-•*▪–—]\s|\[\d+\]\s)"
)
PAGE_MARK = re.compile(
    r"\bpage\s+\d{1,3}\b"
    r"|(?:^|[|•·\-–—]\s*)\d{1,3}\s*(?:/|\bof\b)\s*\d{1,3}\s*$"
    r"|\|\s*\d{1,3}\s*$",
    re.I,
)
HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-Z]\d{0,2}\.\s+)?(?P<words>[^a-z]+)$")
FIGURE_CELL = re.compile(r"\d")
ROW_OPEN = re.compile(r"^\(?[0-3]?\d/[01]?\d\)?\s.*\|")  # "16/05 | ...", "(10/05) ... |"
# a header cell numbering the rows ("S.No", "Sr. No.", "#")
SERIAL_CELL = re.compile(r"^(?:s\.?\s*no\.?|sr\.?\s*no\.?|no\.?|#|ser\.?|serial)$", re.I)


def is_hard_wrapped(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it is not hard-wrapped: the 90th
    percentile of its lines' lengths, at most ``WRAP_MAX``, with at least ``MIN_FULL_LINES``
    lines (and ``MIN_FULL_SHARE`` of them) ending within ``NEAR_WIDTH`` of it."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < MIN_FULL_LINES * 2:
        return None
    width = lengths[int(0.9 * len(lengths))]
    if width > WRAP_MAX:
        return None
    full = [n for n in lengths if width - NEAR_WIDTH <= n <= width + 2]
    if len(full) < MIN_FULL_LINES or len(full) < MIN_FULL_SHARE * len(lengths):
        return None
    return width


def _shape(line: str) -> str:
    """A running line with its numbers masked ("Weekly update | 1/2" = "... | 2/2")."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _is_running(line: str, index: int, lines: list[str], shapes: dict[str, int]) -> bool:
    text = line.strip()
    if not text or len(text) > RUNNING_MAX or SENTENCE_END.search(text):
        return False
    above = index == 0 or not lines[index - 1].strip()
    below = index + 1 >= len(lines) or not lines[index + 1].strip()
    alone = above and below
    if PAGE_MARK.search(text) and (above or below) and not _is_row(text):
        return True
    return alone and shapes.get(_shape(text), 0) > 1 and index > 0


def _is_row(text: str) -> bool:
    """A table row, never a page's footer though it ends on a number ("16/05 | <place> | <incident>
    | 3"): it opens on a day and month, or has four cells or more and names no page."""
    if ROW_OPEN.match(text):
        return True
    return text.count("|") >= 3 and not re.search(r"\bpage\b", text, re.I)


def _is_heading(line: str, index: int, lines: list[str], cover_end: int) -> bool:
    text = line.strip()
    match = HEADING.match(text)
    if match is None or index < cover_end or len(text) > RUNNING_MAX:
        return False
    letters = re.findall(r"[A-Z]{3,}", match.group("words"))
    return bool(letters) and not SENTENCE_END.search(text)


def _is_headline(index: int, lines: list[str], cover_end: int, width: int) -> bool:
    """A release's or a section's headline in sentence case ("Troops clash with rebels in the
    north"): the first line of a block after the cover, short, with no stop, over a paragraph
    whose first line is full (so the short line is no wrapped line of it)."""
    text = lines[index].strip()
    if index <= cover_end or lines[index - 1].strip() or index + 1 >= len(lines):
        return False
    nxt = lines[index + 1].strip()
    if (
        not text[:1].isupper()
        or len(text.split()) < HEADLINE_MIN_WORDS
        or len(text) > width - NEAR_WIDTH
        or SENTENCE_END.search(text)
        or "|" in text
        or ITEM_START.match(text)
        or ROW_OPEN.match(text)
    ):
        return False
    return nxt[:1].isupper() and len(nxt) >= width - NEAR_WIDTH and not ITEM_START.match(nxt)


def _is_figures(line: str) -> bool:
    cells = [c.strip() for c in line.split("|")]
    if len(cells) < 3 or not all(cells):
        return False
    # a label before the first count ("Key figures this month (1-14 May): 143 incidents")
    cells[0] = cells[0].rsplit(":", 1)[-1].strip() or cells[0]
    return all(FIGURE_CELL.search(c) and len(c.split()) <= 5 for c in cells)


def _first_word(line: str) -> str:
    parts = line.split()
    return parts[0] if parts else ""


def _continues(line: str, nxt: str, width: int) -> bool:
    """Whether ``nxt`` is the rest of ``line``'s paragraph, broken by the wrap."""
    text, after = line.rstrip(), nxt.strip()
    if not text or not after:
        return False
    broken = not SENTENCE_END.search(text)  # the line stops mid-sentence
    full = len(text) + 1 + len(_first_word(after)) > width
    if ITEM_START.match(after) and not (broken and full):
        return False
    if after[:1].islower() and (broken or full):
        return True
    if "|" in after and ("|" not in text or not after[:1].islower()):
        return False  # a table row under a sentence or under the row before
    return full and (broken or not after[:1].isdigit())


def _join(left: str, right: str, hyphenated: set[str], notes: list[str]) -> str:
    left, right = left.rstrip(), right.strip()
    head = re.search(r"(\w+)-$", left)
    if head and right[:1].islower() and head.group(1)[-1:].isalpha():
        tail = re.match(r"\w+", right)
        word = f"{head.group(1)}-{tail.group(0) if tail else ''}"
        if word.lower() not in hyphenated:
            notes.append(f"PDF layout: rejoined a word hyphenated at a line break: {word!r}")
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def _join_table_rows(lines: list[str], notes: list[str]) -> list[str]:
    """Rule 5: a wrapped table row takes its next line's cells, under a header of N cells."""
    out: list[str] = []
    cells = 0
    joined = 0
    for line in lines:
        count = line.count("|") + 1 if "|" in line else 0
        if not line.strip():
            cells = 0
            out.append(line)
            continue
        prev = out[-1] if out else ""
        prev_count = prev.count("|") + 1 if "|" in prev else 0
        if cells and prev_count and prev_count < cells and prev_count + count - 1 <= cells:
            out[-1] = f"{prev.rstrip()} {line.strip()}"
            joined += 1
            continue
        if (
            cells
            and prev_count == cells
            and prev.rstrip().endswith("|")
            and not count
            and not any(ch.isdigit() for ch in line)
        ):
            out[-1] = f"{prev.rstrip()} {line.strip()}"  # a header wrapped after its last pipe
            joined += 1
            continue
        if count >= 3 and not any(ch.isdigit() for ch in line) and not cells:
            cells = count  # a header row: "Date | Region | Location | Incident | Casualties"
        out.append(line)
    if joined:
        notes.append(f"PDF layout: joined {joined} table row(s) wrapped over two lines")
    return out


def _dropped_columns(header: str) -> list[int]:
    """The indices of a header's serial-number cells ("S.No"), last first."""
    cells = [c.strip() for c in header.split("|")]
    return [i for i, c in reversed(list(enumerate(cells))) if SERIAL_CELL.match(c)]


def _drop_serial_cells(lines: list[str], notes: list[str]) -> list[str]:
    """Rule 6: under a header with a serial-number cell, that cell out of each row with the
    header's cell count (the row keeps its place, date and toll)."""
    out: list[str] = []
    columns: list[int] = []
    cells = 0
    dropped = 0
    for line in lines:
        count = line.count("|") + 1 if "|" in line else 0
        if not line.strip() or not count:
            columns, cells = [], 0
            out.append(line)
            continue
        if not cells and count >= 3 and not any(ch.isdigit() for ch in line):
            columns, cells = _dropped_columns(line), count
            out.append(line)
            continue
        if columns and count == cells:
            parts = line.split("|")
            for column in columns:
                del parts[column]
            out.append("|".join(parts).strip())
            dropped += 1
            continue
        out.append(line)
    if dropped:
        notes.append(f"PDF layout: read {dropped} table row(s) without their serial-number cells")
    return out


def unwrap_pdf(text: str, notes: list[str]) -> str:
    """``text`` with its PDF layout undone (rules 1-5), or ``text`` itself when it is not
    hard-wrapped. Paragraph breaks (blank lines) are kept."""
    lines = text.splitlines()
    width = is_hard_wrapped(lines)
    if width is None:
        return text
    notes.append(f"PDF layout: text hard-wrapped at {width} characters")
    shapes: dict[str, int] = {}
    for line in lines:
        if line.strip() and len(line.strip()) <= RUNNING_MAX:
            shapes[_shape(line)] = shapes.get(_shape(line), 0) + 1
    cover_end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _is_running(line, index, lines, shapes):
            notes.append(f"PDF layout: removed a running page header/footer: {line.strip()!r}")
            continue
        if _is_heading(line, index, lines, cover_end):
            notes.append(f"PDF layout: removed a section heading: {line.strip()!r}")
            continue
        if _is_headline(index, lines, cover_end, width):
            notes.append(f"PDF layout: removed a headline above its paragraph: {line.strip()!r}")
            continue
        kept.append(line)
    hyphenated = {m.group(0).lower() for m in re.finditer(r"\w+-\w+", text)}
    out: list[str] = []
    joins = 0
    for line in kept:
        if out and _continues(out[-1], line, width):
            out[-1] = _join(out[-1], line, hyphenated, notes)
            joins += 1
        elif not line.strip():
            if out and out[-1].strip():
                out.append(line)
        elif out and not out[-1].strip() and _across_page(out, line):
            # a sentence broken by a page's footer (removed above): join across the gap
            out.pop()
            out[-1] = _join(out[-1], line, hyphenated, notes)
            joins += 1
        else:
            out.append(line)
    if joins:
        notes.append(f"PDF layout: joined {joins} hard-wrapped line(s) into their paragraphs")
    rows = []
    for line in _drop_serial_cells(_join_table_rows(out, notes), notes):
        if _is_figures(line):  # rule 3, on the joined line (a row of figures wraps too)
            notes.append(f"PDF layout: removed a row of key figures: {line.strip()!r}")
            continue
        rows.append(line)
    return "\n".join(rows)


def _across_page(out: list[str], line: str) -> bool:
    """A blank line left where a footer was, between a paragraph that stops mid-sentence and a
    line that goes on in lower case."""
    if len(out) < 2 or not out[-2].strip():
        return False
    before = out[-2].rstrip()
    return not SENTENCE_END.search(before) and line.strip()[:1].islower() and "|" not in before


__all__ = ["is_hard_wrapped", "unwrap_pdf"]
