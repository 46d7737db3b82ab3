"""The map's queries, run in the database: matching placed events counted on a grid (the
low-zoom clusters), the extent of the placed events, and capped point lists at high zoom.

Portable SQL with ``?`` placeholders only; methods use ``self.db.execute`` alone, so any backend
inherits the mixin (see ``store/queries.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from ceasewatch.model import Event
from ceasewatch.store.base import BBox, EventSearch, MapCell
from ceasewatch.store.queries import GRID, _grid, _sql_where, where

# Coordinates are summed in whole 1e-7 degree units, as the count table sums them (migration
# 0011): integer sums are exact in any order, so the table's cells and the live walk's agree to
# the last bit, and a deleted event leaves no rounding residue.
UNITS = 10_000_000
_UNITS = "SUM(ROUND(longitude * 10000000)), SUM(ROUND(latitude * 10000000))"
# The filters the count table answers (its key holds the event type and the country).
_COUNTED_FILTERS = frozenset({"event_type", "country"})
# Grid cells cut by the view's border counted live one by one at most; past that, one walk.
EDGE_CELLS = 64


def _counted(search: EventSearch) -> bool:
    """Whether the count table answers ``search``: no filter but event type and country."""
    return all(
        value is None or value == "" or f.name in _COUNTED_FILTERS
        for f in dataclasses.fields(search)
        for value in [getattr(search, f.name)]
    )


def _inside(gx: int | None, gy: int | None, bbox: BBox) -> bool:
    """Whether grid column ``gx`` (row ``gy``) lies wholly inside ``bbox``'s longitudes
    (latitudes), with a margin far wider than the float rounding of a stored grid cell (a point
    on a cell's edge may sit in either)."""
    margin = 1e-9
    if gx is not None:
        west = gx * GRID - 180.0
        return west > bbox[0] + margin and west + GRID < bbox[2] - margin
    assert gy is not None
    south = gy * GRID - 90.0
    return south > bbox[1] + margin and south + GRID < bbox[3] - margin


def _corner(lon: float, lat: float) -> tuple[int, int]:
    gx, gy = _grid(lon, lat)
    assert gx is not None and gy is not None
    return gx, gy


def _table_where(search: EventSearch, bbox: BBox, inner: bool) -> tuple[list[str], list[object]]:
    """Conditions on the count table: its filters, and the grid cells of ``bbox`` (with
    ``inner``, only those wholly inside it)."""
    fx, fy = _corner(bbox[0], bbox[1])
    tx, ty = _corner(bbox[2], bbox[3])
    if inner:
        fx, tx = _inner(fx, tx, lambda g: _inside(g, None, bbox))
        fy, ty = _inner(fy, ty, lambda g: _inside(None, g, bbox))
    clauses = ["grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?"]
    params: list[object] = [fx, tx, fy, ty]
    for column, value in (("event_type", search.event_type), ("country", search.country)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    return clauses, params


def _inner(first: int, last: int, inside: Callable[[int], bool]) -> tuple[int, int]:
    """The grid columns (rows) from ``first`` to ``last`` wholly inside the view: all but a
    few at each end (an empty range, lo > hi, when none is)."""
    lo, hi = first, last
    while lo <= hi and not inside(lo):
        lo += 1
    while hi >= lo and not inside(hi):
        hi -= 1
    return lo, hi


class MapQueriesMixin:
    """The map's queries; needs ``_count`` and ``events_by_id`` (``QueriesMixin``)."""

    db: Any

    def _count(self, clauses: Any, params: Any) -> int:  # provided by QueriesMixin
        raise NotImplementedError

    def events_by_id(self, ids: Any) -> list[Event]:  # provided by QueriesMixin
        raise NotImplementedError

    # --- map -----------------------------------------------------------------------------------

    def map_stamp(self) -> tuple[object, ...]:
        """Changes whenever what the map shows may change: an extraction saved (the archive's
        generation) or any placed event written (the count table's totals). Cheap at any size
        (a few thousand rows), unlike counting the verdicts, which the map never shows."""
        state = tuple(self.db.execute("SELECT name, value FROM archive_state ORDER BY name"))
        totals = self.db.execute(
            "SELECT COUNT(*), SUM(n), SUM(sum_x), SUM(sum_y) FROM map_counts"
        ).fetchone()
        return (*state, *(str(v) for v in totals))

    def _placed(self, search: EventSearch, bbox: BBox | None) -> tuple[list[str], list[object]]:
        clauses, params = where(search)
        clauses = [*clauses, "latitude IS NOT NULL", "longitude IS NOT NULL"]
        if bbox is not None:
            clauses += ["longitude >= ?", "longitude <= ?", "latitude >= ?", "latitude <= ?"]
            params = [*params, bbox[0], bbox[2], bbox[1], bbox[3]]
        return clauses, params

    def count_placed(
        self, search: EventSearch, bbox: BBox | None = None, cap: int | None = None
    ) -> int:
        """Matching events with coordinates (inside ``bbox``); counting stops past ``cap``
        (the map only needs to know there are more than it draws one by one)."""
        clauses, params = self._placed(search, bbox)
        if cap is None:
            return self._count(clauses, params)
        if bbox is not None and _counted(search) and self._counted_inside(search, bbox) > cap:
            return cap + 1  # the cells wholly in view already hold more: no event row read
        row = self.db.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM events{_sql_where(clauses)} LIMIT ?) capped",
            [*params, cap + 1],
        ).fetchone()
        return int(row[0])

    def count_unplaced(self, search: EventSearch) -> int:
        """Matching events without coordinates (a partial index holds just those)."""
        clauses, params = where(search)
        return self._count([*clauses, "(latitude IS NULL OR longitude IS NULL)"], params)

    def map_extent(self, search: EventSearch) -> BBox | None:
        """(west, south, east, north) of the matching placed events; None when there are none.
        Four one-value queries: each is a step into its coordinate's index."""
        clauses, params = self._placed(search, None)
        found = []
        for fn, column in (("MIN", "longitude"), ("MIN", "latitude"), ("MAX", "longitude"),
                           ("MAX", "latitude")):  # fmt: skip
            row = self.db.execute(
                f"SELECT {fn}({column}) FROM events{_sql_where(clauses)}", params
            ).fetchone()
            if row is None or row[0] is None:
                return None
            found.append(float(row[0]))
        return (found[0], found[1], found[2], found[3])

    def map_cells(self, search: EventSearch, bbox: BBox, cell: float) -> list[MapCell]:
        """The matching events inside ``bbox`` counted on a grid of about ``cell`` degrees: per
        cell the count by event type and the mean point of its events (where the cell's marker
        goes). Cells of GRID degrees or more are whole multiples of the stored quarter-degree
        grid: read from the count table (migration 0011) when it can answer the filter, else
        counted in one ordered walk of the grid index; finer ones are computed per row."""
        if cell < GRID:
            return self._fine_cells(search, bbox, cell)
        k = max(1, round(cell / GRID))
        cells: dict[tuple[int, int], _Cell] = {}
        counted = self._counted_cells(search, bbox, k) if _counted(search) else None
        if counted is None:
            counted = ([], self._live_cells(search, bbox, [], []))
        for kx, ky, kind, n, sx, sy in counted[0]:  # already per output cell
            cells.setdefault((int(kx), int(ky)), _Cell()).add(kind, n, sx, sy)
        for gx, gy, kind, n, sx, sy in counted[1]:  # per grid cell
            cells.setdefault((int(gx) // k, int(gy) // k), _Cell()).add(kind, n, sx, sy)
        return _cells(cells, -180.0, -90.0, k * GRID)

    def _live_cells(
        self, search: EventSearch, bbox: BBox, extra: list[str], values: list[object]
    ) -> list[tuple[Any, ...]]:
        """(grid_x, grid_y, event_type, events, summed units) of the matching events in
        ``bbox``: one ordered walk of the grid index (no dates: two more aggregates cost a
        third of the walk)."""
        clauses, params = self._placed(search, bbox)
        fx, fy = _grid(bbox[0], bbox[1])
        tx, ty = _grid(bbox[2], bbox[3])
        grid = ["grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?", *extra]
        return list(self.db.execute(
            f"SELECT grid_x, grid_y, event_type, COUNT(*), {_UNITS} FROM events"
            + _sql_where([*clauses, *grid])
            + " GROUP BY grid_x, grid_y, event_type",
            [*params, fx, tx, fy, ty, *values],
        ))  # fmt: skip

    def _counted_cells(
        self, search: EventSearch, bbox: BBox, k: int
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]] | None:
        """From the count table: the grid cells wholly inside the view summed per output cell
        of ``k`` grid cells across (in SQL), and the few cells the view's border cuts through,
        counted live one by one (only their events inside the view count). None when too
        many are cut (the live walk is then no slower)."""
        fx, fy = _corner(bbox[0], bbox[1])
        tx, ty = _corner(bbox[2], bbox[3])
        ix0, ix1 = _inner(fx, tx, lambda g: _inside(g, None, bbox))
        iy0, iy1 = _inner(fy, ty, lambda g: _inside(None, g, bbox))
        clauses, params = _table_where(search, bbox, inner=False)
        cut = [
            (int(gx), int(gy))
            for gx, gy in self.db.execute(
                "SELECT DISTINCT grid_x, grid_y FROM map_counts"
                + _sql_where([*clauses, "(grid_x < ? OR grid_x > ? OR grid_y < ? OR grid_y > ?)"])
                + " ORDER BY grid_x, grid_y",
                [*params, ix0, ix1, iy0, iy1],
            )
        ]
        if len(cut) > EDGE_CELLS:
            return None
        inner = [*clauses[4:], "grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?"]
        summed = list(self.db.execute(
            # k is an int computed here, never user text; GROUP BY by position: both backends
            f"SELECT grid_x / {int(k)}, grid_y / {int(k)}, event_type, SUM(n), SUM(sum_x),"
            f" SUM(sum_y) FROM map_counts{_sql_where(inner)} GROUP BY 1, 2, 3",
            [*params[4:], ix0, ix1, iy0, iy1],
        ))  # fmt: skip
        edges: list[tuple[Any, ...]] = []
        for gx, gy in cut:
            edges += self._live_cells(search, bbox, ["grid_x = ?", "grid_y = ?"], [gx, gy])
        return summed, edges

    def _counted_inside(self, search: EventSearch, bbox: BBox) -> int:
        """Matching events in the grid cells wholly inside ``bbox``, from the count table."""
        clauses, params = _table_where(search, bbox, inner=True)
        row = self.db.execute(
            f"SELECT SUM(n) FROM map_counts{_sql_where(clauses)}", params
        ).fetchone()
        return int(row[0] or 0) if row else 0

    def _fine_cells(self, search: EventSearch, bbox: BBox, cell: float) -> list[MapCell]:
        clauses, params = self._placed(search, bbox)
        west, south = bbox[0], bbox[1]
        # ROUND(x - 0.5) is floor(x) in both backends' SQL (x >= 0 inside the box).
        rows = self.db.execute(
            "SELECT CAST(ROUND((longitude - ?) / ? - 0.5) AS INTEGER) AS gx,"
            " CAST(ROUND((latitude - ?) / ? - 0.5) AS INTEGER) AS gy, event_type, COUNT(*),"
            f" {_UNITS}, MIN(event_date), MAX(event_date)"
            f" FROM events{_sql_where(clauses)} GROUP BY gx, gy, event_type",
            [west, cell, south, cell, *params],
        )
        cells: dict[tuple[int, int], _Cell] = {}
        for gx, gy, kind, n, slon, slat, first, last in rows:
            cells.setdefault((int(gx), int(gy)), _Cell()).add(kind, n, slon, slat, first, last)
        return _cells(cells, west, south, cell)

    def map_events(self, search: EventSearch, bbox: BBox | None, limit: int) -> list[Event]:
        """At most ``limit`` matching placed events inside ``bbox``, newest first."""
        clauses, params = self._placed(search, bbox)
        ids = [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM events{_sql_where(clauses)}"
                " ORDER BY event_date DESC, id DESC LIMIT ?",
                [*params, limit],
            )
        ]
        return self.events_by_id(ids)


def _cells(
    cells: dict[tuple[int, int], _Cell], west: float, south: float, size: float
) -> list[MapCell]:
    return [
        MapCell(
            gx=gx,
            gy=gy,
            west=west + gx * size,
            south=south + gy * size,
            size=size,
            count=c.count,
            longitude=c.lon / UNITS / c.count,
            latitude=c.lat / UNITS / c.count,
            types=c.types,
            first=_day(min(c.days, default=None)),
            last=_day(max(c.days, default=None)),
        )
        for (gx, gy), c in sorted(cells.items())
    ]


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class _Cell:
    """A grid cell's rows (one per event type) summed up."""

    def __init__(self) -> None:
        self.count = 0
        self.lon = self.lat = 0.0
        self.types: dict[str, int] = {}
        self.days: list[str] = []

    def add(self, kind: str, n: int, lon: float, lat: float, *days: str | None) -> None:
        self.count += int(n)
        self.lon += float(lon)
        self.lat += float(lat)
        self.types[str(kind)] = self.types.get(str(kind), 0) + int(n)
        self.days += [d for d in days if d]


__all__ = ["EDGE_CELLS", "UNITS", "MapQueriesMixin"]
