"""The map's data, read from the archive's SQL (never every event of a large archive): the
matching events' dates, a bounded sample for the robust core and its outliers, and the events in
a view, one by one up to ``map_max_points`` or else counted on the archive's grid."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ceasewatch.model import Event
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import Caches, kept_while
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.mapcore import outside_named_country, robust_core, suspects
from ceasewatch.store import SQLStore
from ceasewatch.store.base import BBox, EventSearch, MapCell

# Matching placed events (the newest) the robust core and its outliers are computed on.
SAMPLE = 2000
# Answers remembered per sample at most (views of one filter: zoomed, panned, days).
MEMO_MAX = 64
T = TypeVar("T")


def _dates(store: SQLStore, search: EventSearch) -> tuple[dt.date | None, dt.date | None]:
    """The matching events' first and last known dates: two one-row index walks."""
    first = store.event_page(search, "date", 1)
    last = store.event_page(search, "-date", 1)
    return (first[0].event_date if first else None), (last[0].event_date if last else None)


def _window(
    first: dt.date | None, day: dt.date, flt: EventFilter, as_of: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The days the drawn zones must hold throughout: the chosen day, else the filtered
    events' dates (from the filter's start) up to the day the map shows."""
    if as_of is not None:
        return as_of, as_of
    lo = flt.start or first or day
    return min(lo, day), day


@dataclass(frozen=True)
class Frame:
    """What the view is framed on, read once per request from the archive."""

    day: dt.date
    window: tuple[dt.date, dt.date]
    sample: list[Event]  # the newest SAMPLE matching placed events
    core: list[Event]
    outliers: list[Event]  # far from the sample's core: listed apart, never framing the view
    unplaced: int
    # Answers derived from the sample (fitted view, flags, outlier markers), kept with it
    # while the archive is unchanged: ``remembered``.
    memo: dict[Hashable, Any] = field(default_factory=dict)


def frame_of(desk: Desk, flt: EventFilter, as_of: dt.date | None) -> Frame:
    """Outliers are found on a bounded sample, the newest SAMPLE matching placed events: a
    median needs no more, and the map never reads every event of a large archive. Past the
    sample, older outliers are not listed and older events outside the sample's core do not
    widen the fitted view (they are still counted and drawn when a view holds them). The
    sample, its core and the dates are read once per filter and archive state (``by_stamp``):
    panning, zooming and reloading reuse them."""
    search = flt.search()
    with desk.store() as store:
        sampled = _kept(store, (search, SAMPLE), lambda: _sampled(store, search))
    first, last, sample, core, outliers, unplaced, memo = sampled
    day = as_of or flt.end or last or dt.date.today()
    return Frame(
        day=day, window=_window(first, day, flt, as_of), sample=sample, core=core,
        outliers=outliers, unplaced=unplaced, memo=memo,
    )  # fmt: skip


_Sampled = tuple[
    dt.date | None, dt.date | None, list[Event], list[Event], list[Event], int, dict[Hashable, Any]
]


_KEPT: Caches = weakref.WeakKeyDictionary()


def _kept(store: SQLStore, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or its answer kept while ``store.map_stamp()`` is unchanged (the pages'
    ``by_stamp`` also counts verdicts, 0.1 s at a million on PostgreSQL, and the map shows
    none)."""
    return kept_while(_KEPT, store, store.map_stamp(), key, compute)


def _sampled(store: SQLStore, search: EventSearch) -> _Sampled:
    """(first date, last date, sample, core, outliers, unplaced, memo) of the matching
    events."""
    first, last = _dates(store, search)
    sample = store.map_events(search, None, SAMPLE)
    core, outliers = robust_core(sample)
    return first, last, sample, core, outliers, store.count_unplaced(search), {}


def remembered(frame: Frame, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept with the frame's sample (so until the archive changes)."""
    memo = frame.memo
    if key not in memo:
        if len(memo) >= MEMO_MAX:
            memo.clear()
        memo[key] = compute()
    answer: T = memo[key]
    return answer


def events_in_view(
    desk: Desk, search: EventSearch, view: BBox
) -> tuple[int, list[Event], list[MapCell]]:
    """(events in view, the events to draw, the grid cells the archive counts instead): one
    by one up to ``map_max_points``, else counted on ``map_grid_cells`` cells across."""
    cap = desk.settings.map_max_points
    with desk.store() as store:
        if store.count_placed(search, view, cap=cap) <= cap:
            events = store.map_events(search, view, cap)
            return len(events), events, []
        cell = (view[2] - view[0]) / desk.settings.map_grid_cells
        cells = store.map_cells(search, view, cell)
    return sum(c.count for c in cells), [], cells


def flagged_ids(desk: Desk, frame: Frame, drawn: list[Event]) -> set[str]:
    """Ids of the sampled and drawn events placed outside every country their report names
    (for the sample alone, as at low zoom, kept with the sample)."""
    if not drawn:
        return remembered(frame, "flagged", lambda: _flagged(desk, frame, []))
    return _flagged(desk, frame, drawn)


def _flagged(desk: Desk, frame: Frame, drawn: list[Event]) -> set[str]:
    seen = {e.id for e in frame.sample}
    pool = frame.sample + [e for e in drawn if e.id not in seen]
    texts = lambda ids: {i: a.text for i, a in desk.articles(ids).items()}  # noqa: E731
    return outside_named_country(pool, suspects(pool, frame.outliers), texts)


__all__ = ["SAMPLE", "Frame", "events_in_view", "flagged_ids", "frame_of", "remembered"]
