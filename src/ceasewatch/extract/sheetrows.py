"""The desk's killed cell of a spreadsheet log's row (``Article.rows``, written by
clean/sheet.py): what a row's words do not say, its event takes from the row.

A log's row is one incident the desk coded, and its killed cell is the desk's count for it:
the figure a coder working from the log takes. An event read from rows whose killed cells
are all plain numbers takes that count (the lowest, when the rows of one incident disagree as
sources do: a second source's repeat, the next morning's update; the conservative figure, as
the toll rules read sources), also over a figure its words give (a breakdown "N fighters and
M soldiers" read as N, or summed twice over a second row): the words' claims stay
on the event (``fatality_claims``) and the note says the toll is the cell's. A cell that is no
plain number ("several", "?", "n/a", empty) is no count: then the words' figure stands, or
none. No cell is written into the text (a "Killed: 5" there was read as a killing trigger,
session 24), so the count has no span: the event's notes name its source.
The perpetrator cell is read by resolve, which knows the actors (resolve/__init__.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from ceasewatch.logrows import rows_of
from ceasewatch.model import Event, SheetRow


def with_row_cells(events: Sequence[Event], rows: Sequence[SheetRow]) -> list[Event]:
    """``events`` with the toll of their rows' killed cells (module docstring)."""
    if not rows:
        return list(events)
    out = []
    for event in events:
        counts = [r.killed for r in rows_of(event, rows)]
        if counts and None not in counts:
            toll = min(c for c in counts if c is not None)
            if toll == event.fatalities:
                out.append(event)
                continue
            note = f"toll {toll} from the log's killed cell"
            notes = f"{event.notes}; {note}" if event.notes else note
            event = event.model_copy(update={"fatalities": toll, "notes": notes})
        out.append(event)
    return out


__all__ = ["with_row_cells"]
