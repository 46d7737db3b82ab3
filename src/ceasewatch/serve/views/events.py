"""The events table: filters, sorting and paging, and the rows the exports write.

The archive filters by date, type, actor and place; the verdict filter and the sort keys that
are not dates are applied here, over the rows the archive returned (archives of a desk are
thousands of events, not millions: the store gains these filters when that changes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, get_args

from pydantic import BaseModel

from ceasewatch.model import Correction, Event, Verdict, VerdictKind
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.archive import ArticleSummary
from ceasewatch.serve.views.highlight import Mark, aligned, collect_marks
from ceasewatch.store import EventQuery

SortKey = Literal[
    "date", "-date", "type", "-type", "actor", "-actor", "place", "-place",
    "fatalities", "-fatalities",
]  # fmt: skip
SORT_KEYS: tuple[str, ...] = get_args(SortKey)
VERDICTS: tuple[str, ...] = get_args(VerdictKind)


class EventRow(BaseModel):
    event: Event
    verdicts: list[Verdict]
    article_title: str | None = None


class EventsView(BaseModel):
    rows: list[EventRow]
    total: int  # rows matching the filters (``rows`` is one page of them)
    offset: int
    limit: int
    sort: SortKey
    filters: dict[str, str]  # the filters applied, as query parameters (for export links)


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
        }
        return {k: v for k, v in out.items() if v}

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


def _verdict_ok(verdicts: list[Verdict], flt: EventFilter) -> bool:
    relevant = [v for v in verdicts if flt.agreement in (None, v.agreement_id)]
    if flt.verdict is None:
        return flt.agreement is None or bool(relevant)
    return any(v.verdict == flt.verdict for v in relevant)


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
}


def sort_events(events: list[Event], sort: str) -> list[Event]:
    key = _SORTS[sort.lstrip("-")]
    ordered = sorted(events, key=key, reverse=sort.startswith("-"))
    if sort.startswith("-"):  # unknown dates and tolls stay last in either direction
        known = [e for e in ordered if key(e)[0] is not True]
        ordered = known + [e for e in ordered if key(e)[0] is True]
    return ordered


def filtered_rows(desk: Desk, flt: EventFilter, sort: str = "-date") -> list[EventRow]:
    """Every event matching the filter, sorted, with its verdicts: what exports write."""
    verdicts = desk.verdicts_by_event()
    events = [e for e in desk.events(flt.query()) if _verdict_ok(verdicts.get(e.id, []), flt)]
    return [EventRow(event=e, verdicts=verdicts.get(e.id, [])) for e in sort_events(events, sort)]


def with_titles(desk: Desk, rows: list[EventRow]) -> list[EventRow]:
    """The rows with their report's title, for the "Report" column."""
    titles = desk.article_titles({r.event.article_id for r in rows})
    return [r.model_copy(update={"article_title": titles.get(r.event.article_id)}) for r in rows]


def events_view(
    desk: Desk,
    flt: EventFilter,
    *,
    sort: SortKey = "-date",
    offset: int = 0,
    limit: int | None = None,
) -> EventsView:
    limit = limit or desk.settings.page_size
    rows = filtered_rows(desk, flt, sort)
    page = with_titles(desk, rows[offset : offset + limit])
    return EventsView(
        rows=page, total=len(rows), offset=offset, limit=limit, sort=sort, filters=flt.params()
    )


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
    marks = collect_marks([event], [], [])
    return EventView(
        row=EventRow(
            event=event,
            verdicts=desk.verdicts_by_event().get(event.id, []),
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
    "SortKey",
    "event_view",
    "events_view",
    "filtered_rows",
    "sort_events",
    "with_titles",
]
