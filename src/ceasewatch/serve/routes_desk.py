"""The analyst's desk routes: the morning view's JSON twin, and the trends page with its JSON
and CSV twins (the home page itself, with the morning view first, is in ``pages``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ceasewatch.serve.api import DeskDep, Filter
from ceasewatch.serve.pages import render
from ceasewatch.serve.params import BlankDay
from ceasewatch.serve.views.morning import MorningView, morning_view, seen_cookie
from ceasewatch.serve.views.trends import (
    MAX_WEEKS,
    ChartKey,
    TrendsView,
    chart_csv,
    country_options,
    trends_view,
)

api = APIRouter(prefix="/api")
pages = APIRouter(include_in_schema=False)


@api.get("/morning", summary="What is new since the last visit (cookie) or a chosen day")
def morning(
    request: Request,
    desk: DeskDep,
    since: Annotated[
        dt.date | None, BlankDay, Query(description="Events dated on or after (YYYY-MM-DD).")
    ] = None,
) -> MorningView:
    return morning_view(desk, since, seen_cookie(request))


@api.get("/trends", summary="Weekly counts of the filtered events, by type, verdict, actor, zone")
def trends(desk: DeskDep, flt: Filter) -> TrendsView:
    return trends_view(desk, flt)


@api.get(
    "/trends.csv",
    summary="One trend chart's weekly counts as CSV",
    responses={200: {"content": {"text/csv": {}}, "description": "week, then one column a series"}},
)
def trends_csv(desk: DeskDep, flt: Filter, chart: ChartKey = "type") -> Response:
    found = next(c for c in trends_view(desk, flt).charts if c.key == chart)
    return Response(
        chart_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="trends-{chart}.csv"'},
    )


@pages.get("/trends", response_class=HTMLResponse)
def trends_page(request: Request, desk: DeskDep, flt: Filter) -> HTMLResponse:
    view = trends_view(desk, flt)
    query = request.url.query
    return render(
        request, "trends.html", "trends", view=view, params=flt.params(), max_weeks=MAX_WEEKS,
        countries=country_options(desk), twin="/api/trends" + (f"?{query}" if query else ""),
    )  # fmt: skip


__all__ = ["api", "pages"]
