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
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Literal, NamedTuple, get_args

from pydantic import BaseModel

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import article_country, country_by_code, country_named
from ceasewatch.model import Agreement, Assessment
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.cache import by_stamp
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


@lru_cache(maxsize=4096)  # a handful of distinct values, read once per queue item
def alpha2(country: str | None) -> str | None:
    """An ISO alpha-2 code from a location's country (stored as a code or a name)."""
    if not country:
        return None
    if len(country) == 2 and country.isalpha():
        return country.upper()
    found = country_named(country)
    return found.alpha2 if found else None


@lru_cache(maxsize=1024)
def _name(code: str | None) -> str:
    found = country_by_code(code) if code else None
    return found.name if found else (code or "?")


def _where(row: QualityRow) -> str:
    return f"{row.place_name} ({row.latitude:.3f}, {row.longitude:.3f})"


# An item found in SQL, with its place in the queue: the archive's event order (newest first,
# undated last, then by id), then the order of the checks for one event.
Found = tuple[QualityRow, int, "Entry"]


def geocode_items(store: Store, about: Callable[[set[str]], dict[str, str | None]]) -> list[Found]:
    """Suspicious points: flagged by geocode, abroad at precision 1, or a country's centroid.
    Each check selects its few candidates in SQL; the knowledge (country names, the country a
    report is about) is applied here."""
    found: list[Found] = [
        (row, 0, _item("point-outside-country", row, _where(row), note))
        for row, note in store.flagged_points()
    ]
    pairs = [(a, alpha2(c)) for a, c in store.precise_article_countries()]
    countries = about({a for a, code in pairs if code})
    abroad = sorted({a for a, code in pairs if code and countries[a] and code != countries[a]})
    for row in store.precise_points(abroad):
        placed, report = alpha2(row.country), countries[row.article_id]
        if report and placed and placed != report:
            detail = f"precision 1 in {_name(placed)}, but the report is about {_name(report)}"
            found.append((row, 1, _item("point-abroad", row, _where(row), detail)))
    named = {n: c for n in store.placed_place_names() if (c := country_named(n)) is not None}
    for row in store.placed_named(sorted(named)):
        detail = f"a point for the whole of {named[str(row.place_name)].name}: a centroid stands"
        found.append((row, 2, _item("country-point", row, _where(row), detail + " for no place")))
    return found


def actor_items(store: Store, not_actors: frozenset[str]) -> list[Found]:
    """Weapons and vehicles in the actor1 and actor2 slots (the words read, as coded)."""
    labels = [w for w in store.slot_labels() if normalize_name(w) in not_actors]
    found: list[Found] = []
    for row, slot, name in store.events_with_slot_labels(labels):
        detail = f"actor{slot} is “{name}”, a weapon or vehicle, not an actor"
        found.append((row, 2 + slot, _item("non-actor", row, name, detail, slot=f"actor{slot}")))
    return found


def scope_items(store: Store, agreements: dict[str, Agreement]) -> list[Found]:
    """Events where agreements were in force that day, outside every one's scope."""
    values = store.distinct_countries()
    scopes = [
        (a.id, [v for v in values if alpha2(v) in a.countries], a.valid_from, a.valid_to)
        for a in agreements.values()
    ]
    found: list[Found] = []
    details: dict[tuple[str | None, str], str] = {}  # one per country and day
    for row in store.outside_every_scope(scopes):
        key = (alpha2(row.country), str(row.event_date))
        if key not in details:
            code, day = key[0], dt.date.fromisoformat(key[1])
            applying = [a for a in agreements.values() if code in a.countries and _in_force(a, day)]
            names = ", ".join(sorted(a.name for a in applying))
            details[key] = (
                f"in {_name(code)} on {day}, where {names} applied, but outside every scope"
            )
        found.append((row, 5, _item("outside-every-scope", row, row.sub_event_type, details[key])))
    return found


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
    fifty, so only the page's entries are ever built into models."""

    kind: Kind
    event_id: str
    title: str
    detail: str
    slot: str | None

    def item(self) -> QualityItem:
        return QualityItem(
            kind=self.kind, event_id=self.event_id, title=self.title, detail=self.detail,
            field=FIELD[self.kind], slot=self.slot,
        )  # fmt: skip


def _item(kind: Kind, row: QualityRow, title: str, detail: str, slot: str | None = None) -> Entry:
    return Entry(kind, row.id, f"{row.sub_event_type}: {title}", detail, slot)


def all_items(desk: Desk) -> list[Entry | QualityItem]:
    """Every item, events' first (in the archive's event order), then status changes."""
    agreements = desk.agreements()
    not_actors = desk.resources.actors.descriptors.not_actors
    with desk.store() as store:
        found = geocode_items(store, lambda ids: _article_countries(store, ids))
        found += actor_items(store, not_actors)
        found += scope_items(store, agreements)
        assessments = store.assessments()
        evidence = [e for a in assessments for p in a.timeline for e in p.evidence]
        existing = store.existing_event_ids(evidence)
    found.sort(key=lambda f: (f[0].id, f[1]))
    found.sort(key=lambda f: f[0].event_date or "", reverse=True)  # stable: ids stay in order
    items: list[Entry | QualityItem] = [entry for _, _, entry in found]
    for assessment in assessments:
        items += status_items(assessment, existing)
    return items


# Article id -> the country the report is about. An id is its cleaned text's hash, so the
# answer never changes: read each article once per process, not on every queue request.
_ABOUT: dict[str, str | None] = {}


def _article_countries(store: Store, ids: set[str]) -> dict[str, str | None]:
    for article_id in ids - _ABOUT.keys():
        found = article_country(store.article(article_id).text)
        _ABOUT[article_id] = found.alpha2 if found else None
    return {i: _ABOUT[i] for i in ids}


def quality_view(
    desk: Desk, kind: Kind | None = None, offset: int = 0, limit: int | None = None
) -> QualityView:
    limit = limit or desk.settings.page_size
    catalogue = tuple(
        (a.id, a.name, a.valid_from, a.valid_to, a.countries) for a in desk.agreements().values()
    )
    with desk.store() as store:  # the queue once per archive state: paging re-counts nothing
        items = by_stamp(store, ("quality", catalogue), lambda: all_items(desk))
    counts: Counter[str] = Counter(i.kind for i in items)
    chosen = [i for i in items if kind is None or i.kind == kind]
    return QualityView(
        counts={k: counts.get(k, 0) for k in KINDS},
        kind=kind,
        items=[
            i if isinstance(i, QualityItem) else i.item() for i in chosen[offset : offset + limit]
        ],
        total=len(chosen),
        offset=offset,
        limit=limit,
    )


__all__ = ["KINDS", "Kind", "QualityItem", "QualityView", "quality_view"]
