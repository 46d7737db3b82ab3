"""The archive page: a month calendar of reports, a day's reports, search and outlet filter.

The archive the founding report was scraped from worked this way (a "Select date" month grid),
so analysts coming from news sites find their way by date first.
"""

from __future__ import annotations

import calendar
import datetime as dt

from pydantic import BaseModel

from ceasewatch.model import Article
from ceasewatch.outlet import outlet
from ceasewatch.serve.desk import Desk
from ceasewatch.store import ArticleQuery


class CalendarDay(BaseModel):
    date: dt.date
    count: int  # reports published that day
    in_month: bool  # False for the leading/trailing days of neighbouring months


class CalendarMonth(BaseModel):
    year: int
    month: int
    label: str  # "January 2018"
    weeks: list[list[CalendarDay]]  # Monday first
    previous: str  # "2017-12"
    next: str
    total: int  # reports in the month


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: dt.date | None
    source: str | None
    original_source: str | None
    word_count: int
    origin: str
    language: str | None

    @classmethod
    def of(cls, article: Article) -> ArticleSummary:
        return cls(
            id=article.id,
            title=article.title,
            published=article.published,
            source=outlet(article),
            original_source=article.original_source,
            word_count=article.word_count,
            origin=article.origin,
            language=article.language,
        )


class ArchiveView(BaseModel):
    month: CalendarMonth
    day: dt.date | None  # the selected day, if any
    search: str | None
    source: str | None
    sources: list[str]  # every outlet in the archive, for the filter
    articles: list[ArticleSummary]
    total: int  # matching reports (the list is one page of them)
    offset: int
    limit: int


def _shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def calendar_month(desk: Desk, year: int, month: int) -> CalendarMonth:
    with desk.store() as store:
        counts = store.article_days(year, month)
    weeks = [
        [
            CalendarDay(date=day, count=counts.get(day, 0), in_month=day.month == month)
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    before, after = _shift(year, month, -1), _shift(year, month, 1)
    return CalendarMonth(
        year=year,
        month=month,
        label=f"{calendar.month_name[month]} {year}",
        weeks=weeks,
        previous=f"{before[0]:04d}-{before[1]:02d}",
        next=f"{after[0]:04d}-{after[1]:02d}",
        total=sum(counts.values()),
    )


def default_month(desk: Desk) -> tuple[int, int]:
    """The month of the newest dated report, so the first view is never an empty grid."""
    with desk.store() as store:
        newest = store.articles(ArticleQuery(limit=1))
    published = newest[0].published if newest else None
    when = published or dt.date.today()
    return when.year, when.month


def archive_view(
    desk: Desk,
    *,
    month: tuple[int, int] | None = None,
    day: dt.date | None = None,
    search: str | None = None,
    source: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> ArchiveView:
    """A day's reports when ``day`` is given (its month shown), else the newest matching ones."""
    if day is not None:
        month = (day.year, day.month)
    year, mon = month or default_month(desk)
    limit = limit or desk.settings.page_size
    query = ArticleQuery(
        on=day, search=search or None, source=source or None, limit=limit, offset=offset
    )
    with desk.store() as store:
        found = store.articles(query)
        total = store.count_articles(query)
        sources = store.sources()
    return ArchiveView(
        month=calendar_month(desk, year, mon),
        day=day,
        search=search or None,
        source=source or None,
        sources=sources,
        articles=[ArticleSummary.of(a) for a in found],
        total=total,
        offset=offset,
        limit=limit,
    )


__all__ = ["ArchiveView", "ArticleSummary", "CalendarDay", "CalendarMonth", "archive_view"]
