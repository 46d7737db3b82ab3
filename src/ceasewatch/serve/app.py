"""The desk application: JSON API, pages, static assets, error pages, security headers.

    app = create_app("archive.db", token="s3cret")
    uvicorn.run(app, host="127.0.0.1", port=8000)

Every asset is served by the app itself and the Content-Security-Policy forbids anything else:
no CDN, no tile server, no inline script. Article text is escaped by Jinja2's autoescape, and
the CSP is the second lock: a ``<script>`` that slipped through escaping still could not run.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ceasewatch import __version__
from ceasewatch.errors import NotFoundError
from ceasewatch.pipeline import Resources
from ceasewatch.serve import heap
from ceasewatch.serve.api import router as api_router
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.guard import BodyGuard
from ceasewatch.serve.intake import Refused
from ceasewatch.serve.jobs import Jobs
from ceasewatch.serve.openapi import install_openapi
from ceasewatch.serve.pages import error_page
from ceasewatch.serve.pages import router as pages_router
from ceasewatch.serve.routes_desk import api as desk_api
from ceasewatch.serve.routes_desk import pages as desk_pages
from ceasewatch.serve.settings import Settings, check_token_strength

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return error_page(request, 404, "Not found", [str(exc)])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method the path answers, not the first route's
            headers["Allow"] = allowed_methods(app, request.scope)
        if _wants_json(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=headers
            )
        title = "Not found" if exc.status_code == 404 else "Request refused"
        page = error_page(request, exc.status_code, title, [str(exc.detail)])
        page.headers.update(headers)
        return page

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors())
        if _wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        reasons = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in errors]
        return error_page(request, 422, "Bad request", reasons)

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {"detail": exc.message}, status_code=exc.status, headers=exc.headers
            )
        page = error_page(request, exc.status, "Request refused", [exc.message])
        page.headers.update(exc.headers)
        return page


def allowed_methods(app: FastAPI, scope: Scope) -> str:
    """The Allow header of a 405: the methods of every route whose path matches, HEAD with
    GET (``HeadAsGet`` answers it); FastAPI names only the first matching route's."""
    path = scope.get("path", "")
    methods: set[str] = set()
    for regex, route_methods in app.state.route_table:
        if regex.match(path):
            methods |= route_methods
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _route_table(app: FastAPI, *routers: APIRouter) -> list[tuple[re.Pattern[str], set[str]]]:
    routes = [*app.router.routes, *(r for router in routers for r in router.routes)]
    return [
        (route.path_regex, set(route.methods))
        for route in routes
        if isinstance(route, Route) and route.methods
    ]


class HeadAsGet:
    """HEAD wherever GET is: the GET handler runs and only its headers are sent (RFC 9110);
    FastAPI's routes answer GET alone and sent 405 to HEAD."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response


def create_app(
    store_path: str | Path,
    *,
    token: str | None = None,
    resources: Resources | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """The desk over the archive at ``store_path``. ``token`` opens writing to its holders;
    ``resources`` (knowledge base, extractor, gazetteer) are built on first use if not given."""
    base = settings or Settings()
    if token is not None:
        base = replace(base, token=token)
    desk = Desk(store_path, base, resources)
    jobs = Jobs(desk)
    heap.install()  # the lasting heap the first requests load is frozen, not walked again

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.wait(cancel_pending=True)
        desk.close()

    app = FastAPI(
        title="ceasewatch desk",
        version=__version__,
        description=(
            "Conflict events coded from news reports, and whether ceasefires hold. Every page has "
            "a JSON twin under /api. Reading is open; writing needs the operator's bearer token."
        ),
        lifespan=lifespan,
        # FastAPI's /docs and /redoc load their scripts from a CDN: the desk serves its own
        # reference page (/api-docs) from the same OpenAPI document instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.desk = desk
    app.state.jobs = jobs
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)
    app.include_router(desk_api)
    app.include_router(desk_pages)
    app.state.route_table = _route_table(app, api_router, pages_router, desk_api, desk_pages)
    _install_handlers(app)
    # Outermost last: the host is checked first, then HEAD becomes GET, then the body guard
    # (lockout, token, size) runs before any handler; security headers go on every answer.
    app.add_middleware(BodyGuard, desk=desk)
    app.add_middleware(HeadAsGet)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=base.trusted_hosts)
    _install_headers(app)
    install_openapi(app)
    return app


def run(
    store_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    resources: Resources | None = None,
    settings: Settings | None = None,
) -> None:
    """Serve the desk with uvicorn until interrupted (what ``ceasewatch serve`` calls).
    A token shorter than ``MIN_TOKEN_LENGTH`` raises ValueError before anything starts."""
    import uvicorn  # only the server needs it; tests drive the app in-process

    base = replace(settings or Settings(), host=host, port=port, token=token)
    check_token_strength(base.token)  # refused at start-up, before the port is opened
    app = create_app(store_path, resources=resources, settings=base)
    uvicorn.run(app, host=host, port=port, log_level="info")


__all__ = ["create_app", "run"]
