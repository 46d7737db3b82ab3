"""Where the map opens: the view framed on the events' robust core, the far events listed apart,
and, when the events fall in several separate areas (Sudan, Ukraine, Myanmar), the biggest
framed and the others offered as links, never one view of two continents and the sea between.

Computed on weighted spots (``MapSpot``): one per grid cell of the count table (its events'
count and mean point), or one per event of a sample when the table cannot answer the filter.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ceasewatch.store.base import BBox, MapSpot

# A spot is far when its point lies further from the median than this many scaled median
# absolute deviations (1.4826 * MAD estimates a standard deviation on normal data), and further
# than FLOOR_DEGREES: events of one town have a MAD near zero, and a village 20 km away is no
# outlier. About 5 sigma and 2 degrees (~200 km). Medians are weighted by the spots' events.
MAD_SCALE, MAD_LIMIT, FLOOR_DEGREES = 1.4826, 5.0, 2.0
# Fewer placed events than this and every one frames the view (a median of three is no core).
MIN_CORE = 5
# Spots in touching squares of this many degrees form one area (a gap of a few hundred km
# separates two areas).
AREA_DEGREES = 2.0
# A square holding at least this share of the events is dense: only dense squares link areas
# and frame them (at a million events, single events scattered between two countries would
# otherwise join them into one area spanning both and the land between).
DENSE_SHARE = 0.001
# An area holding at least this share of the events (and MIN_CORE) is a place the archive
# covers, not a handful of misplaced points: its events are never listed as outliers.
AREA_SHARE = 0.01
# Another area is framed with the biggest when it holds at least this share of the biggest's
# events and the union stays within FRAME_SPAN degrees (longitude, latitude).
FRAME_WITH = 1 / 3
FRAME_SPAN = (16.0, 12.0)


@dataclass(frozen=True)
class Area:
    """Spots in touching AREA_DEGREES squares."""

    n: int  # events
    bbox: BBox  # the extent of its spots
    country: str  # its most frequent country ("" when unknown)
    spots: tuple[int, ...]  # indices into the spots framed on
    framing: tuple[int, ...]  # those its extent is made of (its dense squares')


@dataclass(frozen=True)
class Framing:
    framed: tuple[int, ...]  # the spots the view is fitted to
    far: tuple[int, ...]  # far from the core, in no area of their own: listed apart
    also: tuple[Area, ...]  # the areas not framed, the biggest first
    areas: int  # how many areas the spots fall in


def weighted_median(values: Sequence[tuple[float, int]]) -> float:
    """The median of the values each repeated by its weight (as ``statistics.median`` of the
    expanded list: the mean of the two middle values when the total weight is even)."""
    ordered = sorted(values)
    cumulative: list[int] = []
    total = 0
    for _, weight in ordered:
        total += weight
        cumulative.append(total)

    def at(position: int) -> float:  # the value at 0-based position of the expanded list
        return ordered[bisect.bisect_right(cumulative, position)][0]

    return (at((total - 1) // 2) + at(total // 2)) / 2


def _median(values: np.ndarray, weights: np.ndarray) -> float:
    """``weighted_median`` of arrays: the same value (the same two middle values, the same
    float sum and halving), a sort in numpy rather than of Python tuples (a new filter's map
    frames a thousand spots or more)."""
    order = np.argsort(values, kind="stable")
    ordered, cumulative = values[order], np.cumsum(weights[order])
    total = int(cumulative[-1])
    low, high = np.searchsorted(cumulative, [(total - 1) // 2, total // 2], side="right")
    return (float(ordered[low]) + float(ordered[high])) / 2


def _far(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Which ``values`` lie far from their weighted median (see MAD_SCALE)."""
    middle = _median(values, weights)
    distance = np.abs(values - middle)
    limit = max(MAD_LIMIT * (MAD_SCALE * _median(distance, weights)), FLOOR_DEGREES)
    far: np.ndarray = distance > limit
    return far


def far_spots(spots: Sequence[MapSpot]) -> set[int]:
    """Indices of the spots far from the weighted median in longitude or latitude."""
    if sum(s.n for s in spots) < MIN_CORE:
        return set()
    weights = np.fromiter((s.n for s in spots), np.int64, len(spots))
    x = np.fromiter((s.longitude for s in spots), np.float64, len(spots))
    y = np.fromiter((s.latitude for s in spots), np.float64, len(spots))
    return set(np.flatnonzero(_far(x, weights) | _far(y, weights)).tolist())


def areas(spots: Sequence[MapSpot]) -> list[Area]:
    """The spots grouped into areas, the biggest first: squares of AREA_DEGREES holding at
    least DENSE_SHARE of the events, touching (corners included), form an area and frame it;
    sparser squares join an area they touch (counted, not framing it: a scatter of single
    events would otherwise chain every area into one), else form areas of their own."""
    squares: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, s in enumerate(spots):
        key = (math.floor(s.longitude / AREA_DEGREES), math.floor(s.latitude / AREA_DEGREES))
        squares[key].append(i)
    floor = max(1.0, DENSE_SHARE * sum(s.n for s in spots))
    dense = {k for k, members in squares.items() if sum(spots[i].n for i in members) >= floor}
    owner: dict[tuple[int, int], int] = {}
    groups = _components(dense, owner, 0)
    sparse = _components(set(squares) - dense, owner, len(groups))
    found = [_area(spots, [i for k in g for i in squares[k]], []) for g in groups]
    for group in sparse:
        touching = sorted({owner[n] for k in group for n in _around(k) if n in dense})
        members = [i for k in group for i in squares[k]]
        if touching:  # counted with the dense area it touches, never widening its frame
            first = found[touching[0]]
            found[touching[0]] = _area(spots, list(first.spots), members)
        else:
            found.append(_area(spots, members, []))
    return sorted(found, key=lambda a: (-a.n, a.bbox))


def _around(key: tuple[int, int]) -> list[tuple[int, int]]:
    x, y = key
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def _components(
    keys: set[tuple[int, int]], owner: dict[tuple[int, int], int], first: int
) -> list[list[tuple[int, int]]]:
    """``keys`` in groups of touching squares; ``owner`` records each square's group number
    (counted from ``first``)."""
    groups: list[list[tuple[int, int]]] = []
    for start in sorted(keys):
        if start in owner:
            continue
        owner[start] = first + len(groups)
        group, todo = [], [start]
        while todo:
            key = todo.pop()
            group.append(key)
            for near in _around(key):
                if near in keys and near not in owner:
                    owner[near] = owner[start]
                    todo.append(near)
        groups.append(group)
    return groups


def _area(spots: Sequence[MapSpot], framing: list[int], joined: list[int]) -> Area:
    """An area of the ``framing`` spots (its extent) and the ``joined`` ones (counted)."""
    members = sorted([*framing, *joined])
    countries: dict[str, int] = defaultdict(int)
    for i in members:
        countries[spots[i].country] += spots[i].n
    named = {c: n for c, n in countries.items() if c} or countries
    return Area(
        n=sum(countries.values()),
        bbox=extent([spots[i].bbox for i in framing]),
        country=max(sorted(named), key=lambda c: named[c]),
        spots=tuple(members),
        framing=tuple(sorted(framing)),
    )


def extent(boxes: Sequence[BBox]) -> BBox:
    west, south, east, north = zip(*boxes, strict=True)
    return min(west), min(south), max(east), max(north)


def framing(spots: Sequence[MapSpot]) -> Framing:
    """What frames the view: the biggest area (with areas of comparable size close enough to
    share a view), never the far spots of small areas (listed apart: often a place name the
    geocoder matched on another continent); the other areas are offered as links."""
    total = sum(s.n for s in spots)
    if total < MIN_CORE:
        return Framing(framed=tuple(range(len(spots))), far=(), also=(), areas=1 if spots else 0)
    groups = areas(spots)
    framed = [groups[0]]
    for area in groups[1:]:
        union = extent([a.bbox for a in framed] + [area.bbox])
        fits = union[2] - union[0] <= FRAME_SPAN[0] and union[3] - union[1] <= FRAME_SPAN[1]
        if area.n >= FRAME_WITH * groups[0].n and fits:
            framed.append(area)
    small = {i for a in groups if a.n < max(MIN_CORE, AREA_SHARE * total) for i in a.spots}
    chosen = {i for a in framed for i in a.spots}
    return Framing(
        framed=tuple(sorted(i for a in framed for i in a.framing)),
        far=tuple(sorted((far_spots(spots) & small) - chosen)),
        also=tuple(a for a in groups if a not in framed),
        areas=len(groups),
    )


__all__ = ["Area", "Framing", "areas", "far_spots", "framing", "weighted_median"]
