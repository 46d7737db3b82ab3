"""The map's queries, run in the database: matching placed events counted on a grid (the
low-zoom clusters), the extent of the placed events, and capped point lists at high zoom.

Portable SQL with ``?`` placeholders only; methods use ``self.db.execute`` alone, so any backend
inherits the mixin (see ``store/queries.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from ceasewatch.model import Event
from ceasewatch.store.base import BBox, EventSearch, MapCell, MapSpot, PlacedEvent
from ceasewatch.store.mapmonths import MapMonthsMixin
from ceasewatch.store.queries import GRID, _chunks, _grid, _sql_where, where

# Coordinates are summed in whole 1e-7 degree units, as the count table sums them (migration
# 0011): integer sums are exact in any order, so the table's cells and the live walk's agree to
# the last bit, and a deleted event leaves no rounding residue.
UNITS = 10_000_000
_UNITS = "SUM(ROUND(longitude * 10000000)), SUM(ROUND(latitude * 10000000))"
# The filters the count tables answer (their keys hold the event type and the country; dates
# are whole periods of map_month_counts plus live partial months, store/mapmonths.py).
_COUNTED_FILTERS = frozenset({"event_type", "country", "start", "end"})
# Grid columns named one by one in a view's query (``grid_x IN (...)``: one index seek per
# column, each a narrow range of rows); a wider view uses one range.
GRID_COLUMNS = 400
# What the map draws of one event: columns the index of migration 0014 holds (no JSON).
_POINT_COLUMNS = (
    "id, article_id, event_date, event_type, sub_event_type, place_name, latitude, longitude,"
    " geo_precision, country"
)
# Cells asked for at least this share of the stored grid's are drawn as whole grid cells (the
# nearest multiple, at least one, as every coarser cell is): a country's low-zoom view (cells
# of 0.15-0.25 degrees) is then read from the count tables instead of every event in view.
# Only finer cells, zoomed further in, are computed per row.
FINE_SHARE = 0.5
# Grid cells named in one query at most (the far cells whose events the map lists).
_CELLS_PER_QUERY = 200


def _counted(search: EventSearch) -> bool:
    """Whether the count tables answer ``search``: no filter but event type, country and
    dates."""
    return all(
        value is None or value == "" or f.name in _COUNTED_FILTERS
        for f in dataclasses.fields(search)
        for value in [getattr(search, f.name)]
    )


def counted_cells(search: EventSearch, cell: float) -> bool:
    """Whether ``map_cells(search, ..., cell)`` reads the count tables (whole grid cells of a
    filter they answer), not every event in view."""
    return cell >= GRID * FINE_SHARE and _counted(search)


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


def _grid_where(bbox: BBox) -> tuple[list[str], list[object]]:
    """Conditions naming the grid cells ``bbox`` overlaps, so a view reads the grid index's
    columns one seek each instead of every latitude of a longitude band."""
    fx, fy = _corner(bbox[0], bbox[1])
    tx, ty = _corner(bbox[2], bbox[3])
    if tx - fx + 1 > GRID_COLUMNS:
        return ["grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?"], [fx, tx, fy, ty]
    columns = list(range(fx, tx + 1))
    marks = ", ".join(["?"] * len(columns))
    return [f"grid_x IN ({marks})", "grid_y >= ?", "grid_y <= ?"], [*columns, fy, ty]


_SIMPLE = re.compile(r"^(\w+) (=|>=|<=) \?$")
_NUMERIC = frozenset({"hedged", "confidence"})
# Broad filters (many events each): left to the grid index. A narrow one (an article, an
# actor) keeps its own index.
_BROAD = frozenset({"event_type", "sub_event_type", "country", "admin1", "event_date"}) | _NUMERIC


def _in_index(clause: str) -> str:
    """``clause`` written so no index on its column can serve it (``x || ''``, ``x + 0``: the
    same value), on both backends: a view's query then reads the grid index, which holds the
    filter's column, instead of every event of a type or a country. (Without statistics,
    SQLite's planner takes any equality for the more selective one.)"""
    found = _SIMPLE.match(clause)
    if not found or found.group(1) not in _BROAD:
        return clause
    column, op = found.groups()
    wrapped = f"{column} + 0" if column in _NUMERIC else f"{column} || ''"
    return f"{wrapped} {op} ?"


def _placed_event(row: Any) -> PlacedEvent:
    id_, article_id, day, kind, sub, place, lat, lon, precision, country = row
    return PlacedEvent(
        id=id_, article_id=article_id, event_date=_day(day), event_type=kind,
        sub_event_type=sub, place=place or "", latitude=lat, longitude=lon,
        geo_precision=precision, country=country or "",
    )  # fmt: skip


_RANGE = ["grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?"]


def _inner_range(bbox: BBox) -> tuple[int, int, int, int]:
    """The first and last grid columns, then rows, wholly inside ``bbox`` (conditions:
    ``_RANGE``); empty (first > last) when none is."""
    fx, fy = _corner(bbox[0], bbox[1])
    tx, ty = _corner(bbox[2], bbox[3])
    fx, tx = _inner(fx, tx, lambda g: _inside(g, None, bbox))
    fy, ty = _inner(fy, ty, lambda g: _inside(None, g, bbox))
    return fx, tx, fy, ty


def _inner(first: int, last: int, inside: Callable[[int], bool]) -> tuple[int, int]:
    """The grid columns (rows) from ``first`` to ``last`` wholly inside the view: all but a
    few at each end (an empty range, lo > hi, when none is)."""
    lo, hi = first, last
    while lo <= hi and not inside(lo):
        lo += 1
    while hi >= lo and not inside(hi):
        hi -= 1
    return lo, hi


class MapQueriesMixin(MapMonthsMixin):
    """The map's queries; needs ``_count`` and ``events_by_id`` (``QueriesMixin``)."""

    db: Any

    def _count(self, clauses: Any, params: Any) -> int:  # provided by QueriesMixin
        raise NotImplementedError

    def events_by_id(self, ids: Any) -> list[Event]:  # provided by QueriesMixin
        raise NotImplementedError

    # --- map -----------------------------------------------------------------------------------

    def map_stamp(self) -> tuple[object, ...]:
        """Changes whenever what the map shows may change: an extraction saved (the archive's
        generation) or any event written (its write counter, kept by triggers, migration
        0018). A few rows at any size; verdicts and assessments, which the map never shows,
        leave it alone."""
        state = tuple(self.db.execute("SELECT name, value FROM archive_state ORDER BY name"))
        written = self.db.execute("SELECT n FROM change_counts WHERE name = 'events'").fetchone()
        return (*state, int(written[0]))

    def _placed(
        self, search: EventSearch, bbox: BBox | None, grid: bool = True
    ) -> tuple[list[str], list[object]]:
        """Conditions for the matching placed events (in ``bbox``; with ``grid``, naming its
        grid cells too, for the grid indexes)."""
        clauses, params = where(search)
        clauses = [*clauses, "latitude IS NOT NULL", "longitude IS NOT NULL"]
        if bbox is not None:
            clauses = [_in_index(c) for c in clauses]
            cells, values = _grid_where(bbox) if grid else ([], [])
            # the grid terms (here or the caller's) pick the rows: "+ 0" keeps a planner off
            # the coordinate indexes (with statistics, SQLite took the latitude index for a
            # ring of cells: a walk of every event in the view's latitudes)
            clauses += [
                *cells,
                "longitude + 0 >= ?",
                "longitude + 0 <= ?",
                "latitude + 0 >= ?",
                "latitude + 0 <= ?",
            ]
            params = [*params, *values, bbox[0], bbox[2], bbox[1], bbox[3]]
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
        """Matching events without coordinates: a walk of a partial index holding just those
        (a country's own index would read every one of the country's rows to find its few
        unplaced ones, a second at 500k). A country filter stays plain: migration 0021's
        index is keyed by it, so the count is one range of the country's unplaced events.
        Else the dates stay plain: 0006's index is keyed by the date, so a date filter is a
        range of it, not all of it."""
        clauses, params = where(search)
        plain = "country " if search.country else "event_date "
        clauses = [c if c.startswith(plain) else _in_index(c) for c in clauses]
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
        goes). Cells of FINE_SHARE of GRID degrees or more are rounded to the nearest whole
        multiple of the stored quarter-degree grid (at least one): read from the count table
        (migration 0011) when it can answer the filter, else counted in one ordered walk of
        the grid index; finer ones are computed per row."""
        if cell < GRID * FINE_SHARE:
            return self._fine_cells(search, bbox, cell)
        k = max(1, round(cell / GRID))  # the nearest whole number of grid cells
        cells: dict[tuple[int, int], _Cell] = {}
        if _counted(search):
            counted = self._counted_cells(search, bbox, k)
        else:
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
        third of the walk); ``extra`` conditions name the cells instead of the view's range."""
        clauses, params = self._placed(search, bbox, grid=False)
        if not extra:
            fx, fy = _corner(bbox[0], bbox[1])
            tx, ty = _corner(bbox[2], bbox[3])
            extra = ["grid_x >= ?", "grid_x <= ?", "grid_y >= ?", "grid_y <= ?"]
            values = [fx, tx, fy, ty]
        return list(self.db.execute(
            f"SELECT grid_x, grid_y, event_type, COUNT(*), {_UNITS} FROM events"
            + _sql_where([*clauses, *extra])
            + " GROUP BY grid_x, grid_y, event_type",
            [*params, *values],
        ))  # fmt: skip

    def _counted_cells(
        self, search: EventSearch, bbox: BBox, k: int
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """From the count table: the grid cells wholly inside the view summed per output cell
        of ``k`` grid cells across (in SQL); the ring of cells the view's border cuts through
        counted live (only their events inside the view), in one query of index seeks."""
        fx, fy = _corner(bbox[0], bbox[1])
        tx, ty = _corner(bbox[2], bbox[3])
        ix0, ix1, iy0, iy1 = _inner_range(bbox)
        summed: list[tuple[Any, ...]] = []
        if ix0 <= ix1 and iy0 <= iy1:
            # k is an int computed here, never user text
            keys = f"grid_x / {int(k)}, grid_y / {int(k)}, event_type"
            summed = self._counted_rows(search, keys, _RANGE, [ix0, ix1, iy0, iy1])
        return summed, self._ring_cells(search, bbox, (fx, fy, tx, ty), (ix0, iy0, ix1, iy1))

    def _ring_cells(
        self,
        search: EventSearch,
        bbox: BBox,
        outer: tuple[int, int, int, int],
        inner: tuple[int, int, int, int],
    ) -> list[tuple[Any, ...]]:
        """(grid_x, grid_y, event_type, events, summed units) of the matching events inside
        ``bbox`` in the grid cells between ``outer`` and ``inner`` (first and last columns and
        rows): whole edge columns, then the edge rows of the inner columns, each a few seeks
        of the grid index (no walk of the view's inside)."""
        fx, fy, tx, ty = outer
        ix0, iy0, ix1, iy1 = inner
        if ix0 > ix1 or iy0 > iy1:  # no cell wholly inside: the view is all edge
            return self._live_cells(search, bbox, [], [])
        edge_x = [*range(fx, ix0), *range(ix1 + 1, tx + 1)]
        edge_y = [*range(fy, iy0), *range(iy1 + 1, ty + 1)]
        rows: list[tuple[Any, ...]] = []
        if edge_x:  # (the rows' range too, or a planner may take the latitude index)
            rows += self._live_cells(search, bbox, [
                f"grid_x IN ({', '.join(['?'] * len(edge_x))})", "grid_y >= ?", "grid_y <= ?",
            ], [*edge_x, fy, ty])  # fmt: skip
        if edge_y:
            for lo in range(ix0, ix1 + 1, GRID_COLUMNS):
                chunk = list(range(lo, min(lo + GRID_COLUMNS, ix1 + 1)))
                rows += self._live_cells(search, bbox, [
                    f"grid_x IN ({', '.join(['?'] * len(chunk))})",
                    f"grid_y IN ({', '.join(['?'] * len(edge_y))})",
                ], [*chunk, *edge_y])  # fmt: skip
        return rows

    def _counted_inside(self, search: EventSearch, bbox: BBox) -> int:
        """Matching events in the grid cells wholly inside ``bbox``, from the count tables'
        whole periods only: at most the true count (partial months not counted), which is
        all a cap needs to know it is passed."""
        fx, tx, fy, ty = _inner_range(bbox)
        if fx > tx or fy > ty:
            return 0
        return self._table_total(search, _RANGE, [fx, tx, fy, ty])

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
        """At most ``limit`` matching placed events inside ``bbox``, newest first (undated
        last)."""
        clauses, params = self._placed(search, bbox)
        rows = self._newest("id", clauses, params, limit, walk=bbox is None)
        return self.events_by_id([r[0] for r in rows])

    def map_points(self, search: EventSearch, bbox: BBox | None, limit: int) -> list[PlacedEvent]:
        """At most ``limit`` matching placed events inside ``bbox``, newest first (undated
        last), as the map draws them: columns only (migration 0014's index holds them), no
        JSON parsed."""
        clauses, params = self._placed(search, bbox)
        rows = self._newest(_POINT_COLUMNS, clauses, params, limit, walk=bbox is None)
        return [_placed_event(r) for r in rows]

    def _newest(
        self, columns: str, clauses: list[str], params: list[object], limit: int, walk: bool
    ) -> list[tuple[Any, ...]]:
        """``columns`` of at most ``limit`` events meeting ``clauses``, the newest first and the
        undated last, then by id (descending), on both backends. With ``walk`` (no view: the
        newest of many, read by walking a date index backwards), the dated ones, then as many
        undated ones as are still wanted: ``ORDER BY event_date DESC NULLS LAST`` would sort
        them alike, but PostgreSQL's date indexes hold their NULLs last in ascending order, so
        it could not walk them backwards, and would sort every match. Else (a view's or cells'
        few events, read from the grid index and sorted anyway) one query sorts them."""
        if not walk:
            return list(self.db.execute(
                f"SELECT {columns} FROM events{_sql_where(clauses)}"
                " ORDER BY event_date IS NULL, event_date DESC, id DESC LIMIT ?",
                [*params, limit],
            ))  # fmt: skip
        order = " ORDER BY event_date DESC, id DESC LIMIT ?"
        rows = list(self.db.execute(
            f"SELECT {columns} FROM events{_sql_where([*clauses, 'event_date IS NOT NULL'])}"
            + order,
            [*params, limit],
        ))  # fmt: skip
        if len(rows) < limit:
            rows += self.db.execute(
                f"SELECT {columns} FROM events{_sql_where([*clauses, 'event_date IS NULL'])}"
                " ORDER BY id DESC LIMIT ?",
                [*params, limit - len(rows)],
            )
        return rows

    def map_uncertainty(self, ids: Sequence[str]) -> dict[str, float]:
        """Each event's place uncertainty (km) where known: the one drawn value no column
        holds, found in the JSON's text (``_uncertainty_km``: no parse, no model built)."""
        out: dict[str, float] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            for event_id, data in self.db.execute(
                f"SELECT id, data FROM events WHERE id IN ({', '.join(['?'] * len(chunk))})",
                chunk,
            ):
                km = _uncertainty_km(data)
                if km is not None:
                    out[str(event_id)] = km
        return out

    def map_spots(self, search: EventSearch) -> list[MapSpot] | None:
        """The matching placed events per grid cell (count, mean point, most frequent
        country), from the count table; None when it cannot answer the filter."""
        if not _counted(search):
            return None
        summed: dict[tuple[int, int, str], list[int]] = {}
        for gx, gy, country, n, sx, sy in self._counted_rows(
            search, "grid_x, grid_y, COALESCE(country, '')", [], []
        ):
            sums = summed.setdefault((int(gx), int(gy), str(country)), [0, 0, 0])
            sums[0] += int(n)
            sums[1] += int(sx)
            sums[2] += int(sy)
        cells: dict[tuple[int, int], list[Any]] = {}
        for (gx, gy, country), (n, sx, sy) in sorted(summed.items()):
            cell = cells.setdefault((gx, gy), [0, 0, 0, "", 0])
            cell[0] += n
            cell[1] += sx
            cell[2] += sy
            if n > cell[4]:  # the cell's most frequent country names it (ties: the first)
                cell[3], cell[4] = country, n
        return [_spot(gx, gy, *c[:4]) for (gx, gy), c in sorted(cells.items()) if c[0] > 0]

    def map_points_in_cells(
        self, search: EventSearch, cells: Sequence[tuple[int, int]], limit: int
    ) -> list[PlacedEvent]:
        """The newest ``limit`` matching placed events in the grid ``cells``."""
        clauses, params = self._placed(search, None)
        clauses = [_in_index(c) for c in clauses]
        found: list[PlacedEvent] = []
        named_cells = sorted(set(cells))
        for at in range(0, len(named_cells), _CELLS_PER_QUERY):
            chunk = named_cells[at : at + _CELLS_PER_QUERY]
            named = " OR ".join(["(grid_x = ? AND grid_y = ?)"] * len(chunk))
            values = [*params, *(v for cell in chunk for v in cell)]
            found += [
                _placed_event(r)
                for r in self._newest(
                    _POINT_COLUMNS, [*clauses, f"({named})"], values, limit, walk=False
                )
            ]
        found.sort(key=lambda p: (p.event_date or dt.date.min, p.id), reverse=True)
        return found[:limit]


# The one key of an event's JSON named "uncertainty_km" (only its Location has the field), with
# its value. A key follows "{" or ","; inside a JSON string a quote is always escaped (a
# backslash before it), so this text occurs in no string value.
_UNCERTAINTY_KEY = re.compile(r'[{,]\s*"uncertainty_km"\s*:\s*(null|-?[0-9][0-9.eE+-]*)')


def _uncertainty_km(data: str | bytes) -> float | None:
    """``location.uncertainty_km`` of an event's JSON, found in its text (parsing whole events
    was most of a high-zoom view's time); parsed when the key is not found exactly once."""
    text = data if isinstance(data, str) else bytes(data).decode()
    found = _UNCERTAINTY_KEY.findall(text)
    if len(found) != 1:
        km = (json.loads(text).get("location") or {}).get("uncertainty_km")
        return None if km is None else float(km)
    return None if found[0] == "null" else float(found[0])


def _spot(gx: int, gy: int, n: int, sx: int, sy: int, country: str) -> MapSpot:
    """(Built without validation: every value already has its field's type, and a framing
    reads thousands of spots.)"""
    west, south = gx * GRID - 180.0, gy * GRID - 90.0
    return MapSpot(
        longitude=sx / UNITS / n, latitude=sy / UNITS / n, n=int(n), country=str(country),
        gx=int(gx), gy=int(gy), bbox=(west, south, west + GRID, south + GRID),
    )  # fmt: skip


def _cells(
    cells: dict[tuple[int, int], _Cell], west: float, south: float, size: float
) -> list[MapCell]:
    # (built without validation: every value is cast to its field's type here)
    return [
        MapCell(
            gx=int(gx),
            gy=int(gy),
            west=float(west + gx * size),
            south=float(south + gy * size),
            size=float(size),
            count=int(c.count),
            longitude=float(c.lon / UNITS / c.count),
            latitude=float(c.lat / UNITS / c.count),
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


__all__ = ["FINE_SHARE", "GRID_COLUMNS", "UNITS", "MapQueriesMixin", "counted_cells"]
