"""The map's data, read from the archive's SQL (never every event of a large archive): the
matching events' dates, the count table's cells (or a bounded sample) for the framing, and the
events in a view, one by one up to ``map_max_points`` or else counted on the archive's grid."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ceasewatch.memo import Memo
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import Caches, kept_while
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.mapcore import outside_named_country, suspects
from ceasewatch.serve.views.mapframe import Area, extent, framing
from ceasewatch.store import SQLStore
from ceasewatch.store.base import BBox, EventSearch, MapCell, MapSpot, PlacedEvent
from ceasewatch.store.mapqueries import counted_cells

# Matching placed events (the newest) the robust core and its outliers are computed on.
SAMPLE = 2000
# Far events listed at most (the newest): a world archive has thousands.
OUTLIER_ROWS = 100
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
    """What the view is framed on, read once per filter and archive state."""

    day: dt.date
    window: tuple[dt.date, dt.date]
    sample: list[PlacedEvent]  # the newest SAMPLE matching placed events ([]: the count table)
    extent: BBox | None  # the framed spots' extent (None: no placed event)
    anchors: list[tuple[float, float]]  # their points: zones holding one are framed too
    outliers: list[PlacedEvent]  # the newest OUTLIER_ROWS far events: listed apart
    far: int  # far events in all
    also: list[Area]  # areas not framed, the biggest first
    unplaced: int
    # Answers derived from the frame (fitted view, flags, outlier markers), kept with it
    # while the archive is unchanged: ``remembered``.
    memo: Memo[Hashable, Any] = field(default_factory=lambda: Memo(MEMO_MAX))


def frame_of(desk: Desk, flt: EventFilter, as_of: dt.date | None) -> Frame:
    """The frame is computed on the count table's grid cells (migration 0011) when it answers
    the filter (none, event type, country): every matching event counts, and no event row is
    read. Other filters use a bounded sample, the newest SAMPLE matching placed events: a
    median needs no more (older outliers are then not listed, and older events outside the
    sample's areas do not widen the view; they are still counted and drawn when a view holds
    them). Read once per filter and archive state: panning, zooming and reloading reuse it."""
    search = flt.search()
    with desk.store() as store:
        framed = _kept(store, (search, SAMPLE), lambda: _framed(store, search))
    first, last, base = framed
    day = as_of or flt.end or last or dt.date.today()
    return replace(base, day=day, window=_window(first, day, flt, as_of))


_KEPT: Caches = weakref.WeakKeyDictionary()


def _kept(store: SQLStore, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or its answer kept while ``store.map_stamp()`` is unchanged (the pages'
    ``by_stamp`` also counts verdicts, 0.1 s at a million on PostgreSQL, and the map shows
    none)."""
    return kept_while(_KEPT, store, store.map_stamp(), key, compute)


def _framed(store: SQLStore, search: EventSearch) -> tuple[dt.date | None, dt.date | None, Frame]:
    """(first date, last date, the frame but its day and window) of the matching events."""
    first, last = _dates(store, search)
    spots = store.map_spots(search)
    sample: list[PlacedEvent] = []
    if spots is None:
        sample = store.map_points(search, None, SAMPLE)
        spots = [_spot(e) for e in sample]
    plan = framing(spots)
    far = [spots[i] for i in plan.far]
    if sample:
        outliers = [sample[i] for i in plan.far][:OUTLIER_ROWS]
    else:
        cells = [(s.gx, s.gy) for s in far if s.gx is not None and s.gy is not None]
        outliers = store.map_points_in_cells(search, cells, OUTLIER_ROWS)
    framed = [spots[i] for i in plan.framed]
    frame = Frame(
        day=dt.date.min, window=(dt.date.min, dt.date.min), sample=sample,
        extent=extent([s.bbox for s in framed]) if framed else None,
        anchors=[(s.longitude, s.latitude) for s in framed], outliers=outliers,
        far=sum(s.n for s in far), also=list(plan.also), unplaced=store.count_unplaced(search),
    )  # fmt: skip
    return first, last, frame


def _spot(event: PlacedEvent) -> MapSpot:
    lon, lat = event.longitude, event.latitude
    return MapSpot(longitude=lon, latitude=lat, n=1, bbox=(lon, lat, lon, lat),
                   country=event.country)  # fmt: skip


def remembered(frame: Frame, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept with the frame's sample (so until the archive changes)."""
    answer: T = frame.memo.answer(key, compute)
    return answer


def events_in_view(
    desk: Desk, search: EventSearch, view: BBox
) -> tuple[int, list[PlacedEvent], list[MapCell]]:
    """(events in view, the events to draw, the grid cells the archive counts instead): one
    by one up to ``map_max_points`` (their columns only, no JSON), else counted on
    ``map_grid_cells`` cells across."""
    cap = desk.settings.map_max_points
    cell = (view[2] - view[0]) / desk.settings.map_grid_cells
    with desk.store() as store:
        if counted_cells(search, cell):
            # the count tables answer: their cells are read once (counting first read them
            # twice), and they sum to the events in view, so they tell whether it is over cap
            cells = store.map_cells(search, view, cell)
            count = sum(c.count for c in cells)
            if count > cap:
                return count, [], cells
        elif store.count_placed(search, view, cap=cap) > cap:
            cells = store.map_cells(search, view, cell)
            return sum(c.count for c in cells), [], cells
        events = store.map_points(search, view, cap)
    return len(events), events, []


def flagged_ids(desk: Desk, frame: Frame, drawn: list[PlacedEvent]) -> set[str]:
    """Ids of the outliers, sampled and drawn events placed outside every country their report
    names (without drawn events, as at low zoom, kept with the frame)."""
    if not drawn:
        return remembered(frame, "flagged", lambda: _flagged(desk, frame, []))
    return _flagged(desk, frame, drawn)


def _flagged(desk: Desk, frame: Frame, drawn: list[PlacedEvent]) -> set[str]:
    pool = list({e.id: e for e in [*frame.sample, *frame.outliers, *drawn]}.values())
    ids = [e.id for e in suspects(pool, frame.outliers)]
    if not ids:
        return set()
    with desk.store() as store:  # only the suspects' JSON (their coded country) is read
        events = store.events_by_id(ids)
    texts = lambda ids: {i: a.text for i, a in desk.articles(ids).items()}  # noqa: E731
    return outside_named_country(events, events, texts)


__all__ = ["OUTLIER_ROWS", "SAMPLE", "Frame", "events_in_view", "flagged_ids", "frame_of",
           "remembered"]  # fmt: skip
