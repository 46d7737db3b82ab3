"""ACLED-format CSV exports -> checked training rows, with every bad row named and counted.

The columns are ACLED's (``notes``, ``event_date``, ``event_type``, ``sub_event_type``,
``actor1``, ``assoc_actor_1``, ``inter1``, ``actor2``, ``assoc_actor_2``, ``inter2``,
``location``, ``admin1``-``admin3``, ``latitude``, ``longitude``, ``geo_precision``,
``fatalities``, ``country``); only ``notes`` and ``sub_event_type`` are required. A file without
them is refused whole (``InputError``); a row with an unknown label, a date or number that does not
read, broken quoting or too few fields is skipped and recorded as a ``Problem`` naming the file,
line and column: a bad row is never learned from.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ceasewatch.errors import InputError
from ceasewatch.model import SUB_EVENT_TO_TYPE

REQUIRED = ("notes", "sub_event_type")
# Date spellings of ACLED exports and of the CSVs teams keep in the same shape.
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%d/%m/%Y")
# ACLED writes a toll it could not establish as a convention number and says so in the notes
# ("fatalities coded as 10", "coded as 3"): such a toll is unknown, not a count.
UNKNOWN_TOLL = re.compile(r"\bcoded as (?:\d+|zero)\b", re.IGNORECASE)
# Bad rows listed one by one in a report; the rest are counted.
MAX_LISTED = 50


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        column = f", column {self.column!r}" if self.column else ""
        return f"{self.file}: line {self.line}{column}: {self.reason}"


@dataclass(frozen=True)
class Row:
    """One checked row of an export."""

    file: str
    line: int
    notes: str
    sub_event_type: str
    event_date: dt.date | None
    country: str | None
    actors: tuple[tuple[str, str | None, str], ...]  # (name, inter code or type text, role)
    location: str | None
    admin: tuple[str | None, str | None, str | None]
    point: tuple[float, float] | None
    geo_precision: int | None
    fatalities: int | None  # None when the notes say the toll is a convention number


@dataclass
class FileReport:
    path: str
    sha256: str
    rows: int = 0  # data rows read (good and bad)
    used: int = 0
    skipped: int = 0
    unknown_tolls: int = 0
    problems: list[Problem] = field(default_factory=list)


def read_export(path: Path) -> tuple[list[Row], FileReport]:
    """The good rows of one export and a report of the rest. Raises ``InputError`` when the file
    cannot be read or lacks a required column."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return read_data(data, str(path))


def read_data(data: bytes, name: str) -> tuple[list[Row], FileReport]:
    """``read_export`` on bytes already read (the archive's corrections, ``learn.archive``);
    ``name`` stands for the file in reports."""
    report = FileReport(name, hashlib.sha256(data).hexdigest())
    try:
        text = data.decode("utf-8-sig")  # a BOM (Excel's UTF-8 CSV) is not part of the header
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text (byte {exc.start})") from exc
    # newline="": CRLF, LF and a newline inside a quoted note are left to the csv reader.
    lines = io.StringIO(text, newline="")
    rows = [row for row in _rows(lines, report) if row is not None]
    report.used = len(rows)
    report.skipped = report.rows - report.used
    return rows, report


def _rows(lines: io.StringIO, report: FileReport) -> Iterator[Row | None]:
    reader = csv.reader(lines, strict=True)
    header = _header(reader, report.path)
    last = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.rows += 1
            _bad(report, last + 1, None, f"broken quoting ({exc})")
            last = reader.line_num
            yield None
            continue
        start, last = last + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        report.rows += 1
        yield _check(header, cells, start, report)


def _header(reader: Iterator[list[str]], path: str) -> list[str]:
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(path, "no header line") from exc
    for name in REQUIRED:
        if name not in header:
            raise InputError(path, f"no column {name!r} (line 1 names {', '.join(header)[:200]})")
    return header


def _bad(report: FileReport, line: int, column: str | None, reason: str) -> None:
    report.problems.append(Problem(report.path, line, column, reason))


def _check(header: list[str], cells: list[str], line: int, report: FileReport) -> Row | None:
    if len(cells) != len(header):
        what = "a truncated row" if len(cells) < len(header) else "too many fields"
        column = header[min(len(cells), len(header) - 1)]
        _bad(report, line, column, f"{what}: {len(cells)} fields, the header has {len(header)}")
        return None
    raw = {h: c.strip() for h, c in zip(header, cells, strict=True)}
    try:
        row = _row(raw, report.path, line)
    except _BadValue as exc:
        _bad(report, line, exc.column, exc.reason)
        return None
    report.unknown_tolls += row.fatalities is None and bool(raw.get("fatalities"))
    return row


class _BadValue(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _row(raw: dict[str, str], path: str, line: int) -> Row:
    notes = raw["notes"]
    if not notes:
        raise _BadValue("notes", "empty")
    sub = raw["sub_event_type"]
    if sub not in SUB_EVENT_TO_TYPE:
        raise _BadValue("sub_event_type", f"{sub!r} is not an ACLED sub-event type")
    event_type = raw.get("event_type")
    if event_type and event_type != SUB_EVENT_TO_TYPE[sub]:
        reason = f"{event_type!r} is not the event type of {sub!r} ({SUB_EVENT_TO_TYPE[sub]})"
        raise _BadValue("event_type", reason)
    return Row(
        file=path,
        line=line,
        notes=notes,
        sub_event_type=sub,
        event_date=parse_date(raw.get("event_date", "")),
        country=raw.get("country") or None,
        actors=_actors(raw),
        location=raw.get("location") or None,
        admin=(raw.get("admin1") or None, raw.get("admin2") or None, raw.get("admin3") or None),
        point=_point(raw),
        geo_precision=_integer(raw, "geo_precision", 1, 3),
        fatalities=None if UNKNOWN_TOLL.search(notes) else _integer(raw, "fatalities", 0, None),
    )


def parse_date(text: str) -> dt.date | None:
    """An export's date in any of ``DATE_FORMATS``; empty is None, anything else is bad."""
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _BadValue("event_date", f"{text!r} is not a date in a known format")


def _integer(raw: dict[str, str], column: str, low: int, high: int | None) -> int | None:
    text = raw.get(column, "")
    if not text:
        return None
    try:
        value = int(float(text))
    except ValueError:
        raise _BadValue(column, f"{text!r} is not a number") from None
    if value < low or (high is not None and value > high):
        raise _BadValue(column, f"{value} is outside {low}..{high if high is not None else ''}")
    return value


def _point(raw: dict[str, str]) -> tuple[float, float] | None:
    lat, lon = raw.get("latitude", ""), raw.get("longitude", "")
    if not lat and not lon:
        return None
    try:
        point = (float(lat), float(lon))
    except ValueError:
        column = "latitude" if not _is_number(lat) else "longitude"
        raise _BadValue(column, f"{raw.get(column)!r} is not a number") from None
    if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise _BadValue("latitude", f"{lat}, {lon} is not a point on Earth")
    return point


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _actors(raw: dict[str, str]) -> tuple[tuple[str, str | None, str], ...]:
    """(name, inter, role) of every actor the row names; associated actors are ``;``-separated
    and carry no inter code of their own in an export."""
    found: list[tuple[str, str | None, str]] = []
    for n in ("1", "2"):
        if raw.get(f"actor{n}"):
            found.append((raw[f"actor{n}"], raw.get(f"inter{n}") or None, f"actor{n}"))
        for name in (raw.get(f"assoc_actor_{n}") or "").split(";"):
            if name.strip():
                found.append((name.strip(), None, f"assoc_actor_{n}"))
    return tuple(found)
