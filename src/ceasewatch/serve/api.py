"""The JSON API under /api: every page's twin, exports, and the token-guarded ingest endpoints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from ceasewatch import __version__
from ceasewatch.errors import NotFoundError
from ceasewatch.export import now_timestamp, to_csv, to_geojson, to_records
from ceasewatch.fuse import with_fusion
from ceasewatch.model import AgreementCandidate, EventChange, IngestFailure
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.intake import (
    Refused,
    check_token,
    submit_demo,
    submit_file,
    submit_text,
    submit_urls,
)
from ceasewatch.serve.jobs import Job, Jobs
from ceasewatch.serve.params import (
    MAX_OFFSET,
    MAX_TEXT,
    BlankDay,
    bbox_param,
    event_filter,
    month_param,
    page_limit,
)
from ceasewatch.serve.views.actors import ActorsView, ActorView, actor_view, actors_view
from ceasewatch.serve.views.agreements import (
    AgreementSummary,
    AgreementView,
    agreement_list,
    agreement_view,
    candidate_list,
)
from ceasewatch.serve.views.archive import ArchiveView, archive_view
from ceasewatch.serve.views.article import ArticleView, RawView, article_view, raw_view
from ceasewatch.serve.views.corrections import (
    CorrectionIn,
    CorrectionOut,
    HistoryView,
    analyst_name,
    correct,
    history_view,
)
from ceasewatch.serve.views.events import (
    EventFilter,
    EventsView,
    EventView,
    SortKey,
    event_view,
    events_view,
    filtered_rows,
    view_query,
)
from ceasewatch.serve.views.mapview import BBox, MapView, map_geojson, map_view
from ceasewatch.serve.views.quality import Kind, QualityView, quality_view
from ceasewatch.store.base import SavedView

router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description="The operator's write token.")

Filter = Annotated[EventFilter, Depends(event_filter)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Limit = Annotated[int | None, Query(description="Rows per page (default: page_size setting).")]


def get_desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


def get_jobs(request: Request) -> Jobs:
    jobs: Jobs = request.app.state.jobs
    return jobs


DeskDep = Annotated[Desk, Depends(get_desk)]
JobsDep = Annotated[Jobs, Depends(get_jobs)]


def writer(
    request: Request,
    desk: DeskDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Refuse a write without the operator's bearer token (401) or with a wrong one (403).
    ``guard.BodyGuard`` has already checked it before the body was read; this declares the
    security scheme and keeps the check should the route be mounted without the guard."""
    client = request.client.host if request.client else None
    check_token(desk, credentials.credentials if credentials else None, client)


class Status(BaseModel):
    version: str
    articles: int
    events: int
    writable: bool  # the operator set a token: ingest is open to holders of it


@router.get("/status", summary="What the archive holds")
def status(desk: DeskDep) -> Status:
    with desk.store() as store:
        articles = store.count_articles()
        events_total = store.count_events()
    return Status(
        version=__version__,
        articles=articles,
        events=events_total,
        writable=desk.writable,
    )


@router.get("/archive", summary="Archive page: month calendar, a day's reports, search")
def archive(
    request: Request,
    desk: DeskDep,
    month: Annotated[tuple[int, int] | None, Depends(month_param)],
    date: Annotated[
        dt.date | None, BlankDay, Query(description="Reports published on this day.")
    ] = None,
    q: Annotated[str | None, Query(description="Full-text search.", max_length=MAX_TEXT)] = None,
    source: Annotated[str | None, Query(description="Outlet.", max_length=MAX_TEXT)] = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> ArchiveView:
    return archive_view(
        desk,
        month=month,
        day=date,
        search=q,
        source=source,
        offset=offset,
        limit=page_limit(request, limit),
    )


@router.get("/sources", summary="Every outlet in the archive")
def sources(desk: DeskDep) -> list[str]:
    with desk.store() as store:
        return store.sources()


@router.get("/failures", summary="Inputs that could not be taken in, newest first")
def failures(
    desk: DeskDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[IngestFailure]:
    with desk.store() as store:
        return store.failures(limit)


@router.get("/articles/{article_id}", summary="Article page: text, highlights, records")
def article(desk: DeskDep, article_id: str) -> ArticleView:
    return article_view(desk, article_id)


@router.get("/articles/{article_id}/raw", summary="The raw input an article was cleaned from")
def article_raw(desk: DeskDep, article_id: str) -> RawView:
    return raw_view(desk, article_id)


@router.get("/events", summary="Events page: filtered, sorted, one page")
def events(
    request: Request,
    desk: DeskDep,
    flt: Filter,
    sort: SortKey = "-date",
    offset: Offset = 0,
    limit: Limit = None,
    facets: Annotated[
        bool, Query(description="Add the facet counts of the filter values (slower).")
    ] = False,
) -> EventsView:
    return events_view(
        desk, flt, sort=sort, offset=offset, limit=page_limit(request, limit), facets=facets
    )


@router.get("/events.json", summary="Export: every filtered event (not one page), with verdicts")
def events_json(desk: DeskDep, flt: Filter, sort: SortKey = "-date") -> JSONResponse:
    rows = filtered_rows(desk, flt, sort)
    records = to_records(r.event for r in rows)
    for record, row in zip(records, rows, strict=True):
        record["verdicts"] = [v.model_dump(mode="json") for v in row.verdicts]
    with desk.store() as store:  # fused_id, sources, corroboration (``ceasewatch fuse``)
        with_fusion(records, store.fusion_of(r.event.id for r in rows))
    return JSONResponse(records, headers=_attachment("events.json"))


@router.get("/events.csv", summary="Export: every filtered event as ACLED-style CSV")
def events_csv(desk: DeskDep, flt: Filter, sort: SortKey = "-date") -> Response:
    events = [r.event for r in filtered_rows(desk, flt, sort)]
    articles = desk.articles({e.article_id for e in events})
    text = to_csv(events, articles, now_timestamp())
    return Response(text, media_type="text/csv; charset=utf-8", headers=_attachment("events.csv"))


@router.get("/events.geojson", summary="Export: every filtered event as GeoJSON")
def events_geojson(desk: DeskDep, flt: Filter, sort: SortKey = "-date") -> JSONResponse:
    events = [r.event for r in filtered_rows(desk, flt, sort)]
    articles = desk.articles({e.article_id for e in events})
    return JSONResponse(
        to_geojson(events, articles),
        media_type="application/geo+json",
        headers=_attachment("events.geojson"),
    )


@router.get("/events/{event_id}", summary="One event with its verdicts and evidence")
def event(desk: DeskDep, event_id: str) -> EventView:
    return event_view(desk, event_id)


class ChangesPage(BaseModel):
    changes: list[EventChange]
    next_since: int  # ask ?since= this next time (the last seq returned, else the one given)


Since = Annotated[
    str | None,
    Query(
        description="A change-feed seq (the changes after it) or an ISO date or time (the "
        "changes recorded at or after it). Default: from the first change.",
        max_length=40,
    ),
]


@router.get("/changes", summary="Change feed: events added, updated (fields old/new), retracted")
def changes(
    desk: DeskDep, since: Since = None, limit: Annotated[int, Query(ge=1, le=10_000)] = 1000
) -> ChangesPage:
    from ceasewatch.identity import parse_since

    try:
        after_seq, when = parse_since(since)
    except ValueError as exc:  # 422 in FastAPI's shape, as for any other bad parameter
        error = {"type": "value_error", "loc": ("query", "since"), "msg": str(exc)}
        raise RequestValidationError([{**error, "input": since}]) from exc
    with desk.store() as store:
        found = store.changes(after_seq=after_seq, since=when, limit=limit)
    return ChangesPage(changes=found, next_since=found[-1].seq if found else after_seq)


@router.get("/events/{event_id}/history", summary="An event's corrections, oldest first")
def event_history(desk: DeskDep, event_id: str) -> HistoryView:
    return history_view(desk, event_id)


@router.post(
    "/events/{event_id}/corrections",
    summary="Correct an event (type, actors, place, toll) or mark it as no event",
    status_code=201,
    responses={
        201: {"model": CorrectionOut, "description": "Stored and applied."},
        401: {"description": "No token sent."},
        403: {"description": "Wrong token, or writing disabled on this desk."},
        404: {"description": "No event with that id."},
        413: {"description": "Body over 64 kB."},
        422: {"description": "Unknown type label, bad coordinates, no change..."},
    },
    dependencies=[Depends(writer)],
)
def event_correction(
    desk: DeskDep,
    event_id: str,
    body: CorrectionIn,
    x_analyst: Annotated[
        str | None, Header(max_length=100, description="Who corrects, if not in the body.")
    ] = None,
) -> JSONResponse:
    out: CorrectionOut = correct(desk, event_id, body, analyst_name(body.analyst, x_analyst))
    return JSONResponse(
        out.model_dump(mode="json"),
        status_code=201,
        headers={"Location": f"/api/events/{event_id}/history"},
    )


@router.get("/quality", summary="Quality queue: suspicious points, non-actors, scope, one-source")
def quality(
    request: Request,
    desk: DeskDep,
    kind: Kind | None = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> QualityView:
    return quality_view(desk, kind, offset, page_limit(request, limit))


@router.get("/map", summary="Map page: events and zones as GeoJSON")
def map_features(
    desk: DeskDep,
    flt: Filter,
    bbox: Annotated[BBox | None, Depends(bbox_param)],
    as_of: Annotated[
        dt.date | None, BlankDay, Query(description="Zones as valid on this day.")
    ] = None,
) -> dict[str, Any]:
    return map_geojson(desk, flt, as_of=as_of, bbox=bbox)


@router.get("/map/view", summary="The map as drawn: projected shapes and points")
def map_drawn(
    desk: DeskDep,
    flt: Filter,
    bbox: Annotated[BBox | None, Depends(bbox_param)],
    as_of: Annotated[
        dt.date | None, BlankDay, Query(description="Zones as valid on this day.")
    ] = None,
) -> MapView:
    return map_view(desk, flt, bbox=bbox, as_of=as_of)


@router.get("/agreements", summary="Every known agreement and its status")
def agreements(desk: DeskDep) -> list[AgreementSummary]:
    return agreement_list(desk)


@router.get("/agreements/candidates", summary="Agreements reports name but the catalogue lacks")
def agreement_candidates(desk: DeskDep) -> list[AgreementCandidate]:
    return candidate_list(desk)


@router.get("/agreements/{agreement_id}", summary="Agreement page: timeline, violations")
def agreement(desk: DeskDep, agreement_id: str) -> AgreementView:
    return agreement_view(desk, agreement_id)


class ViewIn(BaseModel):
    name: str = Field(min_length=1, max_length=MAX_TEXT, description="What the view shows.")
    query: str = Field(
        default="", max_length=2000, description="The events table's query string, without '?'."
    )


@router.get("/views", summary="Saved views of the events table, newest first")
def views(desk: DeskDep) -> list[SavedView]:
    with desk.store() as store:
        return store.saved_views("events")


@router.get("/views/{view_id}", summary="One saved view")
def saved_view(desk: DeskDep, view_id: str) -> SavedView:
    with desk.store() as store:
        return store.saved_view(view_id)


@router.post(
    "/views",
    summary="Save a view of the events table (its filters and sort) under a name",
    status_code=201,
    responses={401: {"description": "No token sent."}, 403: {"description": "Wrong token."}},
    dependencies=[Depends(writer)],
)
def save_view(desk: DeskDep, body: ViewIn) -> JSONResponse:
    view = store_view(desk, body.name, body.query)
    return JSONResponse(
        view.model_dump(mode="json"), status_code=201, headers={"Location": f"/views/{view.id}"}
    )


def store_view(desk: Desk, name: str, query: str) -> SavedView:
    """Saved with its query string normalised: only the events table's own parameters, in a
    fixed order, so the same view saved twice is one view."""
    with desk.store() as store:
        return store.save_view(name.strip(), "events", view_query(query))


@router.get("/actors", summary="Actors of the knowledge base, and unresolved names")
def actors(
    desk: DeskDep,
    q: Annotated[str | None, Query(description="Part of a name.", max_length=MAX_TEXT)] = None,
) -> ActorsView:
    return actors_view(desk, q)


@router.get("/actors/{actor_id}", summary="Actor page: aliases, history, a page of its events")
def actor(
    request: Request, desk: DeskDep, actor_id: str, offset: Offset = 0, limit: Limit = None
) -> ActorView:
    return actor_view(desk, actor_id, offset, page_limit(request, limit))


# --- writing -----------------------------------------------------------------------------------


class TextIn(BaseModel):
    text: str = Field(description="The report, as plain text or HTML.")
    title: str | None = None
    published: dt.date | None = None
    source: str | None = Field(default=None, description="The outlet.")


class UrlsIn(BaseModel):
    urls: list[str] = Field(description="Pages or RSS/Atom feeds, http(s) only.")


def _accepted(job: Job) -> JSONResponse:
    return JSONResponse(
        job.model_dump(mode="json"), status_code=202, headers={"Location": f"/api/jobs/{job.id}"}
    )


def _refusal(exc: Refused) -> JSONResponse:
    return JSONResponse({"detail": exc.message}, status_code=exc.status, headers=exc.headers)


def _submitted(submit: Callable[[], Job]) -> JSONResponse:
    """202 with the job, or the refusal (empty, too large, wrong type...) as its status."""
    try:
        return _accepted(submit())
    except Refused as exc:
        return _refusal(exc)


_WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    202: {"model": Job, "description": "Job started; poll /api/jobs/{id}."},
    401: {"description": "No token sent."},
    403: {"description": "Wrong token, or writing disabled on this desk."},
    413: {"description": "Larger than max_upload_bytes."},
    415: {"description": "Not a text, HTML, feed or JSONL file."},
    422: {"description": "Empty or malformed input."},
}


@router.post(
    "/ingest/text",
    summary="Ingest pasted text",
    status_code=202,
    responses=_WRITE_RESPONSES,
    dependencies=[Depends(writer)],
)
def ingest_text(desk: DeskDep, jobs: JobsDep, body: TextIn) -> JSONResponse:
    return _submitted(
        lambda: submit_text(
            desk, jobs, body.text, title=body.title, published=body.published, source=body.source
        )
    )


@router.post(
    "/ingest/urls",
    summary="Ingest pages or feeds by URL",
    status_code=202,
    responses=_WRITE_RESPONSES,
    dependencies=[Depends(writer)],
)
def ingest_urls(desk: DeskDep, jobs: JobsDep, body: UrlsIn) -> JSONResponse:
    return _submitted(lambda: submit_urls(desk, jobs, body.urls))


@router.post(
    "/ingest/file",
    summary="Ingest an uploaded file (text, HTML, RSS/Atom, JSONL)",
    status_code=202,
    responses=_WRITE_RESPONSES,
    dependencies=[Depends(writer)],
)
async def ingest_file(
    desk: DeskDep,
    jobs: JobsDep,
    file: Annotated[UploadFile, File(description="The file to ingest.")],
) -> JSONResponse:
    # Read one byte past the cap: enough to refuse, never the whole of a huge upload.
    data = await file.read(desk.settings.max_upload_bytes + 1)
    return _submitted(lambda: submit_file(desk, jobs, file.filename or "", data))


@router.post(
    "/ingest/demo",
    summary="Ingest the demo reports shipped with ceasewatch",
    status_code=202,
    responses=_WRITE_RESPONSES,
    dependencies=[Depends(writer)],
)
def ingest_demo(jobs: JobsDep) -> JSONResponse:
    return _accepted(submit_demo(jobs))


@router.get("/jobs", summary="Recent ingest jobs, newest first")
def jobs_list(jobs: JobsDep) -> list[Job]:
    return jobs.all()


@router.get("/jobs/{job_id}", summary="One ingest job: progress and per-item results")
def job(jobs: JobsDep, job_id: str) -> Job:
    found = jobs.get(job_id)
    if found is None:
        raise NotFoundError(f"no ingest job with id {job_id!r} (jobs live in memory only)")
    return found


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


__all__ = ["get_desk", "get_jobs", "router", "store_view", "writer"]
