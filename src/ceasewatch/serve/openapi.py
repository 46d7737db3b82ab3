"""The OpenAPI document, completed with what the server really answers.

FastAPI documents what a route declares; the desk also answers from its middleware and its
exception handlers. Those answers are added here, route by route, so a client (or
schemathesis, which the test suite runs against a live desk) can trust the document:
- 400 on every operation: a Host header outside the trusted list (plain text);
  on writes also an unparsable body (JSON);
- 404 wherever a path parameter names something, 422 wherever a parameter is validated;
- 413 and 429 (with Retry-After) on every write, beside 401/403/415/422;
- HEAD beside every GET (headers only);
- the CSV and GeoJSON exports' real media types; enums for the ACLED types; bbox's form.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from ceasewatch.model import EVENT_TYPES, SUB_EVENT_TO_TYPE

PROBLEM = {"$ref": "#/components/schemas/Problem"}
PROBLEM_SCHEMA = {
    "title": "Problem",
    "type": "object",
    "properties": {"detail": {"title": "Detail"}},
    "required": ["detail"],
    "description": "Why the request was refused: a message, or FastAPI's list of errors.",
}
NUMBER = r"-?\d+(\.\d+)?"
# An empty box (an untouched form field) means "no box"; bounds are checked by the server (422).
BBOX_PATTERN = rf"^(\s*|{NUMBER},{NUMBER},{NUMBER},{NUMBER})$"
# "" is an untouched form select ("any"), accepted as no filter.
ENUMS: dict[str, list[str]] = {
    "event_type": [*EVENT_TYPES, ""],
    "sub_event_type": [*SUB_EVENT_TO_TYPE, ""],
}
MEDIA: dict[str, dict[str, Any]] = {
    "/api/events.csv": {"text/csv": {"schema": {"type": "string"}}},
    "/api/events.geojson": {
        "application/geo+json": {
            "schema": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["FeatureCollection"]},
                    "features": {"type": "array", "items": {"type": "object"}},
                },
                "required": ["type", "features"],
            }
        }
    },
    "/api/events.json": {
        "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}
    },
}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": PROBLEM}}}


PLAIN_TEXT: dict[str, Any] = {"text/plain": {"schema": {"type": "string"}}}
BAD_HOST: dict[str, Any] = {
    "description": "Host header not among the trusted hosts (settings: allowed_hosts).",
    "content": PLAIN_TEXT,
}
TOO_MANY = {
    **_problem("Too many wrong tokens from this address; wait Retry-After seconds."),
    "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds."}},
}


def _params(op: dict[str, Any], max_page_size: int) -> None:
    for param in op.get("parameters", []):
        name, schema = param["name"], param["schema"]
        if name in ENUMS:
            param["schema"] = {"type": "string", "enum": ENUMS[name], "title": name}
        elif name == "bbox":
            param["schema"] = {"type": "string", "pattern": BBOX_PATTERN, "maxLength": 200}
        elif name == "limit" and "anyOf" in schema:
            schema["anyOf"] = [{"type": "integer", "minimum": 1, "maximum": max_page_size}]
        elif any("format" in s or "enum" in s for s in schema.get("anyOf", [])):
            # A query string has no null: an absent or empty field (an untouched form box)
            # means "no filter", and the server takes "" as such.
            kept = [s for s in schema["anyOf"] if s.get("type") != "null"]
            schema["anyOf"] = [*kept, {"type": "string", "enum": [""]}]


def _read_op(path: str, op: dict[str, Any]) -> None:
    responses = op["responses"]
    responses["400"] = BAD_HOST
    if "{" in path:
        responses["404"] = _problem("Nothing with that id.")
    if path in MEDIA:
        responses["200"]["content"] = copy.deepcopy(MEDIA[path])


def _write_op(op: dict[str, Any]) -> None:
    responses = op["responses"]
    bad = _problem("Unreadable body, or a Host header not among the trusted hosts.")
    bad["content"].update(PLAIN_TEXT)
    responses["400"] = bad
    for code, text in (
        ("401", "No token sent."),
        ("403", "Wrong token, or writing disabled on this desk."),
        ("413", "Body larger than the request cap (settings: max_request_bytes)."),
        ("415", "Not a text, HTML, feed or JSONL file."),
        ("422", "Empty or malformed input."),
    ):
        responses[code] = {**_problem(text), **responses.get(code, {})}
        responses[code]["content"] = {"application/json": {"schema": PROBLEM}}
    responses["401"]["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
    responses["429"] = TOO_MANY


def _head(op: dict[str, Any]) -> dict[str, Any]:
    head = copy.deepcopy(op)
    head["operationId"] = op.get("operationId", "op") + "_head"
    head["summary"] = "Headers only: " + op.get("summary", "")
    for response in head["responses"].values():
        response.pop("content", None)
    return head


def complete(schema: dict[str, Any], max_page_size: int = 500) -> dict[str, Any]:
    """Add every answer the server gives beyond the declared ones (module docstring)."""
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    for path, ops in schema["paths"].items():
        for method in list(ops):
            op = ops[method]
            _params(op, max_page_size)
            if method == "get":
                _read_op(path, op)
                ops["head"] = _head(op)
            else:
                _write_op(op)
    return schema


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                ),
                app.state.desk.settings.max_page_size,
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


__all__ = ["complete", "install_openapi"]
