"""The analyst's corrections as training rows, in the ACLED CSV shape ``train`` reads.

Each corrected event still in the archive becomes one row of ``export.event_row`` (the events
CSV's columns), its notes the event's sentence, plus who corrected it and why. An event marked
as no event has no ACLED row (the codebook has no "not an event" type): it is counted, not
written. ``train --from-archive`` reads these rows through the same checks as an export
(``acled.read_data``), so a row the archive cannot vouch for is skipped and named like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ceasewatch.export import COLUMNS, NUMERIC_COLUMNS, csv_text, event_row
from ceasewatch.learn.acled import FileReport, Row, read_data
from ceasewatch.model import Correction, Event

ARCHIVE_SOURCE = "archive-corrections.csv"
CORRECTION_COLUMNS = ("corrections", "corrected_by", "correction_reasons")


def _notes(event: Event) -> str:
    """The words the event was read from: its sentence, else its evidence spans."""
    if event.sentence is not None and event.sentence.text.strip():
        return event.sentence.text
    return " ".join(s.text for s in event.evidence)


def training_row(event: Event, corrections: Sequence[Correction]) -> dict[str, str]:
    row = event_row(event)
    row["notes"] = _notes(event)
    row["corrections"] = str(len(corrections))
    row["corrected_by"] = "; ".join(dict.fromkeys(c.who for c in corrections))
    row["correction_reasons"] = "; ".join(c.reason for c in corrections if c.reason)
    return row


def corrections_csv(events: Iterable[Event], corrections: Mapping[str, Correction]) -> str:
    """The CSV of every corrected event (``corrections``: correction id -> correction)."""
    rows = []
    for event in events:
        mine = [corrections[i] for i in event.corrections if i in corrections]
        if mine:
            rows.append(training_row(event, mine))
    return csv_text(rows, (*COLUMNS, *CORRECTION_COLUMNS), NUMERIC_COLUMNS | {"corrections"})


def archive_rows(csv: str) -> tuple[list[Row], FileReport]:
    """The training rows of ``corrections_csv``'s text, checked like an export's."""
    return read_data(csv.encode("utf-8"), ARCHIVE_SOURCE)


__all__ = ["ARCHIVE_SOURCE", "archive_rows", "corrections_csv", "training_row"]
