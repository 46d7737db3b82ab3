"""Server-rendered pages. Each renders the same view model its JSON twin under /api returns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from ceasewatch import __version__
from ceasewatch.errors import NotFoundError
from ceasewatch.knowledge.countries import short_name
from ceasewatch.model import EVENT_TYPES
from ceasewatch.serve.api import DeskDep, Filter, JobsDep, Limit, Offset, store_view
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
    MAX_TEXT,
    OptionalDay,
    bbox_param,
    month_param,
    page_limit,
)
from ceasewatch.serve.views.actors import actor_view, actors_view
from ceasewatch.serve.views.agreements import (
    STATUS_LEVELS,
    agreement_list,
    agreement_view,
    candidate_list,
)
from ceasewatch.serve.views.archive import archive_view
from ceasewatch.serve.views.article import article_view, raw_view
from ceasewatch.serve.views.corrections import (
    CorrectionIn,
    analyst_name,
    changes_from_form,
    correct,
)
from ceasewatch.serve.views.events import (
    SORT_KEYS,
    VERDICTS,
    SortKey,
    agreement_names,
    event_view,
    events_view,
)
from ceasewatch.serve.views.highlight import claim_text, loss_text
from ceasewatch.serve.views.mapmarkers import MapEvent, MapPoint, cluster_markup
from ceasewatch.serve.views.mapview import BBox, map_view, type_class
from ceasewatch.serve.views.morning import morning_view, remember_visit, seen_cookie
from ceasewatch.serve.views.names import CURRENT, Names, actor_name, agreement_name
from ceasewatch.serve.views.quality import Kind, quality_view
from ceasewatch.serve.views.trends import bars_markup, table_markup
from ceasewatch.settings import setting
from ceasewatch.store.base import EventSearch
from ceasewatch.store.queries import FACET_SAMPLE, sampled_facets

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

NAV = (
    ("archive", "/", "Archive"),
    ("events", "/events", "Events"),
    ("trends", "/trends", "Trends"),
    ("map", "/map", "Map"),
    ("agreements", "/agreements", "Agreements"),
    ("actors", "/actors", "Actors"),
    ("quality", "/quality", "Quality"),
    ("ingest", "/ingest", "Ingest"),
)


def qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied; empty values dropped."""
    merged = {**params, **changes}
    clean = {k: v for k, v in merged.items() if v not in (None, "")}
    return ("?" + urlencode(clean)) if clean else ""


def web_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None: a ``javascript:`` or ``data:`` URL from an
    ingested page or a knowledge-base file never becomes a link (the CSP would block it too)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def country_name(country: str | None) -> str:
    """The name shown for a country given by its ISO alpha-2 code or any of its names ("SY",
    "Syrian Arab Republic" -> "Syria"; "Russian Federation" -> "Russia": the knowledge base's
    short name); the value itself when it names no country."""
    return short_name(country) or ""


def bbox_text(bbox: BBox) -> str:
    return ",".join(f"{v:g}" for v in bbox)


def event_markup(events: list[MapEvent]) -> Markup:
    """The map's event markers (a link to the point's popup, the fan line of a marker moved
    off its point, the circle and its title), as map.html drew them in a loop, joined here in
    Python: a view draws up to ``map_max_points`` of them. Byte for byte the loop's text
    (``test_map_markup.py`` renders both)."""
    parts = []
    for e in events:
        fan = (
            f'<line class="fan" x1="{e.cx}" y1="{e.cy}" x2="{e.x}" y2="{e.y}"/>'
            if e.x != e.cx or e.y != e.cy
            else ""
        )
        precision = e.geo_precision
        marks = (" in-zone" if e.zones else "") + (" outside" if e.outside_country else "")
        r = 5 if precision == 1 else 6 if precision == 2 else 7
        km = f", \u00b1{e.uncertainty_km} km" if e.uncertainty_km else ""
        inside = "; inside " + ", ".join(str(escape(agreement_name(z))) for z in e.zones)
        outside = "; placed outside every country its report names" if e.outside_country else ""
        parts.append(
            f'\n    <a href="#{escape(e.point)}" class="event-link">\n      {fan}\n'
            f'      <circle class="ev {escape(e.type_class)} p{precision or 3}{marks}"'
            f' data-event="{escape(e.id)}" data-zones="{escape(" ".join(e.zones))}"'
            f' cx="{e.x}" cy="{e.y}" r="{r}"><title>{escape(e.sub_event_type)},'
            f" {escape(e.place)}, {e.event_date or 'undated'} (precision {precision or '?'}{km})"
            f"{inside if e.zones else ''}{outside}</title></circle>\n    </a>\n  "
        )
    return Markup("".join(parts))


def popup_markup(points: list[MapPoint]) -> Markup:
    """The popups of the map's points (one section each, listing its events), as map.html
    drew them in a loop, joined here in Python. Byte for byte the loop's text."""
    parts = []
    for p in points:
        n = len(p.events)
        items = "".join(
            f'<li><a href="/events/{escape(e.id)}">{e.event_date or "undated"} \u00b7'
            f" {escape(e.sub_event_type)}</a><br><small>report: <a"
            f' href="/articles/{escape(e.article_id)}">'
            f"{escape(do_truncate(templates.env, e.title or e.article_id, 70))}</a></small></li>"
            for e in p.events
        )
        parts.append(
            f'<section class="popup" id="{escape(p.id)}" aria-label="Events at'
            f' {escape(p.place)}">\n  <a class="close" href="#map" aria-label="Close">\u00d7</a>\n'
            f'  <h3>{escape(p.place)} <small class="muted">{n} event{"s" if n != 1 else ""}'
            f"</small></h3>\n  <ul>{items}</ul>\n</section>"
        )
    return Markup("".join(parts))


templates.env.globals.update(
    nav=NAV,
    version=__version__,
    qs=qs,
    bbox_text=bbox_text,
    country_name=country_name,
    web_link=web_link,
    type_class=type_class,
    cluster_markup=cluster_markup,
    event_markup=event_markup,
    popup_markup=popup_markup,
    event_types=EVENT_TYPES,
    verdict_kinds=VERDICTS,
    status_levels=STATUS_LEVELS,
    agreement_name=agreement_name,
    actor_name=actor_name,
    claim_text=claim_text,
    loss_text=loss_text,
    bars_markup=bars_markup,
    table_markup=table_markup,
)


def render(
    request: Request, name: str, section: str, status: int = 200, **context: Any
) -> HTMLResponse:
    twin = context.pop("twin", None)
    CURRENT.set(Names(getattr(request.app.state, "desk", None)))  # ids shown as names
    return templates.TemplateResponse(
        request,
        name,
        {"section": section, "twin": twin, **context},
        status_code=status,
    )


def error_page(request: Request, status: int, title: str, reasons: list[str]) -> HTMLResponse:
    return render(request, "error.html", "", status, code=status, title=title, reasons=reasons)


def _twin(request: Request, path: str) -> str:
    query = request.url.query
    return path + (f"?{query}" if query else "")


@router.get("/", response_class=HTMLResponse)
def archive(
    request: Request,
    desk: DeskDep,
    month: Annotated[tuple[int, int] | None, Depends(month_param)],
    date: OptionalDay = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    source: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    offset: Offset = 0,
    limit: Limit = None,
    since: OptionalDay = None,
) -> HTMLResponse:
    """The home page: the morning view (what is new) first, then the archive's calendar."""
    view = archive_view(
        desk, month=month, day=date, search=q, source=source, offset=offset,
        limit=page_limit(request, limit),
    )  # fmt: skip
    morning = morning_view(desk, since, seen_cookie(request))
    page = render(
        request, "archive.html", "archive", view=view, morning=morning,
        twin=_twin(request, "/api/archive"),
    )  # fmt: skip
    remember_visit(page, morning)
    return page


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, desk: DeskDep, article_id: str) -> HTMLResponse:
    view = article_view(desk, article_id)
    return render(request, "article.html", "archive", view=view, twin=f"/api/articles/{article_id}")


@router.get("/articles/{article_id}/raw", response_class=HTMLResponse)
def article_raw(request: Request, desk: DeskDep, article_id: str) -> HTMLResponse:
    view = raw_view(desk, article_id)
    with desk.store() as store:
        title = store.article(article_id).title
    return render(
        request, "raw.html", "archive", view=view, title=title,
        twin=f"/api/articles/{article_id}/raw",
    )  # fmt: skip


@router.get("/articles/{article_id}/raw/download")
def article_raw_download(desk: DeskDep, article_id: str) -> Response:
    """The raw bytes, as a download: never rendered by the browser, whatever they hold."""
    with desk.store() as store:
        raw = store.raw(article_id)
    return Response(
        raw.data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{article_id}.raw"'},
    )


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    desk: DeskDep,
    flt: Filter,
    sort: SortKey = "-date",
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    view = events_view(
        desk, flt, sort=sort, offset=offset, limit=page_limit(request, limit), facets=True
    )
    with desk.store() as store:
        views = store.saved_views("events")
    return render(
        request, "events.html", "events", view=view, sort_keys=SORT_KEYS, views=views,
        writable=desk.writable, sample=FACET_SAMPLE,
        sampled=_sampled_labels(flt.search()) if view.total > FACET_SAMPLE else [],
        twin=_twin(request, "/api/events"),
    )  # fmt: skip


_FACET_WORDS = {
    "event_type": "event type", "sub_event_type": "sub-event type", "country": "country",
    "admin1": "admin area", "actor": "actor", "hedged": "hedged", "verdict": "verdict",
}  # fmt: skip


def _sampled_labels(search: EventSearch) -> list[str]:
    """The filter lists whose counts are over a sample (the others are exact): [] for none."""
    return [_FACET_WORDS[n] for n in sampled_facets(search)]


@router.post("/events/views", response_class=HTMLResponse)
def save_view(
    request: Request,
    desk: DeskDep,
    name: Annotated[str, Form(max_length=MAX_TEXT)],
    query: Annotated[str, Form(max_length=2000)] = "",
    token: Annotated[str, Form()] = "",
) -> Response:
    """The form twin of POST /api/views: the token travels as a form field."""
    try:
        check_token(desk, token.strip() or None, request.client.host if request.client else None)
    except Refused as exc:
        return error_page(request, exc.status, "View not saved", [exc.message])
    if not name.strip():
        return error_page(request, 422, "View not saved", ["name: give the view a name"])
    view = store_view(desk, name, query)
    return RedirectResponse(f"/views/{view.id}", status_code=303)


@router.get("/views/{view_id}")
def open_view(desk: DeskDep, view_id: str) -> RedirectResponse:
    """A saved view's address: it opens the events table with the view's filters and sort."""
    with desk.store() as store:
        view = store.saved_view(view_id)
    return RedirectResponse("/events" + (f"?{view.query}" if view.query else ""), status_code=303)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, desk: DeskDep, event_id: str) -> HTMLResponse:
    return _event_page(request, desk, event_id)


def _event_page(
    request: Request, desk: Desk, event_id: str, status: int = 200, error: str | None = None
) -> HTMLResponse:
    view = event_view(desk, event_id)
    return render(
        request, "event.html", "events", status, view=view, twin=f"/api/events/{event_id}",
        history=view.history, writable=desk.writable,
        correction_error=error,
    )  # fmt: skip


@router.post("/events/{event_id}/corrections", response_class=HTMLResponse)
async def event_correction(request: Request, desk: DeskDep, event_id: str) -> Response:
    """The form twin of POST /api/events/{id}/corrections; the token is a form field."""
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    try:
        check_token(desk, form.get("token", "").strip() or None, _client(request))
        changes = changes_from_form(form)
    except Refused as exc:
        return _event_page(request, desk, event_id, exc.status, exc.message)
    except ValueError as exc:
        return _event_page(request, desk, event_id, 422, str(exc))
    body = CorrectionIn(changes=changes, reason=form.get("reason", "")[:2000])
    out = correct(desk, event_id, body, analyst_name(form.get("analyst"), None))
    back = form.get("back", "")
    if back.startswith("/") and not back.startswith("//"):  # only a path on this desk
        return RedirectResponse(back, status_code=303)
    target = (
        f"/events/{event_id}#history" if out.event else f"/articles/{out.correction.article_id}"
    )
    return RedirectResponse(target, status_code=303)


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request,
    desk: DeskDep,
    flt: Filter,
    bbox: Annotated[BBox | None, Depends(bbox_param)],
    as_of: OptionalDay = None,
) -> HTMLResponse:
    view = map_view(desk, flt, bbox=bbox, as_of=as_of)
    names = agreement_names(desk)  # not agreement_list: that counts every verdict
    params = {**flt.params(), "as_of": as_of.isoformat() if as_of else None}
    return render(
        request, "map.html", "map", view=view, params=params, agreement_names=names,
        table_rows=desk.settings.page_size,
        twin=_twin(request, "/api/map"),
    )  # fmt: skip


@router.get("/agreements", response_class=HTMLResponse)
def agreements(request: Request, desk: DeskDep) -> HTMLResponse:
    return render(
        request, "agreements.html", "agreements", items=agreement_list(desk),
        twin="/api/agreements", window_days=int(setting("assess.window_days")),
    )  # fmt: skip


@router.get("/agreements/candidates", response_class=HTMLResponse)
def agreement_candidates(request: Request, desk: DeskDep) -> HTMLResponse:
    return render(
        request, "candidates.html", "agreements", items=candidate_list(desk),
        twin="/api/agreements/candidates",
    )  # fmt: skip


@router.get("/agreements/{agreement_id}", response_class=HTMLResponse)
def agreement(request: Request, desk: DeskDep, agreement_id: str) -> HTMLResponse:
    view = agreement_view(desk, agreement_id)
    return render(
        request, "agreement.html", "agreements", view=view,
        twin=f"/api/agreements/{agreement_id}",
    )  # fmt: skip


@router.get("/actors", response_class=HTMLResponse)
def actors(
    request: Request, desk: DeskDep, q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None
) -> HTMLResponse:
    view = actors_view(desk, q)
    return render(request, "actors.html", "actors", view=view, twin=_twin(request, "/api/actors"))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(
    request: Request, desk: DeskDep, actor_id: str, offset: Offset = 0, limit: Limit = None
) -> HTMLResponse:
    view = actor_view(desk, actor_id, offset, page_limit(request, limit))
    return render(
        request, "actor.html", "actors", view=view, twin=_twin(request, f"/api/actors/{actor_id}")
    )


@router.get("/quality", response_class=HTMLResponse)
def quality(
    request: Request,
    desk: DeskDep,
    kind: Kind | None = None,
    offset: Offset = 0,
    limit: Limit = None,
) -> HTMLResponse:
    view = quality_view(desk, kind, offset, page_limit(request, limit))
    return render(
        request, "quality.html", "quality", view=view, writable=desk.writable,
        twin=_twin(request, "/api/quality"),
    )  # fmt: skip


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from /openapi.json (no CDN-hosted Swagger UI)."""
    spec = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **op}
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    ]
    return render(
        request, "api_docs.html", "", operations=operations, spec=spec, twin="/openapi.json"
    )


# --- ingest ------------------------------------------------------------------------------------


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request, desk: DeskDep, jobs: JobsDep) -> HTMLResponse:
    return _ingest_page(request, desk.writable, jobs.all())


def _ingest_page(
    request: Request,
    writable: bool,
    recent: list[Job],
    status: int = 200,
    error: str | None = None,
    form: dict[str, str] | None = None,
) -> HTMLResponse:
    return render(
        request, "ingest.html", "ingest", status, writable=writable, jobs=recent, error=error,
        form=form or {}, twin="/api/jobs",
    )  # fmt: skip


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(
    request: Request,
    desk: DeskDep,
    jobs: JobsDep,
    kind: Annotated[str, Form()],
    token: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    source: Annotated[str, Form()] = "",
    urls: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
) -> Response:
    """The form twin of POST /api/ingest/*: the token travels as a form field (a browser form
    cannot set an Authorization header); it is never echoed back into the page."""
    form = {"kind": kind, "text": text, "title": title, "published": published, "source": source}
    form["urls"] = urls
    try:
        check_token(desk, token.strip() or None, request.client.host if request.client else None)
        job = await _submit(desk, jobs, form, file)
    except Refused as exc:
        return _ingest_page(request, desk.writable, jobs.all(), exc.status, exc.message, form)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


async def _submit(desk: Desk, jobs: Jobs, form: dict[str, str], file: UploadFile | None) -> Job:
    kind = form["kind"]
    if kind == "text":
        try:
            day = dt.date.fromisoformat(form["published"]) if form["published"] else None
        except ValueError:
            raise Refused(422, f"published: {form['published']!r} is not YYYY-MM-DD") from None
        return submit_text(
            desk, jobs, form["text"], title=form["title"] or None, published=day,
            source=form["source"] or None,
        )  # fmt: skip
    if kind == "urls":
        return submit_urls(desk, jobs, form["urls"].splitlines())
    if kind == "file":
        if file is None or not file.filename:
            raise Refused(422, "choose a file to upload")
        data = await file.read(desk.settings.max_upload_bytes + 1)
        return submit_file(desk, jobs, file.filename, data)
    if kind == "demo":
        return submit_demo(jobs)
    raise Refused(422, f"kind must be text, urls, file or demo, not {kind!r}")


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, jobs: JobsDep, job_id: str) -> HTMLResponse:
    found = jobs.get(job_id)
    if found is None:
        raise NotFoundError(f"no ingest job with id {job_id!r} (jobs live in memory only)")
    return render(request, "job.html", "ingest", job=found, twin=f"/api/jobs/{job_id}")


__all__ = ["error_page", "router"]
