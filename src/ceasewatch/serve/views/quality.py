"""The quality queue: what an analyst should look at first, each item one click from a
correction (the event page's form, posted from the queue, written to the corrections store).

Items, each with its reason:
- ``point-outside-country``: geocode flagged a point outside the country the text names for
  the place (its reason starts with "FLAGGED");
- ``point-abroad``: a precision-1 point in another country than the one the report is about;
- ``country-point``: a point coded for a whole country (a centroid stands for no place);
- ``non-actor``: an actor slot holds a weapon or vehicle (the knowledge base's ``not_actors``);
- ``outside-every-scope``: an event in a country where agreements were in force that day, but
  outside every one's scope (a misplaced point, a wrong date, or a zone missing);
- ``single-source-status``: an agreement's status changed on one story alone.

Each check selects its candidates in the archive's SQL (``store/deskqueries.py``: the point and
country columns, the actor references and geocode's flags of migration 0012), so the queue reads
a few narrow rows per item, never every event's record.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterator
from functools import lru_cache
from typing import Literal, NamedTuple, get_args

from pydantic import BaseModel

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import Country, country_named, short_name
from ceasewatch.model import Agreement, Assessment
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.store.articlecountry import country_of_text
from ceasewatch.store.base import Store
from ceasewatch.store.deskqueries import QualityRow

Kind = Literal[
    "point-outside-country",
    "point-abroad",
    "country-point",
    "non-actor",
    "outside-every-scope",
    "single-source-status",
]
KINDS: tuple[str, ...] = get_args(Kind)
# Which correction the queue's form offers for each kind.
FIELD: dict[str, str] = {
    "point-outside-country": "point",
    "point-abroad": "point",
    "country-point": "point",
    "non-actor": "actor",
    "outside-every-scope": "point",
    "single-source-status": "no_event",
}


class QualityItem(BaseModel):
    kind: Kind
    event_id: str | None  # the event to correct (for a status change: its first evidence)
    agreement_id: str | None = None
    title: str
    detail: str
    field: str  # the correction the form offers: point, actor, no_event
    slot: str | None = None  # for "actor": actor1 or actor2


class QualityView(BaseModel):
    counts: dict[str, int]  # kind -> items
    kind: Kind | None
    items: list[QualityItem]  # one page
    total: int  # items of the chosen kind (all kinds when none)
    offset: int
    limit: int
    pending_reports: int = 0  # old reports not yet read for the abroad check (read view by view)


@lru_cache(maxsize=4096)  # a handful of distinct values, read once per queue item
def alpha2(country: str | None) -> str | None:
    """An ISO alpha-2 code from a location's country (stored as a code or a name)."""
    if not country:
        return None
    if len(country) == 2 and country.isalpha():
        return country.upper()
    found = country_named(country)
    return found.alpha2 if found else None


def _name(code: str | None) -> str:
    """The short name shown for a country code ("RU" -> "Russia")."""
    return short_name(code) or "?"


def _where(row: QualityRow) -> str:
    return f"{row.place_name} ({row.latitude:.3f}, {row.longitude:.3f})"


# An item found in SQL, with its place in the queue: the archive's event order (newest first,
# undated last, then by id), then the order of the checks for one event.
Found = tuple["Entry", int]


def geocode_items(store: Store) -> list[Found]:
    """Suspicious points: flagged by geocode or a country's centroid (``abroad_items``: abroad
    at precision 1). Each check selects its few candidates in SQL; the knowledge (country
    names) is applied here."""
    found: list[Found] = [
        (_item("point-outside-country", row, f"{_where(row)}: {note}"), 0)
        for row, note in store.flagged_points()
    ]
    named = {k: c for k in store.place_keys() if (c := _country_key(k)) is not None}
    for row in store.placed_named(sorted(named)):
        country = named[str(row.place_name).lower()]
        detail = f"a point for the whole of {_name(country.alpha2)}: a centroid stands"
        found.append((_item("country-point", row, f"{_where(row)}: {detail} for no place"), 2))
    return found


@lru_cache(maxsize=65536)  # the archive's distinct place names, read on every queue build
def _country_key(key: str) -> Country | None:
    """The country a lower-cased place name names ("usa" as "USA": short names are read as
    written in capitals, which a lower-cased key no longer shows)."""
    return country_named(key.upper() if len(key) <= 3 else key)


def abroad_items(store: Store) -> list[Found]:
    """Precision-1 points in another country than the one their report is about (as kept on
    the article, ``articles.country``; reports not read yet are not judged)."""
    reports: dict[str, str] = {}  # article id -> its country, for the reports with a point abroad
    for article_id, country, report in store.precise_article_countries():
        placed = alpha2(country)
        if report and placed and placed != report:
            reports[article_id] = report
    found: list[Found] = []
    for row in store.precise_points(sorted(reports)):
        placed, report = alpha2(row.country), reports[row.article_id]
        if placed and placed != report:
            detail = f"{_where(row)}: precision 1 in {_name(placed)}, but the report is about"
            found.append((_item("point-abroad", row, f"{detail} {_name(report)}"), 1))
    return found


def actor_items(store: Store, not_actors: frozenset[str]) -> list[Found]:
    """Weapons and vehicles in the actor1 and actor2 slots (the words read, as coded)."""
    labels = [w for w in store.slot_labels() if normalize_name(w) in not_actors]
    found: list[Found] = []
    for row, slot, name in store.events_with_slot_labels(labels):
        detail = f"actor{slot} is “{name}”, a weapon or vehicle, not an actor"
        found.append((_item("non-actor", row, detail, slot=f"actor{slot}"), 2 + slot))
    return found


Scopes = list[tuple[str, list[str], dt.date, dt.date | None]]


def scopes_of(store: Store, agreements: dict[str, Agreement]) -> Scopes:
    """Each agreement's scope as ``outside_every_scope`` reads it: (id, the archive's stored
    country values naming its countries, first day, last day)."""
    values = store.distinct_countries()
    return [
        (a.id, [v for v in values if alpha2(v) in a.countries], a.valid_from, a.valid_to)
        for a in agreements.values()
    ]


def scope_entries(
    agreements: dict[str, Agreement], rows: list[tuple[str, str | None, str | None]]
) -> list[Found]:
    """The queue's entries for events outside every scope (``outside_every_scope``'s rows)."""
    found: list[Found] = []
    details: dict[tuple[str | None, str], str] = {}  # one per country and day
    for event_id, event_date, country in rows:
        key = (alpha2(country), str(event_date))
        if key not in details:
            code, day = key[0], dt.date.fromisoformat(key[1])
            applying = [a for a in agreements.values() if code in a.countries and _in_force(a, day)]
            names = ", ".join(sorted(a.name for a in applying))
            details[key] = (
                f"in {_name(code)} on {day}, where {names} applied, but outside every scope"
            )
        entry = Entry("outside-every-scope", event_id, event_date, details[key], None)
        found.append((entry, 5))
    return found


def scope_items(store: Store, agreements: dict[str, Agreement]) -> list[Found]:
    """Events where agreements were in force that day, outside every one's scope: every one
    (the queue counts them in SQL and reads a page, ``scope_entries``)."""
    return scope_entries(agreements, store.outside_every_scope(scopes_of(store, agreements)))


def _in_force(agreement: Agreement, day: dt.date) -> bool:
    return agreement.valid_from <= day and (agreement.valid_to is None or day <= agreement.valid_to)


def status_items(assessment: Assessment, existing: set[str]) -> Iterator[QualityItem]:
    """Status changes whose basis is one story."""
    previous = None
    for point in assessment.timeline:
        changed = previous is not None and point.status != previous
        previous = point.status
        if not changed or point.basis is None or not point.basis.one_source:
            continue
        evidence = [e for e in point.evidence if e in existing]
        yield QualityItem(
            kind="single-source-status",
            event_id=evidence[0] if evidence else None,
            agreement_id=assessment.id,
            title=f"{assessment.name}: {point.status} on {point.date}",
            detail=f"one story behind the change ({point.reason})",
            field=FIELD["single-source-status"],
        )


class Entry(NamedTuple):
    """One event's item before it is a ``QualityItem``: a queue holds thousands, a page shows
    fifty, so only the page's entries are ever built into models (their titles read then)."""

    kind: Kind
    event_id: str
    event_date: str | None
    detail: str
    slot: str | None

    def item(self, row: QualityRow | None) -> QualityItem:
        return QualityItem(
            kind=self.kind, event_id=self.event_id, detail=self.detail,
            title=event_title(row) if row else self.event_id, field=FIELD[self.kind],
            slot=self.slot,
        )  # fmt: skip


def _item(kind: Kind, row: QualityRow, detail: str, slot: str | None = None) -> Entry:
    return Entry(kind, row.id, row.event_date, detail, slot)


def event_title(row: QualityRow) -> str:
    """What happened, where and when, in words: "Attack in Idlib, 12 Mar 2020"."""
    place = row.place_name or _country_words(row.country) or "an unnamed place"
    day = row.event_date and dt.date.fromisoformat(row.event_date)
    return f"{row.sub_event_type} in {place}, {day.strftime('%-d %b %Y') if day else 'undated'}"


def _country_words(country: str | None) -> str | None:
    code = alpha2(country)
    return _name(code) if code else country


def _sorted(found: list[Found]) -> list[Found]:
    """In the queue's order: newest first, undated last, then by id, then the checks' order."""
    found = sorted(found, key=lambda f: (f[0].event_id, f[1]))
    found.sort(key=lambda f: f[0].event_date or "", reverse=True)  # stable: ids stay in order
    return found


def all_items(desk: Desk, catalogue: Hashable = ()) -> tuple[list[Found], list[QualityItem]]:
    """Every item but the events outside every scope (counted and paged in SQL, as there may
    be hundreds of thousands): events' (in the queue's order), then status changes. The checks
    but the abroad one are kept per archive state (``catalogue``: the agreements' terms): the
    abroad one changes while reports are being read for their country."""
    with desk.store() as store:
        found, statuses = by_stamp(store, ("quality-rest", catalogue), lambda: _rest(desk, store))
        return _sorted([*found, *abroad_items(store)]), statuses


def _rest(desk: Desk, store: Store) -> tuple[list[Found], list[QualityItem]]:
    """Every check's items but the abroad points' and the events outside every scope."""
    found = geocode_items(store)
    found += actor_items(store, desk.resources.actors.descriptors.not_actors)
    assessments = store.assessments()
    evidence = [e for a in assessments for p in a.timeline for e in p.evidence]
    existing = store.existing_event_ids(evidence)
    return found, [i for a in assessments for i in status_items(a, existing)]


def page_of(
    store: Store,
    agreements: dict[str, Agreement],
    scopes: Scopes,
    queue: tuple[list[Found], list[QualityItem], int],
    kind: Kind | None,
    offset: int,
    limit: int,
) -> tuple[list[Entry | QualityItem], int]:
    """One page of the queue and the number of items of ``kind`` (all when None).
    ``queue``: the other events' entries in order, the status changes, and how many events
    are outside every scope. Those are read from SQL a page at a time, newest first then by
    id: merged with the other entries, a page at ``offset`` holds the SQL rows from
    ``offset - len(entries)`` at the earliest (each other entry ahead of it pushes them one
    place down), so those rows and every other entry, sorted together, hold it exactly."""
    entries, statuses, outside = queue
    if kind == "outside-every-scope":
        rows = store.outside_every_scope_page(scopes, offset, limit)
        return [e for e, _ in scope_entries(agreements, rows)], outside
    if kind is not None:
        chosen: list[Entry | QualityItem] = [
            *(e for e, _ in entries if e.kind == kind),
            *(i for i in statuses if i.kind == kind),
        ]
        return chosen[offset : offset + limit], len(chosen)
    events = len(entries) + outside
    page: list[Entry | QualityItem] = []
    if offset < events:
        end = min(offset + limit, events)
        first = max(0, offset - len(entries))
        rows = store.outside_every_scope_page(scopes, first, end - first)
        merged = _sorted([*entries, *scope_entries(agreements, rows)])
        page += [e for e, _ in merged[offset - first : end - first]]
    if offset + limit > events:
        page += statuses[max(0, offset - events) : offset + limit - events]
    return page, events + len(statuses)


def read_article_countries(store: Store, ids: list[str]) -> None:
    """Read the country each of ``ids``'s reports is about and keep it in the archive."""
    store.save_article_countries({i: country_of_text(store.article(i).text) for i in ids})


def countries_pending(desk: Desk) -> int:
    """Reports saved before their country was kept on save (migration 0017) and not read since:
    up to ``quality_sync_reports`` are read on each view (an old archive catches up over a few
    views; every report extracted since is read when its extraction is saved); the rest are
    counted as pending."""
    limit = desk.settings.quality_sync_reports
    with desk.store() as store:
        unread = store.articles_without_country(limit + 1)
        if not unread:
            return 0
        read_article_countries(store, unread[:limit])
        return 0 if len(unread) <= limit else len(store.articles_without_country())


def quality_view(
    desk: Desk, kind: Kind | None = None, offset: int = 0, limit: int | None = None
) -> QualityView:
    limit = limit or desk.settings.page_size
    catalogue = tuple(
        (a.id, a.name, a.valid_from, a.valid_to, a.countries) for a in desk.agreements().values()
    )
    pending = countries_pending(desk)
    agreements = desk.agreements()
    with desk.store() as store:  # the queue once per archive state: paging re-counts nothing
        known = store.article_countries_known()  # reading old reports adds abroad points
        entries, statuses = by_stamp(
            store, ("quality", catalogue, known), lambda: all_items(desk, catalogue)
        )
        scopes = by_stamp(
            store, ("quality-scopes", catalogue), lambda: scopes_of(store, agreements)
        )
        outside = by_stamp(
            store, ("quality-outside", catalogue), lambda: store.outside_every_scope_count(scopes)
        )
        counts: Counter[str] = Counter(e.kind for e, _ in entries)
        counts.update(i.kind for i in statuses)
        counts["outside-every-scope"] = outside
        queue = (entries, statuses, outside)
        page, total = page_of(store, agreements, scopes, queue, kind, offset, limit)
        rows = store.quality_rows([i.event_id for i in page if isinstance(i, Entry)])
    return QualityView(
        counts={k: counts.get(k, 0) for k in KINDS},
        kind=kind,
        items=[i if isinstance(i, QualityItem) else i.item(rows.get(i.event_id)) for i in page],
        total=total,
        offset=offset,
        limit=limit,
        pending_reports=pending,
    )


__all__ = ["KINDS", "Kind", "QualityItem", "QualityView", "quality_view"]
