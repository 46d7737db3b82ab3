"""Totals and facets of the events table from the count table ``event_counts`` (migration
0013): rows per country, admin1, event type, sub-event type and hedged flag, over all time and
per month, kept by triggers as the events change. A search whose filters are all among those
columns and a date range is answered here exactly, the partial months at a range's ends counted
live; any other filter (article, actor, place, confidence, agreement, verdict) returns None and
the caller keeps its own walk of the events. Migration 0025 adds the actor facet (first actors'
names per month and country, ``actor_months``: a date range and a country at most) and the
verdict facet of a date range alone (verdicts per day of their event, ``verdict_days``).

Portable SQL with ``?`` placeholders, ``self.db.execute`` only (see ``store/queries.py``).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ceasewatch.store.base import EventSearch

# The facets the table counts: facet name -> its column in ``event_counts``.
COUNTED_FACETS = ("event_type", "sub_event_type", "country", "admin1", "hedged")
# ``where`` filter names the table cannot answer (``queries.where``'s names).
_UNCOUNTED = (
    "article", "actor", "place", "agreement", "verdict", "min_confidence", "max_confidence",
)  # fmt: skip
_ATTR = {"article": "article_id"}
# The columns of a partial month's rows read live (the date index carries them all): the
# counted facets and the first actor's name (``actor_months``, 0025).
_EDGE_COLUMNS = (*COUNTED_FACETS, "actor1_name")

Months = tuple[str | None, str | None]  # first and last whole month ('YYYY-MM'), None: open
Span = tuple[dt.date | None, dt.date | None]  # a date range counted live from the events
# (edge SQL, parameters) -> its rows of the _EDGE_COLUMNS, for one page's facets
EdgeRows = dict[tuple[str, tuple[object, ...]], list[Any]]


def counted(search: EventSearch, skip: Iterable[str] = ()) -> bool:
    """Whether the table answers ``search`` with the filters in ``skip`` left out."""
    ignored = set(skip)
    return not any(
        getattr(search, _ATTR.get(name, name)) not in (None, "")
        for name in _UNCOUNTED
        if name not in ignored
    )


def _set(search: EventSearch, name: str) -> bool:
    value = getattr(search, _ATTR.get(name, name))
    return value is not None and value != ""


def counted_actors(search: EventSearch, skip: Iterable[str] = ()) -> bool:
    """Whether ``actor_months`` (0025) answers the actor facet of ``search`` with the filters
    in ``skip`` left out: every other filter a date range or a country. Not with an actor
    filter: its own facet (every actor in the range) would read the partial months' events
    the page's other facets (sampled from the actor's events then) do not, where the sample
    of the actor's events is a short walk."""
    ignored = set(skip)
    return (
        not _set(search, "actor")
        and counted(search, ignored)
        and not any(_set(search, n) for n in COUNTED_FACETS if n != "country" and n not in ignored)
    )


def counted_verdicts(search: EventSearch, skip: Iterable[str] = ()) -> bool:
    """Whether ``verdict_days`` (0025) answers the verdict facet of ``search`` with the filters
    in ``skip`` left out: a date range and no other filter (the table holds dated events'
    verdicts only, so no date range at all is left to the live count)."""
    ignored = set(skip)
    dated = search.start is not None or search.end is not None
    return (
        dated
        and counted(search, ignored)
        and not any(_set(search, n) for n in COUNTED_FACETS if n not in ignored)
    )


def split_dates(start: dt.date | None, end: dt.date | None) -> tuple[Months | None, list[Span]]:
    """A date range as the whole months the table holds (None: no whole month, or no date
    filter at all: the all-time rows) and the partial months at its ends, counted live."""
    if start is None and end is None:
        return ("*", "*"), []
    first = None if start is None else _month(start, 0 if start.day == 1 else 1)
    last_day = end and calendar.monthrange(end.year, end.month)[1]
    last = None if end is None else _month(end, 0 if end.day == last_day else -1)
    if first is not None and last is not None and first > last:
        return None, [(start, end)]
    spans: list[Span] = []
    if start is not None and start.day != 1:
        spans.append((start, _month_end(start)))
    if end is not None and end.day != last_day:
        spans.append((end.replace(day=1), end))
    return (first, last), spans


def _month(day: dt.date, shift: int) -> str:
    index = day.year * 12 + day.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _table_where(search: EventSearch, skip: set[str], months: Months) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    first, last = months
    if first == "*":
        clauses.append("period = '*'")
    else:
        clauses.append("period <> '*'")
        for op, bound in ((">=", first), ("<=", last)):
            if bound is not None:
                clauses.append(f"period {op} ?")
                params.append(bound)
    for name in COUNTED_FACETS:
        value = getattr(search, name)
        if value is not None and value != "" and name not in skip:
            clauses.append(f"{name} = ?")
            params.append(int(value) if name == "hedged" else value)
    return " AND ".join(clauses), params


class FacetCountsMixin:
    """Exact totals and facets from ``event_counts`` where its columns cover the filters."""

    db: Any

    def counted_total(self, search: EventSearch) -> int | None:
        """The number of events matching ``search``; None when the table cannot tell."""
        tally = self._counted_tally(search, None, ())
        return None if tally is None else tally[""]

    def counted_facet(
        self, name: str, search: EventSearch, skip: Iterable[str], edges: EdgeRows | None = None
    ) -> list[tuple[str, int]] | None:
        """Every value of facet ``name`` among the events matching ``search`` but the filters
        in ``skip``, most frequent first (ties by value); None when the table cannot tell.
        ``edges`` keeps the partial months' rows read for one page's facets: those whose own
        filter is not set share them (one read per month edge, not one per facet)."""
        tally = self._counted_tally(search, name, skip, edges)
        if tally is None:
            return None
        return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))

    def counted_facets(
        self, wanted: dict[str, tuple[str, ...]], search: EventSearch, edges: EdgeRows | None = None
    ) -> dict[str, list[tuple[str, int]]]:
        """``counted_facet`` for several facets at once (facet name -> the filters it skips):
        the facets skipping the same filters share one read of the table's rows in the date
        range (by the covering index event_counts_sums of 0023), grouped by their columns
        together and tallied here, instead of one SUM ... GROUP BY per facet. Facets the table
        cannot answer are left out of the answer."""
        groups: dict[tuple[str, ...], list[str]] = {}
        for name, skip in wanted.items():
            if name in COUNTED_FACETS and counted(search, skip):
                groups.setdefault(tuple(sorted(skip)), []).append(name)
        out: dict[str, list[tuple[str, int]]] = {}
        for skip, names in groups.items():
            tallies = self._counted_tallies(search, names, set(skip), edges)
            for name in names:
                out[name] = sorted(tallies[name].items(), key=lambda kv: (-kv[1], kv[0]))
        return out

    def counted_actor_facet(
        self, search: EventSearch, skip: Iterable[str], edges: EdgeRows | None = None
    ) -> list[tuple[str, int]] | None:
        """The actor facet (first actors' names) exactly: the whole months' rows of
        ``actor_months`` summed, the partial months counted live (their rows shared with the
        other facets through ``edges``); None when the table cannot tell."""
        ignored = set(skip)
        if not counted_actors(search, ignored):
            return None
        months, spans = split_dates(search.start, search.end)
        tally: Counter[str] = Counter()
        if months is not None:
            clauses, params = _table_where(
                search, ignored | set(COUNTED_FACETS) - {"country"}, months
            )
            rows = self.db.execute(
                f"SELECT actor1_name, SUM(n) FROM actor_months WHERE {clauses}"
                " GROUP BY actor1_name",
                params,
            )
            tally.update({str(v): int(n) for v, n in rows})
        for first, last in spans:
            tally.update(self._live_tally(search, "actor1_name", ignored, (first, last), edges))
        return sorted(
            ((v, n) for v, n in tally.items() if v != "" and n > 0), key=lambda kv: (-kv[1], kv[0])
        )

    def counted_verdict_facet(
        self, search: EventSearch, skip: Iterable[str]
    ) -> list[tuple[str, int]] | None:
        """The verdict facet ("agreement_id|verdict") exactly from ``verdict_days``: one walk of
        the range's days; None when the table cannot tell."""
        if not counted_verdicts(search, skip):
            return None
        clauses, params = [], []
        for op, bound in ((">=", search.start), ("<=", search.end)):
            if bound is not None:
                clauses.append(f"day {op} ?")
                params.append(bound.isoformat())
        rows = self.db.execute(
            "SELECT agreement_id, verdict, SUM(n) FROM verdict_days"
            f" WHERE {' AND '.join(clauses)} GROUP BY agreement_id, verdict",
            params,
        )
        ranked = sorted((-int(n), str(a), str(v)) for a, v, n in rows if int(n) > 0)
        return [(f"{a}|{v}", -n) for n, a, v in ranked]

    def _counted_tallies(
        self, search: EventSearch, names: list[str], skip: set[str], edges: EdgeRows | None
    ) -> dict[str, Counter[str]]:
        """Facet name -> value -> events matching ``search`` but ``skip``: the whole months'
        rows read once, the partial months counted live (shared through ``edges``)."""
        months, spans = split_dates(search.start, search.end)
        tallies: dict[str, Counter[str]] = {n: Counter() for n in names}
        at = [(n, i) for i, n in enumerate(names)]
        if months is not None:
            # grouped by the facets' columns: the months collapse in SQL (7,316 rows of a
            # year and a half at 1M events become ~1,400), cheaper than tallying each here
            clauses, params = _table_where(search, skip, months)
            listed = ", ".join(names)
            rows = self.db.execute(
                f"SELECT {listed}, SUM(n) FROM event_counts WHERE {clauses} GROUP BY {listed}",
                params,
            )
            for row in rows:
                n = int(row[-1])
                for name, i in at:
                    tallies[name][str(row[i])] += n
        for first, last in spans:
            for name in names:
                tallies[name].update(self._live_tally(search, name, skip, (first, last), edges))
        return {
            n: Counter({v: c for v, c in t.items() if v != "" and c > 0})
            for n, t in tallies.items()
        }

    def _counted_tally(
        self,
        search: EventSearch,
        column: str | None,
        skip: Iterable[str],
        edges: EdgeRows | None = None,
    ) -> Counter[str] | None:
        """Value -> events (key "" for the total when ``column`` is None): the table's whole
        months plus the live count of the partial ones."""
        ignored = set(skip)
        if not counted(search, ignored):
            return None
        months, spans = split_dates(search.start, search.end)
        tally: Counter[str] = Counter()
        if months is not None:
            clauses, params = _table_where(search, ignored, months)
            select = f"{column}, SUM(n)" if column else "'', SUM(n)"
            group = f" GROUP BY {column}" if column else ""
            rows = self.db.execute(
                f"SELECT {select} FROM event_counts WHERE {clauses}{group}", params
            )
            tally.update({str(v): int(n) for v, n in rows if n is not None})
        for first, last in spans:
            tally.update(self._live_tally(search, column, ignored, (first, last), edges))
        return Counter({v: n for v, n in tally.items() if v != "" or column is None})

    def _live_tally(
        self,
        search: EventSearch,
        column: str | None,
        skip: set[str],
        span: Span,
        edges: EdgeRows | None,
    ) -> dict[str, int]:
        from ceasewatch.store.queries import where  # queries imports this module

        first, last = span
        clauses, params = where(dataclasses.replace(search, start=first, end=last), skip)
        sql = " WHERE " + " AND ".join(clauses) if clauses else ""
        if column is None:
            row = self.db.execute(f"SELECT COUNT(*) FROM events{sql}", params).fetchone()
            return {"": int(row[0])}
        # counted here, not by GROUP BY: grouping tempts SQLite into walking the grouped
        # column's index over every date instead of the filter's (country, date) range
        key = (sql, tuple(params))
        if edges is None or key not in edges:
            listed = ", ".join(_EDGE_COLUMNS)
            rows = self.db.execute(f"SELECT {listed} FROM events{sql}", params).fetchall()
            if edges is None:
                edges = {}
            edges[key] = rows
        i = _EDGE_COLUMNS.index(column)
        return Counter(str(r[i]) for r in edges[key] if r[i] is not None and r[i] != "")


__all__ = [
    "COUNTED_FACETS",
    "FacetCountsMixin",
    "counted",
    "counted_actors",
    "counted_verdicts",
    "split_dates",
]
