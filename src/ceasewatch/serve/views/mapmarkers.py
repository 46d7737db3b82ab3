"""The offline map's marks: events as markers (fanned out when they share a point), the popup
of each coded point, the archive's grid cells drawn as clusters, and the world gazetteer's
admin1 points (``mapview`` draws them)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape
from pydantic import BaseModel

from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.mapcore import admin1_points
from ceasewatch.serve.views.mapproject import Projection, scaled
from ceasewatch.serve.views.mapzones import Zones
from ceasewatch.store.base import BBox, MapCell, PlacedEvent

# Report titles looked up for popups at most.
POPUP_TITLES = 400
# Events coded at the same point (villages the gazetteer lacks fall back to one town) are fanned
# out on a ring of this radius (SVG units) so each stays visible and clickable.
FAN_RADIUS = 14.0
# Beyond this many events at one point a ring would be wider than the area it describes: they
# stay stacked at the point, under one count label.
FAN_MAX = 12


class MapEvent(PlacedEvent):
    """An event as the map draws it: its columns, then where and how it is drawn."""

    uncertainty_km: float | None
    x: float  # where the marker is drawn (fanned out when several events share a point)
    y: float
    cx: float  # the coded point itself
    cy: float
    radius: float  # the uncertainty radius in view units (0 when unknown)
    type_class: str  # CSS class of the event type
    zones: list[str]  # agreement ids whose zone holds the point on the event date
    outside_country: bool = False  # placed in a country its report's text never names
    point: str = ""  # id of the popup listing every event at this point


class PopupEvent(BaseModel):
    id: str
    event_date: dt.date | None
    sub_event_type: str
    article_id: str
    title: str | None  # the report's title (None past POPUP_TITLES events in view)


class MapPoint(BaseModel):
    """One coded point and every event at it: the popup a marker opens."""

    id: str  # "pt-3", the popup's anchor
    place: str
    x: float
    y: float
    events: list[PopupEvent]


class MapCluster(BaseModel):
    """A grid cell of events counted by the archive, drawn as one marker when too many events
    are in view."""

    x: float  # the mean point of its events, projected
    y: float
    count: int
    longitude: float
    latitude: float
    types: dict[str, int]  # event type -> events
    type_class: str  # CSS class of its most frequent type
    bbox: BBox  # the cell: zooming there shows its events
    first: dt.date | None
    last: dt.date | None


class AdminMark(BaseModel):
    code: str
    name: str
    x: float
    y: float
    r: float


def type_class(event_type: str) -> str:
    return "t-" + re.sub(r"[^a-z]+", "-", event_type.lower()).strip("-")


def marker(
    event: PlacedEvent, proj: Projection, zones: Zones, as_of: dt.date, km: float | None
) -> MapEvent:
    x, y = proj.xy(event.longitude, event.latitude)
    return MapEvent(
        **event.model_dump(),
        uncertainty_km=km,
        x=x,
        y=y,
        cx=x,
        cy=y,
        radius=proj.km(km) if km else 0.0,
        type_class=type_class(event.event_type),
        zones=zones.holding(event.longitude, event.latitude, event.event_date or as_of),
    )


def fan_out(points: list[MapEvent]) -> list[MapEvent]:
    """Spread the markers of events that share a point on a ring around it (small stacks)."""
    out = []
    for (cx, cy), stack in _stacks(points).items():
        if len(stack) == 1 or len(stack) > FAN_MAX:
            out.extend(stack)
            continue
        radius = FAN_RADIUS + len(stack)
        for i, point in enumerate(stack):
            angle = 2 * math.pi * i / len(stack) - math.pi / 2
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            out.append(point.model_copy(update={"x": round(x, 1), "y": round(y, 1)}))
    return out


def _stacks(points: list[MapEvent]) -> dict[tuple[float, float], list[MapEvent]]:
    stacks: dict[tuple[float, float], list[MapEvent]] = {}
    for point in points:
        stacks.setdefault((point.cx, point.cy), []).append(point)
    return stacks


def counts(points: list[MapEvent]) -> list[tuple[float, float, int]]:
    """(x, y, n) for every point holding more than one event: the map labels it with n."""
    return [(x, y, len(s)) for (x, y), s in _stacks(points).items() if len(s) > 1]


def popups(desk: Desk, markers: list[MapEvent]) -> tuple[list[MapEvent], list[MapPoint]]:
    """One popup per coded point, listing its events with their reports' titles."""
    ids = sorted({m.article_id for m in markers})
    titles: dict[str, str] = {}
    if len(markers) <= POPUP_TITLES:
        with desk.store() as store:  # one query of the title column, no article read whole
            titles = store.article_titles(ids)
    points: list[MapPoint] = []
    out: list[MapEvent] = []
    for n, ((cx, cy), stack) in enumerate(_stacks(markers).items()):
        point_id = f"pt-{n}"
        points.append(MapPoint(
            id=point_id, place=stack[0].place, x=cx, y=cy,
            events=[PopupEvent(id=m.id, event_date=m.event_date, sub_event_type=m.sub_event_type,
                               article_id=m.article_id, title=titles.get(m.article_id))
                    for m in stack],
        ))  # fmt: skip
        out.extend(m.model_copy(update={"point": point_id}) for m in stack)
    return out, points


def cluster_mark(cell: MapCell, proj: Projection) -> MapCluster:
    x, y = proj.xy(cell.longitude, cell.latitude)
    top = max(sorted(cell.types), key=lambda t: cell.types[t])
    box = (cell.west, cell.south, cell.west + cell.size, cell.south + cell.size)
    # (built without validation: every value has its field's type, and a low-zoom view
    # draws hundreds)
    return MapCluster.model_construct(
        x=x, y=y, count=cell.count, longitude=cell.longitude, latitude=cell.latitude,
        types=cell.types, type_class=_type_class(top), first=cell.first, last=cell.last,
        bbox=scaled(box, 1.0),
    )  # fmt: skip


@lru_cache(maxsize=256)
def _type_class(event_type: str) -> str:
    return type_class(event_type)


def cluster_markup(
    clusters: list[MapCluster],
    params: Mapping[str, Any],
    qs: Callable[..., str],
    bbox_text: Callable[[BBox], str],
) -> Markup:
    """The clusters' SVG (a link to the cell's view, its circle, its title, its count), as
    map.html drew them in a loop, joined here in Python: a low-zoom view draws hundreds, and
    the template's loop, filters and query strings per cluster were most of the page's
    rendering. Byte for byte the loop's text (``test_serve_map.py`` renders both)."""
    parts = []
    for c in clusters:
        r = sorted([7, (c.count**0.5) * 1.5, 30])[1]
        span = f", {c.first} to {c.last}" if c.first else ""
        types = ", ".join(
            f"{escape(t)} {n}" for t, n in sorted(c.types.items(), key=lambda i: i[0].lower())
        )
        href = escape(qs(params, bbox=bbox_text(c.bbox)))
        parts.append(
            f'\n    <a href="/map{href}" class="cluster-link">\n'
            f'      <circle class="ev cluster {escape(c.type_class)}" cx="{c.x}" cy="{c.y}"'
            f' r="{round(r, 1)}"><title>{c.count} events{escape(span)}: {types}.'
            " Zoom in to see them.</title></circle>\n"
            f'      <text class="cluster-label" x="{c.x}" y="{c.y + 4}"'
            f' aria-hidden="true">{c.count}</text>\n    </a>\n  '
        )
    return Markup("".join(parts))


def admin_marks(proj: Projection) -> list[AdminMark]:
    return list(_admin_marks_in(proj.bbox, proj.width, proj.height))


@lru_cache(maxsize=32)
def _admin_marks_in(bbox: BBox, width: int, height: int) -> tuple[AdminMark, ...]:
    proj = Projection(bbox=bbox, width=width, height=height)
    return tuple(
        AdminMark(code=p.code, name=p.name, x=x, y=y, r=proj.km(p.radius_km or 0))
        for p in admin1_points(proj.bbox)
        for x, y in [proj.xy(p.longitude, p.latitude)]
    )


__all__ = [
    "AdminMark",
    "MapCluster",
    "MapEvent",
    "MapPoint",
    "PopupEvent",
    "admin_marks",
    "cluster_mark",
    "cluster_markup",
    "counts",
    "fan_out",
    "marker",
    "popups",
    "type_class",
]
