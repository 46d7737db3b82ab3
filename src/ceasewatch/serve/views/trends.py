"""Weekly trends of the filtered events: by event type, agreement verdict, actor and zone.

Each chart is drawn here as stacked bars in SVG units (no charting library, no script: the page
works offline and without JavaScript), and carries its numbers as a table for screen readers and
for the JSON and CSV twins. Weeks start on Monday; a week without events is drawn empty, never
left out (a gap in the axis would read as a quiet week the chart hid).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from typing import Literal, get_args

from pydantic import BaseModel

from ceasewatch.csvcell import csv_safe
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.store.base import EventSearch, Store

ChartKey = Literal["type", "verdict", "actor", "zone"]
CHART_KEYS: tuple[str, ...] = get_args(ChartKey)
_KEYS: tuple[ChartKey, ...] = ("type", "verdict", "actor", "zone")
TITLES = {
    "type": "Events by type",
    "verdict": "Verdicts on agreements (outside scope left out)",
    "actor": "Events by actor (either side)",
    "zone": "Events inside an agreement's scope, by agreement",
}
# Series drawn apiece; the rest are summed as "other" (ten colours stay tellable apart).
TOP = 7
WIDTH, HEIGHT, LEFT, BOTTOM, TOP_PAD = 760, 260, 44, 36, 10
# Longest span drawn week by week; a longer filter shows its latest weeks (the table says so).
MAX_WEEKS = 104


class Series(BaseModel):
    label: str
    counts: list[int]  # one per week
    colour: int  # CSS class index c0..c7


class Bar(BaseModel):
    x: float
    y: float
    width: float
    height: float
    colour: int
    title: str


class Tick(BaseModel):
    pos: float
    label: str


class Chart(BaseModel):
    key: ChartKey
    title: str
    weeks: list[dt.date]  # Mondays
    series: list[Series]
    bars: list[Bar]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT


class TrendsView(BaseModel):
    filters: dict[str, str]
    events: int  # dated events the charts count
    undated: int  # filtered events without a date (not drawn)
    clipped: bool  # the span was longer than MAX_WEEKS: only the latest weeks are drawn
    charts: list[Chart]


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _weeks_between(first: dt.date | None, last: dt.date | None) -> list[dt.date]:
    """Every Monday from ``first``'s week to ``last``'s, at most the latest ``MAX_WEEKS``."""
    if first is None or last is None:
        return []
    start, end = monday(first), monday(last)
    start = max(start, end - dt.timedelta(weeks=MAX_WEEKS - 1))
    return [start + dt.timedelta(weeks=i) for i in range((end - start).days // 7 + 1)]


def _by_week(
    rows: Iterable[tuple[dt.date, str, int]], weeks: list[dt.date]
) -> dict[str, list[int]]:
    """Label -> counts per week, from (day, label, count) rows."""
    index = {w: i for i, w in enumerate(weeks)}
    per: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    for day, label, n in rows:
        week = index.get(monday(day))
        if week is not None:
            per[label][week] += n
    return per


def _series(
    per: dict[str, list[int]], totals: dict[str, int], other: list[int] | None = None
) -> list[Series]:
    """The ``TOP`` labels with the most events, apiece; the rest summed as "other" (``other``
    when the caller counted it, else from ``per``)."""
    ranked = [label for label, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    series = [Series(label=lb, counts=per[lb], colour=i) for i, lb in enumerate(ranked[:TOP])]
    if len(ranked) > TOP:
        if other is None:
            width = len(next(iter(per.values()), []))
            other = [sum(per[lb][i] for lb in ranked[TOP:]) for i in range(width)]
        series.append(Series(label=f"other ({len(ranked) - TOP})", counts=other, colour=TOP))
    return series


def _counted(store: Store, search: EventSearch, weeks: list[dt.date], key: ChartKey,
             names: dict[str, str]) -> list[Series]:  # fmt: skip
    """The series of one chart, counted in the archive's SQL (``store/deskqueries.py``)."""
    start = weeks[0]
    if key != "actor":
        per = _by_week(store.trend_counts(search, key, start, labels=names), weeks)
        return _series(per, {label: sum(c) for label, c in per.items()})
    totals = dict(store.trend_actor_totals(search, start))
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    top = [name for name, _ in ranked[:TOP]]
    per = _by_week(store.trend_counts(search, "actor", start, names=top), weeks)
    if len(ranked) <= TOP:
        return _series(per, totals)
    pairs = _by_week(((d, "", n) for d, n in store.trend_actor_pairs(search, start)), weeks)
    all_pairs = pairs[""]
    other = [all_pairs[i] - sum(per[lb][i] for lb in top) for i in range(len(weeks))]
    return _series(per, totals, other)


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def _draw(key: ChartKey, weeks: list[dt.date], series: list[Series]) -> Chart:
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP_PAD
    stacked = [sum(s.counts[i] for s in series) for i in range(len(weeks))]
    top = _nice_max(max(stacked, default=0) or 1)
    slot = plot_w / max(len(weeks), 1)
    bars: list[Bar] = []
    for i, week in enumerate(weeks):
        base = 0
        for s in series:
            n = s.counts[i]
            if not n:
                continue
            h = n / top * plot_h
            y = TOP_PAD + plot_h - (base + n) / top * plot_h
            bars.append(Bar(
                x=round(LEFT + i * slot + slot * 0.1, 1), y=round(y, 1),
                width=round(max(slot * 0.8, 1), 1), height=round(h, 1), colour=s.colour,
                title=f"week of {week.isoformat()}: {s.label}, {n}",
            ))  # fmt: skip
            base += n
    y_ticks = [
        Tick(pos=round(TOP_PAD + plot_h - v / top * plot_h, 1), label=str(v))
        for v in range(0, top + 1, top // 4)
    ]
    every = max(1, len(weeks) // 8)
    x_ticks = [
        Tick(pos=round(LEFT + (i + 0.5) * slot, 1), label=w.strftime("%-d %b %y"))
        for i, w in enumerate(weeks)
        if i % every == 0
    ]
    return Chart(key=key, title=TITLES[key], weeks=weeks, series=series, bars=bars,
                 y_ticks=y_ticks, x_ticks=x_ticks)  # fmt: skip


def trends_view(desk: Desk, flt: EventFilter) -> TrendsView:
    """The four charts of the filtered events, counted per day in SQL and summed per week
    here; each event counts once per label (an event naming two actors counts for both)."""
    names = {a.id: a.name for a in desk.agreements().values()}
    search = flt.search()

    def count() -> tuple[dt.date | None, list[dt.date], int, int, dict[ChartKey, list[Series]]]:
        first, last, dated, undated = store.trend_span(search)
        weeks = _weeks_between(first, last)
        charts = {k: _counted(store, search, weeks, k, names) if weeks else [] for k in _KEYS}
        return first, weeks, dated, undated, charts

    with desk.store() as store:  # once per filter and archive state
        key = ("trends", search, tuple(sorted(names.items())))
        first, weeks, dated, undated, charts = by_stamp(store, key, count)
    return TrendsView(
        filters=flt.params(),
        events=dated,
        undated=undated,
        clipped=bool(weeks) and first is not None and monday(first) < weeks[0],
        charts=[_draw(k, weeks, charts[k]) for k in _KEYS],
    )


def chart_csv(chart: Chart) -> str:
    """One row per week, one column per series (text cells made safe for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["week", *(csv_safe(s.label) for s in chart.series)])
    for i, week in enumerate(chart.weeks):
        writer.writerow([week.isoformat(), *(s.counts[i] for s in chart.series)])
    return out.getvalue()


__all__ = ["CHART_KEYS", "Chart", "ChartKey", "TrendsView", "chart_csv", "trends_view"]
