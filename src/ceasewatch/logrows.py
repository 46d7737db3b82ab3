"""Which rows of a spreadsheet log (``Article.rows``, clean/sheet.py) an event was read from:
shared by extract (the row's killed cell, extract/sheetrows.py) and resolve (its perpetrator
cell, resolve/__init__.py)."""

from __future__ import annotations

from collections.abc import Sequence

from ceasewatch.model import Event, SheetRow


def rows_of(event: Event, rows: Sequence[SheetRow]) -> list[SheetRow]:
    """The rows the event's sentence and evidence lie in, in order."""
    if not rows:
        return []
    starts = [s.start for s in event.evidence]
    if event.sentence is not None:
        starts.append(event.sentence.start)
    return [r for r in rows if any(r.start <= at < r.end for at in starts)]


__all__ = ["rows_of"]
