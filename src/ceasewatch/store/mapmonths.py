"""The map's count tables read for any date range: ``map_counts`` (migration 0011) when the
search has no dates, else ``map_month_counts`` (0018: the same counts per month and per year of
the event date) for the whole years and whole months the range covers, and the partial months
at its ends counted live from the events (one range of the ``events_map_dates`` index each).
The sum of the parts is exactly the live walk's answer: every dated event is in one month row
and one year row, and a range is split into pieces that never overlap.

A range of whole years covering most of the archive's years is read the other way round
(migration 0020): the all-time table, minus the year rows outside the range, minus the placed
events without a date (no period row holds them; counted live from their partial index). Every
placed event is in ``map_counts``, every dated one in exactly one year row, so the difference
is the years' own sum, exactly (integer units), from a few rows per cell instead of one per cell
and year.

Portable SQL with ``?`` placeholders, ``self.db.execute`` only (see ``store/queries.py``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ceasewatch.store.base import EventSearch
from ceasewatch.store.facetcounts import split_dates
from ceasewatch.store.queries import _sql_where, where

# A count table's rows for the whole periods of a range: (table, conditions, parameters).
Part = tuple[str, list[str], list[object]]
# A part added (1) or taken away (-1); the table None: the placed events without a date,
# counted live (``events_map_undated``, migration 0020).
Signed = tuple[int, str | None, list[str], list[object]]
# A range of whole years is read as all time minus the rest when the years outside it, plus
# this many for the all-time table and the undated events, are fewer than the years inside.
COMPLEMENT_MARGIN = 2
# Live partial months are summed in the tables' units (migration 0011: whole 1e-7 degrees).
LIVE_UNITS = "COUNT(*), SUM(ROUND(longitude * 10000000)), SUM(ROUND(latitude * 10000000))"
# What a row must have to be in a count table (and in the partial date index).
_PLACED = [
    "event_date IS NOT NULL", "grid_x IS NOT NULL", "grid_y IS NOT NULL",
    "longitude IS NOT NULL", "latitude IS NOT NULL",
]  # fmt: skip
# What a row of ``map_counts`` without a period row is: placed, undated (0020's partial index).
_UNDATED = [
    "event_date IS NULL", "grid_x IS NOT NULL", "grid_y IS NOT NULL",
    "longitude IS NOT NULL", "latitude IS NOT NULL",
]  # fmt: skip


def period_ranges(first: str | None, last: str | None) -> list[tuple[str, str]]:
    """The months ``first`` to ``last`` ('YYYY-MM', None: open) as key ranges of
    ``map_month_counts``: the months before the first whole year, the whole years ('Y2019';
    digits sort before 'Y', so a range of years holds no month row), the months after."""
    if first is None and last is None:
        return [("Y", "Z")]  # every year row
    fy, fm = (int(first[:4]), int(first[5:])) if first else (0, 1)
    ly, lm = (int(last[:4]), int(last[5:])) if last else (9999, 12)
    y0 = fy if fm == 1 else fy + 1
    y1 = ly if lm == 12 else ly - 1
    if y0 > y1:  # no whole year between: months only
        return [(first or "0000-01", last or "9999-12")]
    ranges = []
    if fm != 1:
        ranges.append((f"{fy:04d}-{fm:02d}", f"{fy:04d}-12"))
    ranges.append((f"Y{y0:04d}" if first else "Y", f"Y{y1:04d}" if last else "Z"))
    if lm != 12:
        ranges.append((f"{ly:04d}-01", f"{ly:04d}-{lm:02d}"))
    return ranges


def table_parts(search: EventSearch) -> list[Part]:
    """The count-table rows holding the whole periods of ``search``'s date range (none when
    the range holds no whole month)."""
    months, _spans = split_dates(search.start, search.end)
    if months is None:
        return []
    if months == ("*", "*"):
        return [("map_counts", [], [])]
    return [
        ("map_month_counts", ["period >= ?", "period <= ?"], [lo, hi])
        for lo, hi in period_ranges(*months)
    ]


def _years(part: Part) -> tuple[str, str] | None:
    """The first and last year keys ('Y2019'; 'Y' and 'Z' when open) of a part of whole
    years, else None."""
    table, _, bounds = part
    lo, hi = str(bounds[0]) if bounds else "", str(bounds[-1]) if bounds else ""
    if table == "map_month_counts" and lo.startswith("Y") and hi[:1] in ("Y", "Z"):
        return lo, hi
    return None


def complement(part: Part, span: tuple[int, int] | None) -> list[Signed] | None:
    """A part of whole years read as all time minus the year rows outside it minus the undated
    placed events, when the archive's years (``span``: its first and last year rows) lie
    mostly inside it; None when reading the years themselves is cheaper."""
    years = _years(part)
    if years is None or span is None:
        return None
    first, last = span
    lo = int(years[0][1:]) if len(years[0]) > 1 else first
    hi = int(years[1][1:]) if years[1] != "Z" else last
    inside = max(0, min(hi, last) - max(lo, first) + 1)
    outside = (last - first + 1) - inside
    if outside + COMPLEMENT_MARGIN >= inside:
        return None
    signed: list[Signed] = [(1, "map_counts", [], []), (-1, None, [], [])]
    if lo > first:  # the archive's years before the range
        signed.append((-1, "map_month_counts", ["period >= ?", "period < ?"], ["Y", years[0]]))
    if hi < last:  # and after it
        signed.append((-1, "map_month_counts", ["period > ?", "period < ?"], [years[1], "Z"]))
    return signed


def _net(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of one key summed into one (their three last values: events, summed units), the
    keys left without an event dropped: what the callers' own sums make of them, so the
    parts taken away leave no row at zero."""
    summed: dict[tuple[Any, ...], list[int]] = {}
    for *key, n, sx, sy in rows:
        total = summed.get(tuple(key))
        if total is None:
            summed[tuple(key)] = [int(n), int(sx), int(sy)]
        else:
            total[0] += int(n)
            total[1] += int(sx)
            total[2] += int(sy)
    return [(*key, *values) for key, values in summed.items() if values[0] != 0]


def edge_searches(search: EventSearch) -> list[EventSearch]:
    """``search`` narrowed to each partial month at its date range's ends (counted live)."""
    _months, spans = split_dates(search.start, search.end)
    return [dataclasses.replace(search, start=lo, end=hi) for lo, hi in spans]


def _filters(search: EventSearch) -> list[tuple[str, object]]:
    """The count tables' filter columns set in ``search``: event type and country."""
    pairs = (("event_type", search.event_type), ("country", search.country))
    return [(column, value) for column, value in pairs if value]


def _unindexed(clause: str) -> str:
    """A condition on a grid or filter column written so no index on that column serves it
    (``x + 0``, ``x || ''``: the same value): a partial month's query then takes the date
    index, its selective part, on both backends."""
    column, rest = clause.split(" ", 1)
    return f"{column} + 0 {rest}" if column.startswith("grid_") else f"{column} || '' {rest}"


class MapMonthsMixin:
    """Count-table rows for any date range (see the module's docstring)."""

    db: Any

    def _counted_rows(
        self, search: EventSearch, keys: str, clauses: list[str], params: list[object]
    ) -> list[tuple[Any, ...]]:
        """(``keys``..., events, summed units) of the matching placed events, grouped by
        ``keys`` (SQL expressions over grid_x, grid_y, event_type and COALESCE(country, ''),
        the same over a table and the events) among the rows meeting ``clauses`` (simple
        ``column op ?`` conditions on those columns): the count tables' whole periods plus
        the live partial months.
        Rows of one key may come more than once (one per part): callers sum them."""
        pairs = _filters(search)
        found = [f"{column} = ?" for column, _ in pairs]
        values = [value for _, value in pairs]
        rows: list[tuple[Any, ...]] = []
        taken = False  # a part taken away: rows at zero to drop
        for sign, table, period, bounds in self._signed_parts(search):
            if table is None:  # the placed events without a date, from their own index
                got = self.db.execute(  # (filters unindexed: 0020's index holds them)
                    f"SELECT {keys}, {LIVE_UNITS} FROM events"
                    + _sql_where([*_UNDATED, *map(_unindexed, found), *clauses])
                    + f" GROUP BY {keys}",
                    [*values, *params],
                )
            else:
                got = self.db.execute(
                    f"SELECT {keys}, SUM(n), SUM(sum_x), SUM(sum_y) FROM {table}"
                    + _sql_where([*period, *found, *clauses])
                    + f" GROUP BY {keys}",
                    [*bounds, *values, *params],
                )
            if sign > 0:
                rows += got
            else:
                taken = True
                rows += [(*r[:-3], -int(r[-3]), -int(r[-2]), -int(r[-1])) for r in got]
        live = [_unindexed(c) for c in (*found, *clauses)]
        for edge in edge_searches(search):
            rows += self._edge_rows(edge, keys, live, [*values, *params])
        return _net(rows) if taken else rows

    def _signed_parts(self, search: EventSearch) -> list[Signed]:
        """``table_parts`` of ``search``, each added, a part of whole years spanning most of
        the archive's years replaced by its ``complement``."""
        signed: list[Signed] = []
        for part in table_parts(search):  # (at most one part of whole years)
            other = complement(part, self._year_span()) if _years(part) else None
            signed += other or [(1, *part)]
        return signed

    def _year_span(self) -> tuple[int, int] | None:
        """The first and last years of the count table's year rows (one step into its key
        each: MIN and MAX in one statement would walk every year row); None when it holds
        none."""
        ends = []
        for fn in ("MIN", "MAX"):
            row = self.db.execute(
                f"SELECT {fn}(period) FROM map_month_counts WHERE period >= 'Y' AND period < 'Z'"
            ).fetchone()
            if row is None or row[0] is None:
                return None
            ends.append(int(str(row[0])[1:]))
        return ends[0], ends[1]

    def _table_total(self, search: EventSearch, clauses: list[str], params: list[object]) -> int:
        """The matching placed events among the rows meeting ``clauses`` in the count tables'
        whole periods alone (the partial months left out: at most the true count)."""
        pairs = _filters(search)
        found = [f"{column} = ?" for column, _ in pairs]
        values = [value for _, value in pairs]
        total = 0
        for sign, table, period, bounds in self._signed_parts(search):
            if table is None:
                undated = [*_UNDATED, *map(_unindexed, found), *clauses]
                row = self.db.execute(
                    f"SELECT COUNT(*) FROM events{_sql_where(undated)}",
                    [*values, *params],
                ).fetchone()
            else:
                row = self.db.execute(
                    f"SELECT SUM(n) FROM {table}{_sql_where([*period, *found, *clauses])}",
                    [*bounds, *values, *params],
                ).fetchone()
            total += sign * (int(row[0] or 0) if row else 0)
        return total

    def _edge_rows(
        self, edge: EventSearch, keys: str, clauses: list[str], params: list[object]
    ) -> list[tuple[Any, ...]]:
        """A partial month counted live: one range of the date index (migration 0018's
        ``events_map_dates`` holds every column read, and its terms name its condition)."""
        dates, bounds = where(EventSearch(start=edge.start, end=edge.end))
        return list(self.db.execute(
            f"SELECT {keys}, {LIVE_UNITS} FROM events"
            + _sql_where([*dates, *_PLACED, *clauses])
            + f" GROUP BY {keys}",
            [*bounds, *params],
        ))  # fmt: skip


__all__ = ["MapMonthsMixin", "complement", "edge_searches", "period_ranges", "table_parts"]
