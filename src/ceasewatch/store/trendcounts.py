"""The trends page's charts from ``trend_days`` (migration 0026), both backends.

Every write marks the days it touches (``trend_dirty``, by triggers in the writer's
transaction); ``recount`` recounts those days from the events, verdicts and actor references
(one GROUP BY per chart over the date index, ~200 events a day at 1M events) before a chart is
read. A trends view with no filter, or a country alone, then reads a few thousand rows instead
of every matching event with its verdicts and actors (2.5 s at 100k events). Any other filter
keeps the live statement (``DeskQueriesMixin.trend_counts``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ceasewatch.store.base import EventSearch

ALL = "*"  # the country key of the rows summed over every country
SEP = "\x1f"  # between the agreement ids of a 'zset' label (sorted)
DAYS_PER_STATEMENT = 200  # days per recount statement (``IN`` list)

# The rows of one chunk of days, each statement with the chunk's days as ``{days}`` (marks).
_RECOUNT = (
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT 'type', COALESCE(country, ''), event_type, event_date, COUNT(*) FROM events"
    " WHERE event_date IN ({days}) GROUP BY COALESCE(country, ''), event_type, event_date",
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT 'verdict', COALESCE(e.country, ''), v.verdict, e.event_date, COUNT(DISTINCT e.id)"
    " FROM events e JOIN verdicts v ON v.event_id = e.id"
    " WHERE e.event_date IN ({days}) AND v.verdict <> 'outside-scope'"
    " GROUP BY COALESCE(e.country, ''), v.verdict, e.event_date",
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT 'zone', COALESCE(e.country, ''), v.agreement_id, e.event_date, COUNT(DISTINCT e.id)"
    " FROM events e JOIN verdicts v ON v.event_id = e.id"
    " WHERE e.event_date IN ({days}) AND v.verdict <> 'outside-scope'"
    " GROUP BY COALESCE(e.country, ''), v.agreement_id, e.event_date",
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT 'actor', COALESCE(e.country, ''), r.name, e.event_date, COUNT(DISTINCT e.id)"
    " FROM events e JOIN event_actor_refs r ON r.event_id = e.id"
    " WHERE e.event_date IN ({days}) GROUP BY COALESCE(e.country, ''), r.name, e.event_date",
)
# every country's rows summed (each event has one country), then the actor rows' sums; after
# the 'zset' rows (``_zsets``)
_SUMMED = (
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT chart, '*', label, day, SUM(n) FROM trend_days"
    " WHERE day IN ({days}) GROUP BY chart, label, day",
    "INSERT INTO trend_days (chart, country, label, day, n)"
    " SELECT 'actor-all', country, '', day, SUM(n) FROM trend_days"
    " WHERE chart = 'actor' AND day IN ({days}) GROUP BY country, day",
)
# The charts also kept by month (chart + MONTHLY, day 'YYYY-MM'): a long span is drawn month
# by month, and its day rows are ~30x as many to read (5,000 days at 1M events).
MONTHLY = ":month"
BY_MONTH = ("type", "verdict", "zone", "actor", "actor-all")
_MONTH_CHARTS = ", ".join(f"'{c}{MONTHLY}'" for c in BY_MONTH)
_DAY_CHARTS = ", ".join(f"'{c}'" for c in BY_MONTH)
_ACTOR_SUMS = (
    "SELECT country, label, SUM(n) FROM trend_days"
    " WHERE chart = 'actor' AND day IN ({days}) GROUP BY country, label"
)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def recount(db: Any) -> int:
    """Recount every marked day, in the caller's transaction; returns how many. Each chunk's
    marks are deleted first (on PostgreSQL that locks them against a writer marking them
    again until the commit); the actor rows' totals (day '*') move by the chunk's change."""
    days = sorted(str(r[0]) for r in db.execute("SELECT day FROM trend_dirty"))
    for start in range(0, len(days), DAYS_PER_STATEMENT):
        chunk = days[start : start + DAYS_PER_STATEMENT]
        marks = _marks(len(chunk))
        db.execute(f"DELETE FROM trend_dirty WHERE day IN ({marks})", chunk)
        before = _sums(db, marks, chunk)
        db.execute(f"DELETE FROM trend_days WHERE day IN ({marks})", chunk)
        for statement in _RECOUNT:
            db.execute(statement.format(days=marks), chunk)
        _zsets(db, marks, chunk)
        for statement in _SUMMED:
            db.execute(statement.format(days=marks), chunk)
        for month in sorted({day[:7] for day in chunk}):  # from its days' rows, all fresh
            db.execute(
                f"DELETE FROM trend_days WHERE day = ? AND chart IN ({_MONTH_CHARTS})", [month]
            )
            db.execute(
                "INSERT INTO trend_days (chart, country, label, day, n)"
                f" SELECT chart || '{MONTHLY}', country, label, ?, SUM(n) FROM trend_days"
                f" WHERE day >= ? AND day <= ? AND chart IN ({_DAY_CHARTS})"
                " GROUP BY chart, country, label",
                [month, f"{month}-01", f"{month}-31"],
            )
        after = _sums(db, marks, chunk)
        moved = {k: after.get(k, 0) - before.get(k, 0) for k in {*before, *after}}
        moved = {k: n for k, n in sorted(moved.items()) if n}
        if moved:
            db.executemany(
                "INSERT INTO trend_days (chart, country, label, day, n) VALUES ('actor', ?, ?,"
                " '*', ?) ON CONFLICT (chart, country, label, day)"
                " DO UPDATE SET n = trend_days.n + excluded.n",
                [(c, lb, n) for (c, lb), n in moved.items()],
            )
            db.executemany(
                "DELETE FROM trend_days WHERE chart = 'actor' AND country = ? AND label = ?"
                " AND day = '*' AND n <= 0",
                [(c, lb) for (c, lb), n in moved.items() if n < 0],
            )
    return len(days)


def _zsets(db: Any, marks: str, chunk: Sequence[str]) -> None:
    """The chunk's 'zset' rows: per day and country, the events judged (a verdict other than
    outside-scope) by exactly each set of agreements, the set's ids sorted and joined by
    ``SEP`` (the quality queue's scope count: an event judged by two agreements whose scopes
    both hold it is one judged event). Grouped here: SQLite's group_concat has no order."""
    judged: dict[str, tuple[str, str, set[str]]] = {}
    for event_id, day, country, agreement_id in db.execute(
        "SELECT e.id, e.event_date, COALESCE(e.country, ''), v.agreement_id"
        " FROM events e JOIN verdicts v ON v.event_id = e.id"
        f" WHERE e.event_date IN ({marks}) AND v.verdict <> 'outside-scope'",
        chunk,
    ):
        judged.setdefault(str(event_id), (str(day), str(country), set()))[2].add(str(agreement_id))
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for day, country, ids in judged.values():
        counts[(country, SEP.join(sorted(ids)), day)] += 1
    db.executemany(
        "INSERT INTO trend_days (chart, country, label, day, n) VALUES ('zset', ?, ?, ?, ?)",
        [(*key, n) for key, n in sorted(counts.items())],
    )


def _sums(db: Any, marks: str, chunk: Sequence[str]) -> dict[tuple[str, str], int]:
    rows = db.execute(_ACTOR_SUMS.format(days=marks), chunk)
    return {(str(c), str(lb)): int(n) for c, lb, n in rows}


def tabled(search: EventSearch) -> str | None:
    """The country key ``trend_days`` answers ``search`` with ('*' for no filter, '' never: a
    country filter names one), or None: another filter, counted live."""
    if search == EventSearch():
        return ALL
    if search.country and search == EventSearch(country=search.country):
        return search.country
    return None


def _period(by_month: bool) -> str:
    return "day || '-01'" if by_month else "day"


def chart_rows(
    db: Any,
    country: str,
    start: dt.date,
    labels: dict[str, str],
    top: int,
    by_month: bool,
) -> list[tuple[str, dt.date | None, str, int]] | None:
    """``trend_counts``' rows from the table, for the events of ``country`` (a key of
    ``tabled``) dated on or after ``start``, every dated one (the actor totals, day '*', are
    over every day: the caller checks none is earlier). Days are first of their months when
    ``by_month``. None when two agreements of the zone chart share a label (an event judged
    by both counts once for it: the live statement knows, the table does not)."""
    by_month = by_month and start.day == 1  # the month rows hold whole months only
    period, kept = _period(by_month), MONTHLY if by_month else ""
    since = start.isoformat()[:7] if by_month else start.isoformat()
    charts = ", ".join(f"'{c}{kept}'" for c in ("type", "verdict", "zone", "actor-all"))
    rows = [
        (str(c).removesuffix(kept), d, lb, n)
        for c, d, lb, n in db.execute(
            f"SELECT chart, {period} AS p, label, SUM(n) FROM trend_days"
            f" WHERE chart IN ({charts}) AND country = ? AND day >= ?"
            " GROUP BY chart, p, label",
            [country, since],
        )
    ]
    zone_ids = {str(r[2]) for r in rows if r[0] == "zone"}
    named = [labels.get(i, i) for i in zone_ids]
    if len(set(named)) < len(named):
        return None
    out: list[tuple[str, dt.date | None, str, int]] = []
    every: dict[dt.date, int] = defaultdict(int)  # the actor rows' sum per period
    for chart, day, label, n in rows:
        when = dt.date.fromisoformat(str(day))
        if chart == "actor-all":
            every[when] += int(n)
        else:
            name = labels.get(str(label), str(label)) if chart == "zone" else str(label)
            out.append((str(chart), when, name, int(n)))
    totals = {
        str(lb): int(n)
        for lb, n in db.execute(
            "SELECT label, n FROM trend_days WHERE chart = 'actor' AND country = ? AND day = '*'"
            " AND n > 0",
            [country],
        )
    }
    out += [("actor-total", None, name, n) for name, n in totals.items()]
    ranked = sorted(totals.values(), reverse=True)[:top]
    least = ranked[-1] if ranked else 0
    drawn = sorted(name for name, n in totals.items() if n >= least)
    shown: dict[dt.date, int] = defaultdict(int)
    for i in range(0, len(drawn), 500):
        part = drawn[i : i + 500]
        for label, day, n in db.execute(
            f"SELECT label, {period} AS p, SUM(n) FROM trend_days WHERE chart = ?"
            f" AND country = ? AND label IN ({_marks(len(part))}) AND day >= ?"
            " GROUP BY label, p",
            [f"actor{kept}", country, *part, since],
        ):
            when = dt.date.fromisoformat(str(day))
            out.append(("actor", when, str(label), int(n)))
            shown[when] += int(n)
    out += [("actor", d, "", n - shown[d]) for d, n in sorted(every.items()) if n > shown[d]]
    return out


Scope = tuple[str, Sequence[str], dt.date, dt.date | None]


def scope_count(db: Any, scopes: Sequence[Scope]) -> int | None:
    """How many events lie inside some scope (its stored country values, its first to last
    day) and are judged by none of the agreements whose scope holds them (no verdict other
    than outside-scope from them): the events of the scopes' days and countries ('type' rows,
    each country's windows merged) less the judged ones whose set of judging agreements
    ('zset' rows) has one whose scope holds that day and country. None: no scope has a
    country (the caller's answer is 0). The caller recounts the marked days first."""
    live = [s for s in scopes if s[1]]
    if not live:
        return None
    windows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    held: dict[str, list[tuple[frozenset[str], str, str]]] = defaultdict(list)
    for agreement_id, countries, first, last in live:
        span = (first.isoformat(), "9999-12-31" if last is None else last.isoformat())
        for country in countries:
            windows[country].append(span)
        held[agreement_id].append((frozenset(countries), *span))
    inside = 0
    for country, spans in windows.items():
        for since, until in _merged(spans):
            inside += int(
                db.execute(
                    "SELECT COALESCE(SUM(n), 0) FROM trend_days WHERE chart = 'type'"
                    " AND country = ? AND day >= ? AND day <= ?",
                    [country, since, until],
                ).fetchone()[0]
            )
    judged = 0
    countries = sorted(windows)
    rows = db.execute(
        "SELECT country, label, day, n FROM trend_days WHERE chart = 'zset'"
        f" AND country IN ({_marks(len(countries))})",
        countries,
    )
    for country, label, day, n in rows:
        if any(
            country in where and since <= day <= until
            for agreement_id in str(label).split(SEP)
            for where, since, until in held.get(agreement_id, ())
        ):
            judged += int(n)
    return inside - judged


def _merged(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Day windows (ISO first, last) joined where they overlap or touch, in order."""
    out: list[tuple[str, str]] = []
    for first, last in sorted(spans):
        if out and first <= _next_day(out[-1][1]):
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _next_day(day: str) -> str:
    if day >= "9999-12-31":
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


__all__ = ["ALL", "SEP", "chart_rows", "recount", "scope_count", "tabled"]
