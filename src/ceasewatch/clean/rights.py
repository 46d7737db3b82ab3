"""Human-rights documentation's layout read as report (``ceasewatch/documentation.py`` tells the
form: an NGO report's chapter, a UN commission's findings, a court's findings of fact, a
documentation database's export, a monthly bulletin, an urgent appeal).

Two layouts of the form stand in the way of the sentences:

- **numbered paragraphs** ("14. The Commission documented that on ...", "1.2 Researchers
  interviewed ...", a bulletin's "1. 3 June 2021 - <place>: ..."): the number opens the
  sentence, and the extractor reads it as a count ("4. ... police shot dead a driver" coded 4
  dead) or a list's item. The number goes.
- **database entries**: one incident as labelled fields, one a line ("Incident ID: ...", "Date:
  12 May 2019", "Location: <village>, <district>, <division>", "Alleged perpetrator: ...",
  "Victims: ...", "Summary: ..."). Read line by line, the date and the place stand apart from the
  summary that tells the incident, and the identifier's figures look like counts. An entry (three
  or more field lines with a date and a summary) is written as a log's row, the shape
  clean/sheet.py writes and extract reads (``<date in words> | <location>: <summary>``), then the
  other fields' values (perpetrator, victims, the violation's type) without their labels; the
  identifier, status and source lines go.

Words are only removed or, for the entry's date, written in words (as clean/sheet.py does);
every other word is the user's. What was done is noted.
Sources: HURIDOCS Events Standard Formats (2001), the event record's fields; OHCHR, Manual on
Human Rights Monitoring (2011), ch. "Reporting" (numbered paragraphs).
"""

from __future__ import annotations

import re

from ceasewatch.clean.sheet import in_words, read_cell_date
from ceasewatch.documentation import NOTE as DOCUMENTATION_NOTE
from ceasewatch.documentation import is_documentation

# "14. ", "1.2 ", "1.2. ": a paragraph's number (a dot is required: "300 people marched" is a count)
PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?:\d{1,2}\.?)?[ \t]+(?=\S)")

ROLES = {
    "id": r"incident\s+(?:id|no\.?|number|code)|case\s+(?:id|no\.?|number)|reference|ref\.?",
    "date": r"date(?:\s+of\s+(?:the\s+)?incident)?|incident\s+date",
    "place": r"location|place(?:\s+of\s+(?:the\s+)?incident)?",
    "perpetrator": r"(?:alleged\s+)?perpetrators?",
    "victims": r"victims?(?:\s*\(s\))?",
    "type": r"(?:type\s+of\s+)?violations?|incident\s+type|type",
    "summary": r"summary|description|narrative|details",
    "drop": r"status|sources?|verification|confidence|recorded\s+by|entry\s+date",
}
FIELD = re.compile(
    r"^\s*(?P<label>"
    + "|".join(f"(?P<{k}>{v})" for k, v in ROLES.items())
    + r")\s*:\s*(?P<value>.*\S)?\s*$",
    re.IGNORECASE,
)
ENTRY_MIN_FIELDS = 3
# The note that tells extract the form (documentation.NOTE): read once the numbers are gone.
NOTE = DOCUMENTATION_NOTE


def _role(line: str) -> tuple[str, str] | None:
    m = FIELD.match(line)
    if m is None:
        return None
    role = next(k for k in ROLES if m.group(k))
    return role, (m.group("value") or "").strip()


def _date_words(value: str) -> str | None:
    cell = read_cell_date(value)
    if cell is None:
        return None
    date = cell.day_first or cell.month_first
    return in_words(date) if date else None


def _entry(fields: list[tuple[str, str]]) -> list[str] | None:
    """One database entry's lines as a row and its other values, or None when it is no entry."""
    by_role: dict[str, str] = {}
    for role, value in fields:
        by_role.setdefault(role, value)
    if "date" not in by_role or "summary" not in by_role or not by_role["summary"]:
        return None
    date = _date_words(by_role["date"])
    if date is None:
        return None
    place = by_role.get("place", "")
    head = f"{date} | {place}: " if place else f"{date} | "
    lines = [head + by_role["summary"]]
    for role, value in fields:
        if role in {"perpetrator", "victims", "type"} and value:
            lines.append(value)
    return lines


def read_rights_document(lines: list[str], notes: list[str]) -> list[str]:
    """The lines of a rights document with its paragraph numbers out and its database entries
    written as rows (module docstring); any other text comes back unchanged."""
    if not is_documentation("\n".join(lines)):
        return lines
    out: list[str] = []
    numbers = entries = 0
    i = 0
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (field := _role(lines[j])) is not None:
            run.append(field)
            j += 1
        if len(run) >= ENTRY_MIN_FIELDS and (rows := _entry(run)) is not None:
            out.extend(rows)
            entries += 1
            i = j
            continue
        line = lines[i]
        bare = PARAGRAPH_NUMBER.sub("", line, count=1)
        numbers += bare != line
        out.append(bare)
        i += 1
    notes.append(NOTE)
    if numbers:
        notes.append(f"read as rights documentation: {numbers} paragraph number(s) removed")
    if entries:
        notes.append(f"read as rights documentation: {entries} database entr(y/ies) as rows")
    return out


__all__ = ["read_rights_document"]
