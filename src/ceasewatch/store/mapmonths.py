"""The map's count tables read for any date range: ``map_counts`` (migration 0011) when the
search has no dates, else ``map_month_counts`` (0018: the same counts per month and per year of
the event date) for the whole years and whole months the range covers, and the partial months
at its ends counted live from the events (one range of the ``events_map_dates`` index each).
The sum of the parts is exactly the live walk's answer: every dated event is in one month row
and one year row, and a range is split into pieces that never overlap.

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
# Live partial months are summed in the tables' units (migration 0011: whole 1e-7 degrees).
LIVE_UNITS = "COUNT(*), SUM(ROUND(longitude * 10000000)), SUM(ROUND(latitude * 10000000))"
# What a row must have to be in a count table (and in the partial date index).
_PLACED = [
    "event_date IS NOT NULL", "grid_x IS NOT NULL", "grid_y IS NOT NULL",
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
        for table, period, bounds in table_parts(search):
            rows += self.db.execute(
                f"SELECT {keys}, SUM(n), SUM(sum_x), SUM(sum_y) FROM {table}"
                + _sql_where([*period, *found, *clauses])
                + f" GROUP BY {keys}",
                [*bounds, *values, *params],
            )
        live = [_unindexed(c) for c in (*found, *clauses)]
        for edge in edge_searches(search):
            rows += self._edge_rows(edge, keys, live, [*values, *params])
        return rows

    def _table_total(self, search: EventSearch, clauses: list[str], params: list[object]) -> int:
        """The matching placed events among the rows meeting ``clauses`` in the count tables'
        whole periods alone (the partial months left out: at most the true count)."""
        pairs = _filters(search)
        found = [f"{column} = ?" for column, _ in pairs]
        total = 0
        for table, period, bounds in table_parts(search):
            row = self.db.execute(
                f"SELECT SUM(n) FROM {table}{_sql_where([*period, *found, *clauses])}",
                [*bounds, *(value for _, value in pairs), *params],
            ).fetchone()
            total += int(row[0] or 0) if row else 0
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


__all__ = ["MapMonthsMixin", "edge_searches", "period_ranges", "table_parts"]
