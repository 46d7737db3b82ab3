"""Trends of the filtered events: by event type, agreement verdict, actor and zone, counted
week by week, or month by month when the events span more than ``MAX_WEEKS`` weeks (the chart,
its JSON ``bin`` and its CSV's first column say which).

Each chart is drawn here as stacked bars in SVG units (no charting library, no script: the page
works offline and without JavaScript), and carries its numbers as a table for screen readers and
for the JSON and CSV twins. Weeks start on Monday, months on their first; a period without
events is drawn empty, never left out (a gap in the axis would read as a quiet week the chart
hid).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Literal, get_args

from markupsafe import Markup, escape
from pydantic import BaseModel

from ceasewatch.csvcell import csv_safe
from ceasewatch.knowledge.countries import short_name
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
# Longest span drawn week by week; a longer one is drawn month by month (two years of weeks
# are already bars a few pixels wide), and beyond MAX_MONTHS shows its latest months (the page
# says so).
MAX_WEEKS = 104
MAX_MONTHS = 240
Bin = Literal["week", "month"]


class Series(BaseModel):
    label: str
    counts: list[int]  # one per period
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
    anchor: str = "middle"  # SVG text-anchor: a label by the right edge ends at its tick


class Chart(BaseModel):
    key: ChartKey
    title: str
    bin: Bin = "week"  # what one bar counts
    periods: list[dt.date]  # the first day of each: Mondays, or the 1st of each month
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
    bin: Bin = "week"  # week by week, or month by month over more than MAX_WEEKS weeks
    clipped: bool  # the span was longer than MAX_MONTHS: only the latest months are drawn
    charts: list[Chart]


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, n: int) -> dt.date:
    months = day.year * 12 + day.month - 1 + n
    return dt.date(months // 12, months % 12 + 1, 1)


def periods_between(first: dt.date | None, last: dt.date | None) -> tuple[Bin, list[dt.date]]:
    """The bin and the first day of every period from ``first``'s to ``last``'s: Mondays
    while that is at most ``MAX_WEEKS`` weeks, else months (at most the latest MAX_MONTHS)."""
    if first is None or last is None:
        return "week", []
    start, end = monday(first), monday(last)
    if (end - start).days // 7 < MAX_WEEKS:
        return "week", [start + dt.timedelta(weeks=i) for i in range((end - start).days // 7 + 1)]
    start, end = month_start(first), month_start(last)
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    count = min(count, MAX_MONTHS)
    return "month", [_add_months(end, i - count + 1) for i in range(count)]


def period_start(bin_: Bin, day: dt.date) -> dt.date:
    return monday(day) if bin_ == "week" else month_start(day)


def _by_period(
    rows: Iterable[tuple[dt.date, str, int]], periods: list[dt.date], bin_: Bin
) -> dict[str, list[int]]:
    """Label -> counts per period, from (day, label, count) rows."""
    index = {p: i for i, p in enumerate(periods)}
    per: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for day, label, n in rows:
        at = index.get(period_start(bin_, day))
        if at is not None:
            per[label][at] += n
    return per


def _series(
    rows: Iterable[tuple[dt.date, str, int]],
    periods: list[dt.date],
    bin_: Bin,
    totals: dict[str, int],
) -> list[Series]:
    """The ``TOP`` labels with the most events (``totals``), apiece; the rest summed as
    "other" (rows of other labels, or labelled "", count for it)."""
    ranked = [label for label, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    top = set(ranked[:TOP])
    other = f"other ({len(ranked) - TOP})"
    per = _by_period(((d, lb if lb in top else other, n) for d, lb, n in rows), periods, bin_)
    series = [Series(label=lb, counts=per[lb], colour=i) for i, lb in enumerate(ranked[:TOP])]
    if len(ranked) > TOP:
        series.append(Series(label=other, counts=per[other], colour=TOP))
    return series


def _counted(
    store: Store, search: EventSearch, periods: list[dt.date], bin_: Bin, names: dict[str, str]
) -> dict[ChartKey, list[Series]]:
    """Every chart's series, counted in one statement of the archive's SQL
    (``store/deskqueries.py``); the actor chart's totals come apart ("actor-total")."""
    rows: dict[str, list[tuple[dt.date, str, int]]] = defaultdict(list)
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_month = bin_ == "month"  # the table's rows summed by month in SQL (its days: the 1st)
    counted = store.trend_counts(search, periods[0], labels=names, top=TOP, by_month=by_month)
    for chart, day, label, n in counted:
        if day is None:
            totals["actor"][label] = n
            continue
        rows[chart].append((day, label, n))
        if chart != "actor":
            totals[chart][label] += n  # a day's events counted apiece: the sum is the total
    return {k: _series(rows[k], periods, bin_, totals[k]) for k in _KEYS}


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def _draw(key: ChartKey, periods: list[dt.date], bin_: Bin, series: list[Series]) -> Chart:
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP_PAD
    stacked = [sum(s.counts[i] for s in series) for i in range(len(periods))]
    top = _nice_max(max(stacked, default=0) or 1)
    slot = plot_w / max(len(periods), 1)
    bars: list[Bar] = []
    for i, start in enumerate(periods):
        base = 0
        when = f"week of {start.isoformat()}" if bin_ == "week" else start.strftime("%B %Y")
        for s in series:
            n = s.counts[i]
            if not n:
                continue
            h = n / top * plot_h
            y = TOP_PAD + plot_h - (base + n) / top * plot_h
            bars.append(Bar(
                x=round(LEFT + i * slot + slot * 0.1, 1), y=round(y, 1),
                width=round(max(slot * 0.8, 1), 1), height=round(h, 1), colour=s.colour,
                title=f"{when}: {s.label}, {n}",
            ))  # fmt: skip
            base += n
    y_ticks = [
        Tick(pos=round(TOP_PAD + plot_h - v / top * plot_h, 1), label=str(v))
        for v in range(0, top + 1, top // 4)
    ]
    every = max(1, len(periods) // 8)
    shown = "%-d %b %y" if bin_ == "week" else "%b %Y"
    x_ticks = [
        Tick(
            pos=(x := round(LEFT + (i + 0.5) * slot, 1)),
            label=p.strftime(shown),
            anchor="end" if x > WIDTH - 40 else "middle",
        )
        for i, p in enumerate(periods)
        if i % every == 0
    ]
    title = TITLES[key] + (", month by month" if bin_ == "month" else "")
    return Chart(key=key, title=title, bin=bin_, periods=periods, series=series, bars=bars,
                 y_ticks=y_ticks, x_ticks=x_ticks)  # fmt: skip


def trends_view(desk: Desk, flt: EventFilter) -> TrendsView:
    """The four charts of the filtered events, counted per day in SQL and summed per week (or
    month) here; each event counts once per label (an event naming two actors counts for
    both)."""
    names = {a.id: a.name for a in desk.agreements().values()}
    search = flt.search()

    def count() -> tuple[dt.date | None, Bin, list[dt.date], int, int, dict[ChartKey, Any]]:
        first, last, dated, undated = store.trend_span(search)
        bin_, periods = periods_between(first, last)
        empty: dict[ChartKey, list[Series]] = {k: [] for k in _KEYS}
        charts = _counted(store, search, periods, bin_, names) if periods else empty
        return first, bin_, periods, dated, undated, charts

    with desk.store() as store:  # once per filter and archive state
        key = ("trends", search, tuple(sorted(names.items())))
        first, bin_, periods, dated, undated, charts = by_stamp(store, key, count)
    return TrendsView(
        filters=flt.params(),
        events=dated,
        undated=undated,
        bin=bin_,
        clipped=bool(periods) and first is not None and period_start(bin_, first) < periods[0],
        charts=[_draw(k, periods, bin_, charts[k]) for k in _KEYS],
    )


def country_options(desk: Desk) -> list[tuple[str, str]]:
    """(stored country, its short name) of every country the archive's events name, by name:
    the trends form's country filter (counted once per archive state)."""
    with desk.store() as store:
        stored = by_stamp(store, ("countries",), store.distinct_countries)
    return sorted(((c, short_name(c) or c) for c in stored), key=lambda vl: (vl[1], vl[0]))


def chart_csv(chart: Chart) -> str:
    """One row per week (or month: the first column's name says which, each row its first
    day), one column per series (text cells made safe for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([chart.bin, *(csv_safe(s.label) for s in chart.series)])
    for i, start in enumerate(chart.periods):
        writer.writerow([start.isoformat(), *(s.counts[i] for s in chart.series)])
    return out.getvalue()


# The page draws up to 240 periods x 8 series per chart, as bars and as a table: joined here
# rather than cell by cell in Jinja, which took most of an unfiltered trends page's time
# (docs/PERFORMANCE.md). Same markup as the template wrote; every label escaped.
def bars_markup(chart: Chart) -> Markup:
    """The chart's ``<rect>`` bars, each with its title."""
    return Markup("").join(
        Markup(
            f'<rect class="c{b.colour}" x="{b.x}" y="{b.y}" width="{b.width}"'
            f' height="{b.height}"><title>{escape(b.title)}</title></rect>'
        )
        for b in chart.bars
    )


def table_markup(chart: Chart) -> Markup:
    """The body rows of the chart's number table: a period, then each series' count."""
    columns = [s.counts for s in chart.series]
    return Markup("").join(
        Markup(f'<tr><th scope="row">{period}</th>')
        + Markup("").join(Markup(f'<td class="num">{int(c[i])}</td>') for c in columns)
        + Markup("</tr>")
        for i, period in enumerate(chart.periods)
    )


__all__ = [
    "CHART_KEYS", "MAX_MONTHS", "MAX_WEEKS", "Chart", "ChartKey", "TrendsView", "bars_markup",
    "chart_csv", "periods_between", "table_markup", "trends_view",
]  # fmt: skip
