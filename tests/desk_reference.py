"""The desk pages' counts as they were computed before they moved into SQL (event by event, in
Python, over every matching event's record): the reference the SQL versions must equal
(tests/test_desk_queries.py). Kept for the tests only; the pages use ``store/deskqueries.py``."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import article_country, country_named
from ceasewatch.model import Agreement, Event, Location, Verdict
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.events import EventFilter, EventRow, filtered_rows
from ceasewatch.serve.views.morning import names_a_thing
from ceasewatch.serve.views.quality import _in_force, _name, alpha2, status_items
from ceasewatch.serve.views.trends import MAX_MONTHS, MAX_WEEKS, TOP, Series, monday


def _start(bin_: str, day: dt.date) -> dt.date:
    return monday(day) if bin_ == "week" else dt.date(day.year, day.month, 1)


def _periods(days: Iterable[dt.date]) -> tuple[str, list[dt.date]]:
    """Mondays over at most MAX_WEEKS weeks, else the 1st of every month (latest MAX_MONTHS)."""
    days = sorted(days)
    if not days:
        return "week", []
    first, last = monday(days[0]), monday(days[-1])
    weeks = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    if len(weeks) <= MAX_WEEKS:
        return "week", weeks
    months = [dt.date(days[0].year, days[0].month, 1)]
    while months[-1] < dt.date(days[-1].year, days[-1].month, 1):
        y, m = months[-1].year, months[-1].month
        months.append(dt.date(y + m // 12, m % 12 + 1, 1))
    return "month", months[-MAX_MONTHS:]


def _tally(
    rows: list[EventRow], bin_: str, weeks: list[dt.date], labels: Callable[[EventRow], list[str]]
) -> list[Series]:
    index = {w: i for i, w in enumerate(weeks)}
    per: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    totals: Counter[str] = Counter()
    for row in rows:
        day = row.event.event_date
        week = index.get(_start(bin_, day)) if day else None
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


def _refs(event: Event) -> list:
    refs = [event.actor1, event.actor2, *event.assoc_actors1, *event.assoc_actors2]
    return [r for r in refs if r is not None]


def trends(desk: Desk, flt: EventFilter) -> tuple[int, int, bool, str, list[dt.date], dict]:
    """(events, undated, clipped, bin, periods, chart key -> series) as the page counted them."""
    rows = filtered_rows(desk, flt, "date")
    dated = [r for r in rows if r.event.event_date is not None]
    days = [r.event.event_date for r in dated if r.event.event_date is not None]
    bin_, weeks = _periods(days)
    names = {a.id: a.name for a in desk.agreements().values()}
    labelers: dict[str, Callable[[EventRow], list[str]]] = {
        "type": lambda r: [r.event.event_type],
        "verdict": lambda r: sorted({v.verdict for v in r.verdicts if v.verdict != "outside-scope"}),
        "actor": lambda r: sorted({x.name for x in _refs(r.event)}),
        "zone": lambda r: sorted({names.get(v.agreement_id, v.agreement_id)
                                  for v in r.verdicts if v.verdict != "outside-scope"}),
    }  # fmt: skip
    clipped = bool(weeks) and _start(bin_, min(days)) < weeks[0]
    charts = {k: _tally(dated, bin_, weeks, f) for k, f in labelers.items()}
    return len(dated), len(rows) - len(dated), clipped, bin_, weeks, charts


def unresolved(desk: Desk, events: list[Event]) -> Counter[str]:
    found: Counter[str] = Counter()
    for event in events:
        for ref in _refs(event):
            if ref.id is None and not names_a_thing(desk.resources.actors, ref.name):
                found[ref.name] += 1
    return found


def actor_counts(events: list[Event]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for event in events:
        counts.update({r.id.lower() for r in _refs(event) if r.id})
    return dict(counts)


def morning(desk: Desk, since: dt.date, limit: int) -> tuple[dict, dict, dict, int]:
    """(countries, unplaced places, unresolved names, events read) over the newest ``limit``
    events dated from ``since``."""
    with desk.store() as store:
        recent = store.events_since(since, limit)
    countries = Counter(e.location.country for e in recent if e.location and e.location.country)
    places = Counter(e.location.name for e in recent if e.location and e.location.latitude is None)
    return dict(countries), dict(places), dict(unresolved(desk, recent)), len(recent)


# --- the quality queue ------------------------------------------------------------------------


def _has_point(loc: Location | None) -> bool:
    return loc is not None and loc.latitude is not None and loc.longitude is not None


def _item(kind: str, event: Event, detail: str, slot: str | None = None) -> tuple:
    """The title reads what happened, where and when ("Attack in Idlib, 12 Mar 2020")."""
    loc = event.location
    where = (loc.name if loc else None) or (_name(alpha2(loc.country)) if loc and
                                              loc.country else "an unnamed place")  # fmt: skip
    day = event.event_date
    when = f"{day.day} {day.strftime('%b %Y')}" if day else "undated"
    return (kind, event.id, f"{event.sub_event_type} in {where}, {when}", detail, slot)


def _geocode(event: Event, about: str | None) -> Iterator[tuple]:
    loc = event.location
    if loc is None or not _has_point(loc):
        return
    where = f"{loc.name} ({loc.latitude:.3f}, {loc.longitude:.3f})"
    if loc.reason.startswith("FLAGGED"):
        yield _item("point-outside-country", event, f"{where}: {loc.reason}")
    placed = alpha2(loc.country)
    if loc.geo_precision == 1 and about and placed and placed != about:
        detail = f"precision 1 in {_name(placed)}, but the report is about {_name(about)}"
        yield _item("point-abroad", event, f"{where}: {detail}")
    named = country_named(loc.name)
    if named is not None:
        detail = f"a point for the whole of {named.name}: a centroid stands for no place"
        yield _item("country-point", event, f"{where}: {detail}")


def _actors(event: Event, not_actors: frozenset[str]) -> Iterator[tuple]:
    for slot in ("actor1", "actor2"):
        ref = getattr(event, slot)
        if ref is not None and normalize_name(ref.surface or ref.name) in not_actors:
            detail = f"{slot} is “{ref.name}”, a weapon or vehicle, not an actor"
            yield _item("non-actor", event, detail, slot=slot)


def _scope(
    event: Event, verdicts: list[Verdict], agreements: dict[str, Agreement]
) -> Iterator[tuple]:
    code = alpha2(event.location.country if event.location else None)
    day = event.event_date
    if code is None or day is None:
        return
    applying = [a for a in agreements.values() if code in a.countries and _in_force(a, day)]
    if not applying:
        return
    judged = {v.agreement_id: v.verdict for v in verdicts}
    if all(judged.get(a.id, "outside-scope") == "outside-scope" for a in applying):
        names = ", ".join(sorted(a.name for a in applying))
        detail = f"in {_name(code)} on {day}, where {names} applied, but outside every scope"
        yield _item("outside-every-scope", event, detail)


def quality(desk: Desk) -> list[tuple]:
    """Every item as (kind, event id, title, detail, slot), in the queue's order."""
    events = desk.events()
    verdicts = desk.verdicts_by_event()
    agreements = desk.agreements()
    not_actors = desk.resources.actors.descriptors.not_actors
    with desk.store() as store:
        about = {
            e.article_id: (c.alpha2 if (c := article_country(store.article(e.article_id).text))
                           else None)
            for e in events if _has_point(e.location)
        }  # fmt: skip
    items: list[tuple] = []
    for event in events:
        items += _geocode(event, about.get(event.article_id))
        items += _actors(event, not_actors)
        items += _scope(event, verdicts.get(event.id, []), agreements)
    existing = {e.id for e in events}
    for assessment in desk.assessments():
        items += [
            (i.kind, i.event_id, i.title, i.detail, i.slot)
            for i in status_items(assessment, existing)
        ]
    return items
