"""An incident log exported from a spreadsheet (``.csv``/``.tsv``) read as one report.

Security desks, NGO fora and monitors keep their incidents in a spreadsheet and export it: a
title row or two (the desk, the area, the export date or the period), a header row in the log's
own words (``Date, Region, Cercle, Location, Incident type, Perpetrator, Target/Victim,
Description, Killed, ...``; French and Spanish headers too), then one row per incident, perhaps
a blank row and the header again, perhaps a ``TOTAL`` row. Read as plain text every row was one
line of commas: the date cell unread ("11/03/2024" is no date the extractor knows), the places
a run of cells, the description cut at its inner commas.

The log is ONE document whose rows are its paragraphs (the evaluation scores a file's events
together, and the rows share the title's date, the desk's area and its shorthand): each row
with a date and a description becomes the paragraph

    ``<date> | <location>, <district>, <region>, <country>: <description>``

written from the row's own cells: the date in words ("11 March 2024", read day-first or
month-first once for the whole file, from all its dates: a cell whose first number is over 12
is day-first, one whose second is month-first, else the reading that keeps more dates within
the weeks up to the title's date, else day-first), the place cells from the smallest to the
largest ("village, district, province": the containment the geocoder reads), the description
as written (its line breaks joined). Each row's paragraph is recorded on the article with the
cells it does not write (``Article.rows``: where it starts and ends, its killed count, its
perpetrator and target cells): extract starts a new incident where a row starts (the place of
the row before does not carry into it) and takes the killed cell as the row's toll
(extract/sheetrows.py); resolve reads the perpetrator cell where the row's words name no actor1.
The cells are not written into the text (a "Killed: 5" there was read as a killing; a toll or
an actor in words the user did not write would be no honest evidence); the clock, weekday,
source, confidence and injured cells are not kept. The incident type stands in for an empty
description; a row the desk types as no event (a road accident, a fire, a suspicious item, a
planned march, crime, "no incident": ``quiet`` in data/sheets.yaml, whole cells only) is not
read, and noted by line. The document's date is the
latest date its title rows print, else its latest row's. Rows without a readable date,
repeated headers, blank and totals rows are skipped and noted with their row number; a file
with no recognisable header row is read as plain text.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import yaml

from ceasewatch import datefrag as df

DATA = Path(__file__).with_name("data") / "sheets.yaml"
SHEET_TYPES = frozenset({"text/csv", "text/tab-separated-values"})
ROW_DAYS = 45  # a log's rows lie within the weeks before its export date
MONTH_NAMES = tuple(calendar.month_name[1:])
ROW_HEAD = " | "  # between a row's date in words and its place cells


@dataclass(frozen=True)
class Words:
    roles: dict[str, str]  # a header word -> its column's role
    empty: frozenset[str]
    totals: frozenset[str]
    quiet: frozenset[str]  # type cells of rows that are no event (a road accident, crime)


@cache
def words() -> Words:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    roles = {}
    for role in (
        "date",
        "skip",
        "country",
        "place",
        "description",
        "type",
        "actor",
        "target",
        "killed",
    ):
        for word in data[role]:
            roles[_norm(str(word))] = role
    return Words(
        roles=roles,
        empty=frozenset(_norm(str(w)) for w in data["empty"]),
        totals=frozenset(_norm(str(w)) for w in data["totals"]),
        quiet=frozenset(_norm(str(w)) for w in data["quiet"]),
    )


def _norm(cell: str) -> str:
    """Lower case, accents off, spaces single, a trailing colon or unit in brackets off."""
    text = unicodedata.normalize("NFKD", cell).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\s*\((?:n|nb|#|no\.?)\)\s*$", "", text)
    return re.sub(r"\s+", " ", text).strip(" :.*\t")


def role_of(cell: str) -> str | None:
    """The role of a header cell, or None when it is no header word."""
    roles = words().roles
    key = _norm(cell)
    if not key:
        return None
    if key in roles:
        return roles[key]
    parts = [p.strip() for p in re.split(r"\s*/\s*", key) if p.strip()]
    found = [roles[p] for p in parts if p in roles]
    return found[0] if found else None


# --- dates in cells ------------------------------------------------------------------------

_NUMERIC = re.compile(
    rf"^{df.named('a', df.FIG2)}[./-]{df.named('b', df.FIG2)}[./-]{df.named('y', df.YEAR_SHORT)}$"
)
_ISO = re.compile(
    rf"^{df.named('y', df.YEAR4)}[./-]{df.named('m', df.FIG2)}[./-]{df.named('d', df.FIG2)}"
    r"(?:[T ].*)?$"
)
_DAY_MON = re.compile(
    rf"^{df.named('day', df.FIG2)}{df.ORDINAL}?[\s./-]+{df.month()}[\s./,-]+"
    rf"{df.named('year', df.YEAR_SHORT)}$",
    re.IGNORECASE,
)
_MON_DAY = re.compile(
    rf"^{df.month()}\s+{df.named('day', df.FIG2)}{df.ORDINAL}?,?\s+{df.named('year', df.YEAR4)}$",
    re.IGNORECASE,
)
# dates inside a title row: "export 17 Dec 2023", "exported March 19, 2023", "(export
# 9/22/2024)", "11 to 17 March 2024", "as of 6 October 2019", "2018-08-19"
_MON = df.month(None)
_IN_TITLE = re.compile(
    rf"\b(?:{df.FIG2}[./-]{df.FIG2}[./-]{df.YEAR4}|{df.YEAR4}-{df.FIG2}-{df.FIG2}"
    rf"|{df.FIG2}{df.ORDINAL}?[\s-]+{_MON}[\s,-]+{df.YEAR4}"
    rf"|{_MON}\s+{df.FIG2}{df.ORDINAL}?,?\s+{df.YEAR4})\b",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


@dataclass(frozen=True)
class CellDate:
    """A date cell read: its two orders when it is "a/b/yyyy" (``ambiguous``)."""

    day_first: dt.date | None
    month_first: dt.date | None
    ambiguous: bool


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_cell_date(cell: str) -> CellDate | None:
    text = cell.strip()
    if m := _ISO.match(text):
        date = _make(int(m["y"]), int(m["m"]), int(m["d"]))
        return CellDate(date, date, False) if date else None
    if m := _NUMERIC.match(text):
        a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
        first, second = _make(y, b, a), _make(y, a, b)
        if first is None and second is None:
            return None
        return CellDate(first, second, first is not None and second is not None and a != b)
    if m := _DAY_MON.match(text) or _MON_DAY.match(text):
        date = df.read(m)
        return CellDate(date, date, False) if date else None
    return None


def title_dates(text: str) -> list[CellDate]:
    """The dates a title row prints, each with its two readings when it is "a/b/yyyy"."""
    return [c for m in _IN_TITLE.finditer(text) if (c := read_cell_date(m.group(0)))]


def title_date(text: str, first: bool = True) -> dt.date | None:
    """The latest date a title row prints, read day first (``first``) or month first where
    "a/b/yyyy" allows both."""
    found = [d for c in title_dates(text) if (d := _reading(c, first))]
    return max(found) if found else None


def _reading(cell: CellDate, first: bool) -> dt.date | None:
    return (cell.day_first if first else cell.month_first) or cell.day_first or cell.month_first


def day_first(cells: list[CellDate], title: str = "") -> bool:
    """The file's order, from all its dates and its title's: a reading that is no date rules
    its order out; else the order that keeps more dates within ``ROW_DAYS`` before the title's
    date (read in the same order); else day first."""
    everything = [*cells, *title_dates(title)]
    if any(c.month_first is None for c in everything):
        return True
    if any(c.day_first is None for c in everything):
        return False

    def fits(first: bool) -> int:
        anchor = title_date(title, first)
        if anchor is None:
            return 0
        dates = [_reading(c, first) for c in cells]
        return sum(1 for d in dates if d and 0 <= (anchor - d).days <= ROW_DAYS)

    return fits(True) >= fits(False)


def in_words(date: dt.date) -> str:
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


# --- the table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cells:
    """The cells of a row its paragraph does not write: the desk's killed count (a plain
    number; "several", "?" and "n/a" are none) and its perpetrator and target words."""

    killed: int | None = None
    perpetrator: str | None = None
    target: str | None = None
    head: int = 0  # the length of the paragraph's head, its date and places before the words


@dataclass
class Sheet:
    """A log read: its paragraphs (one a row) with each row's other cells, title rows, date and
    what was skipped."""

    title: str | None
    paragraphs: list[str]
    published: dt.date | None
    notes: list[str] = field(default_factory=list)
    cells: list[Cells] = field(default_factory=list)  # one for each paragraph


_COUNT = re.compile(r"^\d{1,5}$")


def _count(cell: str) -> int | None:
    return int(cell) if _COUNT.match(cell.strip()) else None


def delimiter(text: str, name: str) -> str:
    if name.lower().endswith(".tsv"):
        return "\t"
    head = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(head, delimiters=",\t;|").delimiter
    except csv.Error:
        return max(",\t;", key=head.count)


def _header(row: list[str]) -> list[str | None] | None:
    """The roles of a header row's cells, or None when the row is no header (a date column
    and at least two other known columns)."""
    roles = [role_of(c) for c in row]
    known = [r for r in roles if r is not None]
    if "date" in roles and len(known) >= 3 and len(known) * 2 >= len([c for c in row if c]):
        return roles
    return None


def _longest_column(rows: list[list[str]], columns: list[int]) -> int | None:
    """Of ``columns``, the one whose cells hold the most words, when they average five."""

    def words_in(i: int) -> int:
        return sum(len(row[i].split()) for row in rows if i < len(row))

    best = max(columns, key=words_in, default=None)
    if best is None or words_in(best) < 5 * max(1, len(rows)):
        return None
    return best


# words around a place name in a location cell that name no other unit ("near Alpha",
# "Alpha town", "Beta (village)", "Gamma (outskirts)")
_AROUND = re.compile(
    r"\b(?:near|outside|around|outskirts|town|city|village|area|district|centre|center)\b|[()]",
    re.IGNORECASE,
)


def _holds(cell: str, name: str) -> bool:
    """``cell`` (a smaller place cell) is ``name`` again with words around it ("near Alpha"
    and the district cell "Alpha", "Alpha town" and "Alpha"): written again, the larger cell
    reads as a second place ("near Alpha, Alpha, North": two places, two events)."""

    def bare(text: str) -> str:
        return " ".join(_AROUND.sub(" ", text).split()).casefold()

    return bare(cell) == bare(name)


def _cell(cells: list[str], i: int) -> str:
    return _clean_cell(cells[i]) if i < len(cells) else ""


def _clean_cell(cell: str) -> str:
    text = re.sub(r"\s*\n\s*", " ", cell).strip()
    return "" if _norm(text) in words().empty else text


def read_sheet(text: str, name: str = "") -> Sheet | None:
    """The log in ``text``, or None when no header row is found (then it is read as text)."""
    sep = delimiter(text, name)
    where = name or "the log"  # notes name the file and the line of each row skipped
    try:
        reader = csv.reader(io.StringIO(text), delimiter=sep)
        rows = [(reader.line_num, row) for row in reader]  # the line each record ends on
    except csv.Error:
        return None
    header: list[str | None] | None = None
    titles: list[str] = []
    body: list[tuple[int, list[str]]] = []
    notes: list[str] = []
    for number, row in rows:
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        roles = _header(cells)
        if roles is not None:
            if header is None:
                header = roles
            else:
                notes.append(f"{where} line {number}: the header again, skipped")
            continue
        if header is None:
            titles.append(" ".join(c for c in cells if c))
            continue
        body.append((number, cells))
    if header is None:
        return None
    column = {role: [i for i, r in enumerate(header) if r == role] for role in set(header)}
    if not column.get("description"):  # no header word for it: the free-text column, the one
        # of the others whose cells run longest (a log always has one)
        free = _longest_column([c for _, c in body], [i for i, r in enumerate(header) if not r])
        if free is not None:
            column["description"] = [free]
            notes.append(f"{where}: column {free + 1} read as the description")
    dates = column.get("date", [])[:1]
    title = " - ".join(titles) if titles else None
    read: list[tuple[int, list[str], CellDate]] = []
    for number, cells in body:
        first = _norm(next((c for c in cells if c), ""))
        if first in words().totals or first.split(" ")[0] in words().totals:
            notes.append(f"{where} line {number}: a totals row, skipped")
            continue
        cell = read_cell_date(cells[dates[0]]) if dates and dates[0] < len(cells) else None
        if cell is None:
            notes.append(f"{where} line {number}: no date in the date column, skipped")
            continue
        if len(cells) > len(header):
            notes.append(
                f"{where} line {number}: {len(cells)} cells under a header of {len(header)}, "
                "read by position"
            )
        read.append((number, cells, cell))
    order = day_first([c for _, _, c in read], title or "")
    anchor = title_date(title or "", order)
    paragraphs: list[str] = []
    kept: list[Cells] = []
    row_dates: list[dt.date] = []
    for number, cells, cell in read:
        date = cell.day_first if order else cell.month_first
        date = date or cell.day_first or cell.month_first
        if date is None:
            continue
        get = partial(_cell, cells)
        places = [get(i) for i in column.get("place", [])]
        chain: list[str] = []
        for p in [*reversed(places), *(get(i) for i in column.get("country", []))]:
            if p and not any(_holds(c, p) for c in chain):
                chain.append(p)
        described = " ".join(get(i) for i in column.get("description", []) if get(i))
        if not described:
            described = " ".join(get(i) for i in column.get("type", []) if get(i))
        if not described:
            notes.append(f"{where} line {number}: no description, skipped")
            continue
        kind = next((k for i in column.get("type", []) if (k := get(i))), "")
        if _norm(kind) in words().quiet:
            notes.append(f"{where} line {number}: typed {kind!r}, no event (not read)")
            continue
        if described[-1] not in ".!?\"'”)":
            described += "."
        place = ", ".join(chain)
        head = f"{in_words(date)}{ROW_HEAD}{place}: " if place else f"{in_words(date)}{ROW_HEAD}"
        paragraphs.append(head + described)
        kept.append(
            Cells(
                killed=next(
                    (n for i in column.get("killed", []) if (n := _count(get(i))) is not None), None
                ),
                perpetrator=next((a for i in column.get("actor", []) if (a := get(i))), None),
                target=next((a for i in column.get("target", []) if (a := get(i))), None),
                head=len(head),
            )
        )
        row_dates.append(date)
    published = anchor or (max(row_dates) if row_dates else None)
    notes.insert(
        0,
        f"spreadsheet log: {len(paragraphs)} incident row(s) read as paragraphs, dates "
        + ("day first" if order else "month first"),
    )
    return Sheet(title=title, paragraphs=paragraphs, published=published, notes=notes, cells=kept)


__all__ = ["ROW_HEAD", "SHEET_TYPES", "Cells", "Sheet", "read_sheet", "role_of", "title_date"]
