"""The events table: filters, sorting and paging, facet counts, and the rows the exports write.

Filtering, sorting, paging, counting and the facets all run in the archive's SQL
(``store/queries.py``): a page reads its rows, their verdicts and titles, never a whole table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, get_args
from urllib.parse import parse_qsl, urlencode

from pydantic import BaseModel

from ceasewatch.knowledge.countries import short_name
from ceasewatch.model import Correction, Event, Verdict, VerdictKind
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.archive import ArticleSummary
from ceasewatch.serve.views.cache import by_stamp
from ceasewatch.serve.views.highlight import Mark, aligned, collect_marks
from ceasewatch.serve.views.names import kb_actor_names
from ceasewatch.store.base import EventQuery, EventSearch, Store

SortKey = Literal[
    "date", "-date", "type", "-type", "actor", "-actor", "place", "-place",
    "fatalities", "-fatalities", "confidence", "-confidence",
]  # fmt: skip
SORT_KEYS: tuple[str, ...] = get_args(SortKey)
VERDICTS: tuple[str, ...] = get_args(VerdictKind)


class EventRow(BaseModel):
    event: Event
    verdicts: list[Verdict]
    article_title: str | None = None


class FacetValue(BaseModel):
    value: str
    count: int  # events matching every other filter and this value
    label: str | None = None  # e.g. "Idlib zone: violation" for a verdict value


class EventsView(BaseModel):
    rows: list[EventRow]
    total: int  # rows matching the filters (``rows`` is one page of them)
    offset: int
    limit: int
    sort: SortKey
    filters: dict[str, str]  # the filters applied, as query parameters (for export links)
    # filter name -> its most frequent values among the rows matching the other filters
    # (filled when asked for: the page always, the API with ``facets=true``)
    facets: dict[str, list[FacetValue]] = {}
    agreement_names: dict[str, str] = {}  # agreement id -> name, for the verdict badges


@dataclass(frozen=True)
class EventFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    place: str | None = None
    verdict: VerdictKind | None = None
    agreement: str | None = None  # only verdicts of this agreement count for ``verdict``
    article: str | None = None
    country: str | None = None
    admin1: str | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    hedged: bool | None = None

    def params(self) -> dict[str, str]:
        """The filter as query parameters, so links (exports, pages) select the same rows."""
        out = {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor": self.actor,
            "place": self.place,
            "verdict": self.verdict,
            "agreement": self.agreement,
            "article": self.article,
            "country": self.country,
            "admin1": self.admin1,
            "min_confidence": _number(self.min_confidence),
            "max_confidence": _number(self.max_confidence),
            "hedged": None if self.hedged is None else str(self.hedged).lower(),
        }
        return {k: v for k, v in out.items() if v}

    def search(self) -> EventSearch:
        return EventSearch(
            article_id=self.article, start=self.start, end=self.end,
            event_type=self.event_type, sub_event_type=self.sub_event_type,
            country=self.country, admin1=self.admin1, actor=self.actor, place=self.place,
            agreement=self.agreement, verdict=self.verdict,
            min_confidence=self.min_confidence, max_confidence=self.max_confidence,
            hedged=self.hedged,
        )  # fmt: skip

    def query(self) -> EventQuery:
        return EventQuery(
            article_id=self.article,
            start=self.start,
            end=self.end,
            event_type=self.event_type,
            sub_event_type=self.sub_event_type,
            actor=self.actor,
            place=self.place,
        )


def _actor_name(event: Event) -> str:
    return (event.actor1.name if event.actor1 else "").casefold()


def _place_name(event: Event) -> str:
    return (event.location.name if event.location else "").casefold()


_SORTS: dict[str, Callable[[Event], Any]] = {
    "date": lambda e: (e.event_date is None, e.event_date or dt.date.min, e.id),
    "type": lambda e: (e.event_type, e.sub_event_type, e.id),
    "actor": lambda e: (_actor_name(e), e.id),
    "place": lambda e: (_place_name(e), e.id),
    "fatalities": lambda e: (e.fatalities is None, e.fatalities or 0, e.id),
    "confidence": lambda e: (e.confidence, e.id),
}


def sort_events(events: list[Event], sort: str) -> list[Event]:
    """The SQL order (``store/queries.py``) in Python, for lists already in memory."""
    key = _SORTS[sort.lstrip("-")]
    ordered = sorted(events, key=key, reverse=sort.startswith("-"))
    if sort.startswith("-"):  # unknown dates and tolls stay last in either direction
        known = [e for e in ordered if key(e)[0] is not True]
        ordered = known + [e for e in ordered if key(e)[0] is True]
    return ordered


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


# Rows read per query by the exports, which write every matching row.
EXPORT_BATCH = 5000


def filtered_rows(desk: Desk, flt: EventFilter, sort: str = "-date") -> list[EventRow]:
    """Every event matching the filter, sorted, with its verdicts: what exports write (read
    in batches from the archive's SQL; only the matching rows are ever loaded)."""
    rows: list[EventRow] = []
    search = flt.search()
    while True:
        with desk.store() as store:
            events = store.event_page(search, sort, EXPORT_BATCH, len(rows))
            verdicts = store.verdicts_of_events([e.id for e in events])
        rows += [EventRow(event=e, verdicts=verdicts.get(e.id, [])) for e in events]
        if len(events) < EXPORT_BATCH:
            return rows


def with_titles(desk: Desk, rows: list[EventRow]) -> list[EventRow]:
    """The rows with their report's title, for the "Report" column."""
    with desk.store() as store:
        titles = store.article_titles([r.event.article_id for r in rows])
    return [r.model_copy(update={"article_title": titles.get(r.event.article_id)}) for r in rows]


def events_view(
    desk: Desk,
    flt: EventFilter,
    *,
    sort: SortKey = "-date",
    offset: int = 0,
    limit: int | None = None,
    facets: bool = False,
) -> EventsView:
    """One page of the table; ``facets`` adds the counts of the filter form's values."""
    limit = limit or desk.settings.page_size
    search = flt.search()
    with desk.store() as store:
        total, counts = _counted(store, search, facets)
        events = store.event_page(search, sort, limit, offset)
        verdicts = store.verdicts_of_events([e.id for e in events])
    names = agreement_names(desk) if facets or verdicts else {}
    rows = with_titles(desk, [EventRow(event=e, verdicts=verdicts.get(e.id, [])) for e in events])
    return EventsView(
        rows=rows, total=total, offset=offset, limit=limit, sort=sort, filters=flt.params(),
        facets={k: [_facet(k, v, n, names) for v, n in vs] for k, vs in counts.items()},
        agreement_names=names,
    )  # fmt: skip


# The query parameters a saved view keeps: the table's filters, sort and page size.
VIEW_PARAMS = (
    "start", "end", "event_type", "sub_event_type", "country", "admin1", "actor", "place",
    "verdict", "agreement", "article", "min_confidence", "max_confidence", "hedged", "sort",
    "limit",
)  # fmt: skip


def view_query(query: str) -> str:
    """``query`` (a query string, with or without "?") reduced to ``VIEW_PARAMS``, in that
    order, blanks dropped: what a saved view stores and reopens."""
    pairs = parse_qsl(query.lstrip("?"), keep_blank_values=False)
    kept = {k: v for k, v in pairs if k in VIEW_PARAMS and v.strip()}
    return urlencode([(k, kept[k]) for k in VIEW_PARAMS if k in kept])


Facets = dict[str, list[tuple[str, int]]]


def _counted(store: Store, search: EventSearch, facets: bool) -> tuple[int, Facets]:
    """The total and (when asked) the facets of ``search``, counted once per archive state:
    paging through one filtered table re-counts nothing."""

    def count() -> tuple[int, Facets]:
        found = store.event_facets(search) if facets else {}
        if facets and search.agreement:  # the chosen agreement's verdicts, not every one's
            found["verdict"] = store.agreement_verdict_facet(search)
        return store.count_events(search), found

    return by_stamp(store, ("events", search, facets), count)


def agreement_names(desk: Desk) -> dict[str, str]:
    """Agreement id -> name: the catalogue's, and stored assessments' for the rest."""
    names = {a.id: a.name for a in desk.assessments()}
    names.update({i: a.name for i, a in desk.agreements().items()})
    return names


def _facet(name: str, value: str, count: int, names: dict[str, str]) -> FacetValue:
    if name == "verdict":  # "agreement_id|verdict"
        agreement, _, kind = value.partition("|")
        return FacetValue(
            value=value, count=count, label=f"{names.get(agreement, agreement)}: {kind}"
        )
    if name == "hedged":
        return FacetValue(value=value, count=count, label="hedged" if value == "1" else "firm")
    if name == "country":  # the stored name may be ISO's ("Russian Federation"): "Russia"
        return FacetValue(value=value, count=count, label=short_name(value))
    return FacetValue(value=value, count=count)


def store_verdicts(desk: Desk, event_ids: list[str]) -> dict[str, list[Verdict]]:
    with desk.store() as store:
        return store.verdicts_of_events(event_ids)


class EventView(BaseModel):
    row: EventRow
    article: ArticleSummary
    marks: list[Mark]  # the words behind each coded field, as highlighted on the article page
    misaligned: list[Mark]
    history: list[Correction] = []  # analysts' corrections, oldest first


def event_view(desk: Desk, event_id: str) -> EventView:
    """Raises NotFoundError for an unknown id."""
    with desk.store() as store:
        event = store.event(event_id)
        article = store.article(event.article_id)
        history = store.event_history(event_id) if event.corrections else []
    marks = collect_marks([event], [], [], kb_actor_names(desk))
    return EventView(
        row=EventRow(
            event=event,
            verdicts=store_verdicts(desk, [event.id]).get(event.id, []),
            article_title=article.title,
        ),
        article=ArticleSummary.of(article),
        marks=[m for m in marks if aligned(m, article.text)],
        misaligned=[m for m in marks if not aligned(m, article.text)],
        history=history,
    )


__all__ = [
    "SORT_KEYS",
    "VERDICTS",
    "EventFilter",
    "EventRow",
    "EventView",
    "EventsView",
    "FacetValue",
    "SortKey",
    "agreement_names",
    "event_view",
    "events_view",
    "filtered_rows",
    "sort_events",
    "store_verdicts",
    "view_query",
    "with_titles",
]
