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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Literal, get_args

from pydantic import BaseModel

from ceasewatch.csvcell import csv_safe
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.events import EventFilter, EventRow, filtered_rows

ChartKey = Literal["type", "verdict", "actor", "zone"]
CHART_KEYS: tuple[str, ...] = get_args(ChartKey)
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


def _weeks(days: Iterable[dt.date]) -> list[dt.date]:
    mondays = sorted({monday(d) for d in days})
    if not mondays:
        return []
    first, last = mondays[0], mondays[-1]
    first = max(first, last - dt.timedelta(weeks=MAX_WEEKS - 1))
    return [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def _actors(row: EventRow) -> list[str]:
    e = row.event
    refs = [e.actor1, e.actor2, *e.assoc_actors1, *e.assoc_actors2]
    return sorted({r.name for r in refs if r is not None})


def _verdicts(row: EventRow) -> list[str]:
    return sorted({v.verdict for v in row.verdicts if v.verdict != "outside-scope"})


def _zones(names: dict[str, str]) -> Callable[[EventRow], list[str]]:
    def labels(row: EventRow) -> list[str]:
        return sorted(
            {names.get(v.agreement_id, v.agreement_id)
             for v in row.verdicts if v.verdict != "outside-scope"}
        )  # fmt: skip

    return labels


def _tally(
    rows: list[EventRow], weeks: list[dt.date], labels: Callable[[EventRow], list[str]]
) -> list[Series]:
    index = {w: i for i, w in enumerate(weeks)}
    per: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    totals: Counter[str] = Counter()
    for row in rows:
        day = row.event.event_date
        week = index.get(monday(day)) if day else None
        if week is None:
            continue
        for label in labels(row):
            per[label][week] += 1
            totals[label] += 1
    ranked = [label for label, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    series = [Series(label=lb, counts=per[lb], colour=i) for i, lb in enumerate(ranked[:TOP])]
    if len(ranked) > TOP:
        other = [sum(per[lb][i] for lb in ranked[TOP:]) for i in range(len(weeks))]
        series.append(Series(label=f"other ({len(ranked) - TOP})", counts=other, colour=TOP))
    return series


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
    rows = filtered_rows(desk, flt, "date")
    dated = [r for r in rows if r.event.event_date is not None]
    days = [r.event.event_date for r in dated if r.event.event_date is not None]
    weeks = _weeks(days)
    names = {a.id: a.name for a in desk.agreements().values()}
    labelers: dict[ChartKey, Callable[[EventRow], list[str]]] = {
        "type": lambda r: [r.event.event_type],
        "verdict": _verdicts,
        "actor": _actors,
        "zone": _zones(names),
    }
    return TrendsView(
        filters=flt.params(),
        events=len(dated),
        undated=len(rows) - len(dated),
        clipped=bool(weeks) and monday(min(days)) < weeks[0],
        charts=[_draw(k, weeks, _tally(dated, weeks, f)) for k, f in labelers.items()],
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
