"""Event identity across re-extractions: which new event is which archived one.

An event's id must survive a re-run of the pipeline, so that a downstream dataset (and the
verdicts, keyed by event id) can follow it. Extract proposes an id from the event's own evidence
(``extract.events.stable_id``); that alone breaks whenever a changed stage changes the evidence
(a longer sentence, a better place). So when an article is re-extracted the store matches the
new events against the ones it holds for that article, and a match keeps the archived id:

1. the same proposed id (same sentence words, type and place), when plausible (below);
2. else the best-scoring pair, greedily: overlapping evidence (the same sentence, or spans that
   overlap) with the same type or place, or, when the text moved, same type, place and date;
3. a new event left over is added (its proposed id, suffixed if an archived one holds it);
   an archived event left over is retracted.

Pure: the store calls ``reconcile`` inside the transaction that saves the extraction, and
records what it returns in the change feed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ceasewatch.model import Event, FieldChange, Span

# Pair scores (see ``_score``): evidence overlap is the strongest sign of identity; type,
# sub-type, place and date confirm it. A pair must reach MIN_SCORE and pass ``_plausible``.
EVIDENCE, TYPE, SUB_TYPE, PLACE, DATE = 4.0, 2.0, 1.0, 2.0, 1.0
MIN_SCORE = 5.0
# A seq the store can hold (64-bit integers): longer digit strings are refused, not overflowed.
MAX_SEQ_DIGITS = 18


@dataclass(frozen=True)
class Update:
    event: Event  # the new record, carrying the archived id
    fields: dict[str, FieldChange]


@dataclass(frozen=True)
class Reconciled:
    events: tuple[Event, ...]  # the new events, in their order, with the ids they keep or get
    added: tuple[Event, ...] = ()
    updated: tuple[Update, ...] = ()
    retracted: tuple[Event, ...] = ()
    kept: int = 0  # matched and unchanged


def reconcile(old: Sequence[Event], new: Sequence[Event]) -> Reconciled:
    """The new events of an article with the ids of the archived events they continue."""
    matched = _match(old, new)  # new position -> old position
    ids: dict[int, str] = {j: old[i].id for j, i in matched.items()}
    taken = {e.id for e in old} | set(ids.values())
    for j, event in enumerate(new):
        if j not in ids:
            ids[j] = _free(event.id, taken)
            taken.add(ids[j])
    events = tuple(e.model_copy(update={"id": ids[j]}) for j, e in enumerate(new))
    updates, kept = [], 0
    for j, i in sorted(matched.items()):
        changed = diff(old[i], events[j])
        if changed:
            updates.append(Update(events[j], changed))
        else:
            kept += 1
    gone = set(range(len(old))) - set(matched.values())
    return Reconciled(
        events=events,
        added=tuple(events[j] for j in range(len(new)) if j not in matched),
        updated=tuple(updates),
        retracted=tuple(old[i] for i in sorted(gone)),
        kept=kept,
    )


def _free(proposed: str, taken: set[str]) -> str:
    eid, n = proposed, 1
    while eid in taken:
        n += 1
        eid = f"{proposed}-{n}"
    return eid


def _match(old: Sequence[Event], new: Sequence[Event]) -> dict[int, int]:
    """Greedy one-to-one matching, best score first; ties go to text order (stable)."""
    by_id = {e.id: i for i, e in enumerate(old)}
    matched: dict[int, int] = {}
    for j, event in enumerate(new):
        i = by_id.get(event.id)
        if i is not None and i not in matched.values() and _plausible(old[i], event):
            matched[j] = i
    used = set(matched.values())
    pairs = []
    for j, b in enumerate(new):
        if j in matched:
            continue
        for i, a in enumerate(old):
            if i not in used and _plausible(a, b):
                score = _score(a, b)
                if score >= MIN_SCORE:
                    pairs.append((-score, i, j))
    for _, i, j in sorted(pairs):
        if i not in used and j not in matched:
            matched[j] = i
            used.add(i)
    return matched


def _plausible(a: Event, b: Event) -> bool:
    if _overlap(a, b):
        return a.event_type == b.event_type or _place(a) == _place(b)
    return a.event_type == b.event_type and _place(a) == _place(b) and a.event_date == b.event_date


def _score(a: Event, b: Event) -> float:
    return (
        EVIDENCE * _overlap(a, b)
        + TYPE * (a.event_type == b.event_type)
        + SUB_TYPE * (a.sub_event_type == b.sub_event_type)
        + PLACE * (_place(a) == _place(b))
        + DATE * (a.event_date == b.event_date)
    )


def _place(e: Event) -> str:
    return e.location.name.lower() if e.location else ""


def _words(span: Span | None) -> str:
    return " ".join(span.text.lower().split()) if span else ""


def _overlap(a: Event, b: Event) -> bool:
    """The same trigger sentence (by its words: offsets move when cleaning changes), or any
    evidence spans that overlap."""
    if a.sentence and b.sentence and _words(a.sentence) == _words(b.sentence):
        return True
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def diff(old: Event, new: Event) -> dict[str, FieldChange]:
    """Each top-level field whose value differs, with its old and new value (JSON-ready)."""
    a, b = _dump(old), _dump(new)
    return {
        name: FieldChange(old=a.get(name), new=b.get(name))
        for name in sorted(a.keys() | b.keys())
        if name != "id" and a.get(name) != b.get(name)
    }


def _dump(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


def parse_since(text: str | None) -> tuple[int, dt.datetime | None]:
    """``--since`` / ``?since=``: a change-feed sequence number (the changes after it) or an
    ISO date or time (the changes recorded at or after it; a time without zone is UTC).
    Returns (after_seq, since). Raises ValueError naming the value."""
    if text is None or not text.strip():
        return 0, None
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= MAX_SEQ_DIGITS:
        return int(text), None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        when = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError) as exc:  # OverflowError: year 1 east of Greenwich
        raise ValueError(
            f"{text!r} is neither a sequence number nor an ISO date or time"
            " (e.g. 1520 or 2026-12-01T18:00:00Z)"
        ) from exc
    return 0, when


__all__ = ["Reconciled", "Update", "diff", "parse_since", "reconcile"]
