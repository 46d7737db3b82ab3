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

The checks run over the archive's events in Python (the queue of a desk archive is thousands of
events; it moves into SQL with the events table's country and point columns).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Literal, get_args

from pydantic import BaseModel

from ceasewatch.knowledge.actor_names import normalize_name
from ceasewatch.knowledge.countries import article_country, country_by_code, country_named
from ceasewatch.model import Agreement, Assessment, Event, Location, Verdict
from ceasewatch.serve.desk import Desk

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


def alpha2(country: str | None) -> str | None:
    """An ISO alpha-2 code from a location's country (stored as a code or a name)."""
    if not country:
        return None
    if len(country) == 2 and country.isalpha():
        return country.upper()
    found = country_named(country)
    return found.alpha2 if found else None


def _name(code: str | None) -> str:
    found = country_by_code(code) if code else None
    return found.name if found else (code or "?")


def _has_point(loc: Location | None) -> bool:
    return loc is not None and loc.latitude is not None and loc.longitude is not None


def geocode_items(event: Event, about: str | None) -> Iterator[QualityItem]:
    """Suspicious points: flagged by geocode, abroad at precision 1, or a country's centroid."""
    loc = event.location
    if loc is None or not _has_point(loc):
        return
    where = f"{loc.name} ({loc.latitude:.3f}, {loc.longitude:.3f})"
    if loc.reason.startswith("FLAGGED"):
        yield _item("point-outside-country", event, where, loc.reason)
    placed = alpha2(loc.country)
    if loc.geo_precision == 1 and about and placed and placed != about:
        detail = f"precision 1 in {_name(placed)}, but the report is about {_name(about)}"
        yield _item("point-abroad", event, where, detail)
    named = country_named(loc.name)
    if named is not None:
        detail = f"a point for the whole of {named.name}: a centroid stands for no place"
        yield _item("country-point", event, where, detail)


def actor_items(event: Event, not_actors: frozenset[str]) -> Iterator[QualityItem]:
    for slot in ("actor1", "actor2"):
        ref = getattr(event, slot)
        if ref is not None and normalize_name(ref.surface or ref.name) in not_actors:
            detail = f"{slot} is “{ref.name}”, a weapon or vehicle, not an actor"
            yield _item("non-actor", event, ref.name, detail, slot=slot)


def scope_items(
    event: Event, verdicts: list[Verdict], agreements: dict[str, Agreement]
) -> Iterator[QualityItem]:
    """An event where agreements were in force that day, outside every one's scope."""
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
        yield _item("outside-every-scope", event, event.sub_event_type, detail)


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


def _item(kind: str, event: Event, title: str, detail: str, slot: str | None = None) -> QualityItem:
    return QualityItem(
        kind=kind,
        event_id=event.id,
        title=f"{event.sub_event_type}: {title}",
        detail=detail,
        field=FIELD[kind],
        slot=slot,
    )


def all_items(desk: Desk) -> list[QualityItem]:
    events = desk.events()
    verdicts = desk.verdicts_by_event()
    agreements = desk.agreements()
    not_actors = desk.resources.actors.descriptors.not_actors
    about = _article_countries(desk, {e.article_id for e in events if _has_point(e.location)})
    items: list[QualityItem] = []
    for event in events:
        items += geocode_items(event, about.get(event.article_id))
        items += actor_items(event, not_actors)
        items += scope_items(event, verdicts.get(event.id, []), agreements)
    existing = {e.id for e in events}
    for assessment in desk.assessments():
        items += status_items(assessment, existing)
    return items


# Article id -> the country the report is about. An id is its cleaned text's hash, so the
# answer never changes: read each article once per process, not on every queue request.
_ABOUT: dict[str, str | None] = {}


def _article_countries(desk: Desk, ids: set[str]) -> dict[str, str | None]:
    missing = ids - _ABOUT.keys()
    if missing:
        with desk.store() as store:
            for article_id in missing:
                found = article_country(store.article(article_id).text)
                _ABOUT[article_id] = found.alpha2 if found else None
    return {i: _ABOUT[i] for i in ids}


def quality_view(
    desk: Desk, kind: Kind | None = None, offset: int = 0, limit: int | None = None
) -> QualityView:
    limit = limit or desk.settings.page_size
    items = all_items(desk)
    counts: Counter[str] = Counter(i.kind for i in items)
    chosen = [i for i in items if kind is None or i.kind == kind]
    return QualityView(
        counts={k: counts.get(k, 0) for k in KINDS},
        kind=kind,
        items=chosen[offset : offset + limit],
        total=len(chosen),
        offset=offset,
        limit=limit,
    )


__all__ = ["KINDS", "Kind", "QualityItem", "QualityView", "quality_view"]
