"""Query parameters shared by pages and their JSON twins, validated once.

A bad value answers 422 with the parameter and the reason, in FastAPI's usual error shape, for
pages and API alike (the page renders the same reasons as HTML).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator, Field

from ceasewatch.model import EVENT_TYPES, SUB_EVENT_TO_TYPE, VerdictKind
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.mapview import BBox

MAX_TEXT = 200  # longest free-text filter; longer is a paste error, not a query
# An HTML form sends an untouched field as "" ("any" in a select, an empty date box): that
# means "no filter", not a malformed value.
Blank = BeforeValidator(lambda value: None if value == "" else value)
# The bounds sit on the number, not on the parameter: a form's empty box is None (Blank) and a
# bound on the parameter would be tested against that None (a 500, not "any").
Share = Annotated[float, Field(ge=0, le=1)]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Rows a client may skip: beyond any archive, and inside SQLite's 64-bit integers (a larger
# offset was a 500).
MAX_OFFSET = 10**9


def _day(value: Any) -> Any:
    """ "" is no filter; anything else must be YYYY-MM-DD (pydantic alone reads "0" as the
    Unix epoch, a date nobody typed)."""
    if value == "":
        return None
    if isinstance(value, str) and not ISO_DAY.fullmatch(value):
        raise ValueError("must be a date as YYYY-MM-DD")
    return value


BlankDay = BeforeValidator(_day)


def invalid(name: str, value: Any, message: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}]
    )


def _choice(name: str, value: str | None, allowed: list[str]) -> str | None:
    if value and value not in allowed:
        raise invalid(name, value, f"must be one of: {'; '.join(allowed)}")
    return value or None


def _range(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and start > end:
        raise invalid("end", end.isoformat(), f"end {end} is before start {start}")


def event_filter(
    start: Annotated[
        dt.date | None, BlankDay, Query(description="On or after (YYYY-MM-DD).")
    ] = None,
    end: Annotated[
        dt.date | None, BlankDay, Query(description="On or before (YYYY-MM-DD).")
    ] = None,
    event_type: Annotated[
        str | None, Query(description="ACLED event type, exact spelling.", max_length=MAX_TEXT)
    ] = None,
    sub_event_type: Annotated[
        str | None, Query(description="ACLED sub-event type, exact spelling.", max_length=MAX_TEXT)
    ] = None,
    actor: Annotated[
        str | None,
        Query(description="Actor id, or part of a name (either side).", max_length=MAX_TEXT),
    ] = None,
    place: Annotated[
        str | None, Query(description="Part of a place or admin area name.", max_length=MAX_TEXT)
    ] = None,
    verdict: Annotated[VerdictKind | None, Blank, Query(description="Agreement verdict.")] = None,
    agreement: Annotated[
        str | None, Query(description="Agreement id the verdict is about.", max_length=MAX_TEXT)
    ] = None,
    article: Annotated[
        str | None, Query(description="Only events of this article.", max_length=MAX_TEXT)
    ] = None,
    country: Annotated[
        str | None, Query(description="Country as coded (exact).", max_length=MAX_TEXT)
    ] = None,
    admin1: Annotated[
        str | None,
        Query(description="First-level admin area as coded (exact).", max_length=MAX_TEXT),
    ] = None,
    min_confidence: Annotated[
        Share | None, Blank, Query(description="Confidence at least (0-1).")
    ] = None,
    max_confidence: Annotated[
        Share | None, Blank, Query(description="Confidence at most (0-1).")
    ] = None,
    hedged: Annotated[
        bool | None, Blank, Query(description="true: only hedged (claimed) events; false: firm.")
    ] = None,
) -> EventFilter:
    _range(start, end)
    if (
        min_confidence is not None
        and max_confidence is not None
        and min_confidence > max_confidence
    ):
        raise invalid("max_confidence", max_confidence, "max_confidence is below min_confidence")
    return EventFilter(
        start=start,
        end=end,
        event_type=_choice("event_type", event_type, list(EVENT_TYPES)),
        sub_event_type=_choice("sub_event_type", sub_event_type, list(SUB_EVENT_TO_TYPE)),
        actor=(actor or "").strip() or None,
        place=(place or "").strip() or None,
        verdict=verdict,
        agreement=agreement or None,
        article=article or None,
        country=(country or "").strip() or None,
        admin1=(admin1 or "").strip() or None,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        hedged=hedged,
    )


def month_param(
    month: Annotated[
        str | None, Query(description="Month shown, YYYY-MM.", max_length=MAX_TEXT)
    ] = None,
) -> tuple[int, int] | None:
    if not month:
        return None
    found = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1:
        raise invalid("month", month, "month must be YYYY-MM with MM from 01 to 12")
    return int(found.group(1)), int(found.group(2))


def bbox_param(
    bbox: Annotated[
        str | None,
        Query(description="Map view: west,south,east,north in degrees.", max_length=MAX_TEXT),
    ] = None,
) -> BBox | None:
    if bbox is None or not bbox.strip():
        return None
    try:
        west, south, east, north = (float(p) for p in bbox.split(","))
    except ValueError:
        raise invalid("bbox", bbox, "bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise invalid(
            "bbox", bbox, "bbox needs west < east in [-180, 180], south < north in [-90, 90]"
        )
    return (west, south, east, north)


def page_limit(request: Request, limit: int | None) -> int | None:
    cap = request.app.state.desk.settings.max_page_size
    if limit is not None and not 1 <= limit <= cap:
        raise invalid("limit", limit, f"limit must be between 1 and {cap}")
    return limit


OptionalDay = Annotated[dt.date | None, BlankDay]

__all__ = [
    "MAX_OFFSET",
    "MAX_TEXT",
    "Blank",
    "BlankDay",
    "OptionalDay",
    "bbox_param",
    "event_filter",
    "invalid",
    "month_param",
    "page_limit",
]
