"""The offline map: admin outlines, agreement zones and events, drawn as inline SVG.

No tiles and no map library: the shipped OCHA polygons (``ceasewatch.knowledge.admin``) are
projected with a plain equirectangular projection scaled by cos(latitude), which keeps shapes
true enough at a country's scale. The view is a bounding box in the query string, so zooming
and panning are links (usable by keyboard and without JavaScript).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any

import shapely
from pydantic import BaseModel
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from ceasewatch.knowledge.admin import load_admin_areas
from ceasewatch.knowledge.countries import country_by_code
from ceasewatch.model import Agreement, ZoneVersion
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.mapcore import admin1_points
from ceasewatch.serve.views.mapdata import events_in_view, flagged_ids, frame_of, remembered
from ceasewatch.serve.views.mapframe import Area
from ceasewatch.serve.views.mapoutlines import (
    OCHA_COUNTRY,
    Outline1,
    countries_in_view,
    land_in,
    main_extent,
    outlines_in,
)
from ceasewatch.serve.views.mapzones import ZoneNote, Zones, zone_geometry, zone_on, zones_for
from ceasewatch.store.base import BBox, MapCell, PlacedEvent  # BBox: west, south, east, north

# Report titles looked up for popups at most.
POPUP_TITLES = 400
# Other areas offered as links at most (the biggest).
ALSO_AREAS = 8
KM_PER_DEGREE = 111.32
# Views narrower than these spans (degrees of longitude) also draw districts / sub-districts.
DISTRICT_SPAN, SUBDISTRICT_SPAN = 3.0, 1.2
# Smallest view: about 20 km across, below which the 1 km outline simplification shows.
MIN_SPAN = 0.2
# Width / height of every view once projected: a laptop screen's landscape shape, so a tall
# zone does not give a tall narrow map scaled down to unreadable labels.
ASPECT = 4 / 3
# Events coded at the same point (villages the gazetteer lacks fall back to one town) are fanned
# out on a ring of this radius (SVG units) so each stays visible and clickable.
FAN_RADIUS = 14.0
# Beyond this many events at one point a ring would be wider than the area it describes: they
# stay stacked at the point, under one count label.
FAN_MAX = 12


class Projection(BaseModel):
    bbox: BBox
    width: int
    height: int

    @classmethod
    def fit(cls, bbox: BBox, width: int) -> Projection:
        west, south, east, north = bbox
        shrink = math.cos(math.radians((south + north) / 2))
        height = round(width * (north - south) / ((east - west) * shrink))
        return cls(bbox=bbox, width=width, height=max(height, 1))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        west, south, east, north = self.bbox
        x = (lon - west) / (east - west) * self.width
        y = (north - lat) / (north - south) * self.height
        return round(x, 1), round(y, 1)

    def km(self, km: float) -> float:
        west, _, east, _ = self.bbox
        shrink = math.cos(math.radians(sum(self.bbox[1::2]) / 2))
        return round(km / (KM_PER_DEGREE * shrink) / (east - west) * self.width, 1)


class Shape(BaseModel):
    id: str
    name: str
    path: str  # SVG path data in view coordinates
    label_x: float
    label_y: float


class MapZone(Shape):
    agreement_id: str
    valid_from: dt.date
    valid_to: dt.date | None


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


class MapArea(BaseModel):
    """Matching events in an area the view does not frame: a link that frames it."""

    name: str  # its most frequent country, else its position
    count: int
    bbox: BBox  # the view framing it


class AdminMark(BaseModel):
    code: str
    name: str
    x: float
    y: float
    r: float


class MapView(BaseModel):
    projection: Projection
    boundaries: list[Shape]  # governorates (and finer units when zoomed in)
    zones: list[MapZone]
    events: list[MapEvent]
    halos: list[tuple[float, float, float]]  # uncertainty circles (x, y, r), one per point
    stacks: list[tuple[float, float, int]]  # points holding several events: x, y, how many
    unplaced: int  # matching events without coordinates (listed on the events page)
    # far from the rest (robust core), in no area of their own: listed apart (the newest
    # OUTLIER_ROWS of ``far``), never framing the view
    outliers: list[MapEvent]
    far: int
    also: list[MapArea]  # other areas holding matching events, the biggest first
    also_more: tuple[int, int]  # areas past ALSO_AREAS not listed, and their events
    # More than ``map_max_points`` in view: counted per grid cell by the archive instead of
    # drawn one by one (``events`` is then empty); ``in_view`` counts the placed events in view.
    clusters: list[MapCluster]
    in_view: int
    points: list[MapPoint]  # popups, one per coded point drawn
    land: list[tuple[str, str]]  # (alpha-2, SVG path) of every country meeting the view
    # Natural Earth admin1 outlines of the countries of the events in view (Syria's: OCHA's)
    outlines: list[Outline1]
    admin1: list[AdminMark]  # world gazetteer admin1 points of the other countries in view
    partial_zones: list[ZoneNote]  # in force over part of the events' dates: not drawn
    window: tuple[dt.date, dt.date]  # the days the drawn zones hold throughout
    as_of: dt.date  # zones are drawn as valid on this day
    zoom_in: BBox
    zoom_out: BBox
    pan: dict[str, BBox]  # "north", "south", "east", "west"
    country: BBox  # the whole of the main country in view ("Syria" when none)
    country_name: str


def type_class(event_type: str) -> str:
    return "t-" + re.sub(r"[^a-z]+", "-", event_type.lower()).strip("-")


def path_data(geom: BaseGeometry, proj: Projection) -> str:
    parts = []
    polygons = getattr(geom, "geoms", [geom])
    for polygon in polygons:
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            points = [proj.xy(x, y) for x, y in ring.coords]
            parts.append("M" + " L".join(f"{x} {y}" for x, y in points) + " Z")
    return " ".join(parts)


@lru_cache(maxsize=512)
def _simplified(pcode: str, tolerance: float) -> BaseGeometry:
    return load_admin_areas().geometry(pcode).simplify(tolerance)


@lru_cache(maxsize=1)
def country_bbox() -> BBox:
    """The shipped outlines' extent (computed once: the union takes ~0.1 s)."""
    areas = load_admin_areas()
    top = [areas.geometry(u.pcode) for u in areas.units.values() if u.level == 1]
    west, south, east, north = shapely.union_all(top).bounds
    return _pad((west, south, east, north), 0.03)


def boundaries(proj: Projection, tolerance: float) -> list[Shape]:
    """The admin outlines in view, projected (the same view, as the default map's, is drawn
    from the cache)."""
    return list(_boundaries(proj.bbox, proj.width, proj.height, tolerance))


@lru_cache(maxsize=32)
def _boundaries(bbox: BBox, width: int, height: int, tolerance: float) -> tuple[Shape, ...]:
    proj = Projection(bbox=bbox, width=width, height=height)
    west, south, east, north = proj.bbox
    span = east - west
    levels = [1] + ([2] if span < DISTRICT_SPAN else []) + ([3] if span < SUBDISTRICT_SPAN else [])
    # finer views afford finer outlines; three steps keep the cache small
    tol = (
        tolerance
        if span >= DISTRICT_SPAN
        else tolerance / 3
        if span >= SUBDISTRICT_SPAN
        else tolerance / 10
    )
    view = shapely.box(west, south, east, north)
    shapes = []
    for unit in sorted(load_admin_areas().units.values(), key=lambda u: (-u.level, u.pcode)):
        if unit.level not in levels:
            continue
        geom = _simplified(unit.pcode, round(tol, 5))
        if not geom.intersects(view):
            continue
        x, y = proj.xy(unit.longitude, unit.latitude)
        shapes.append(
            Shape(id=unit.pcode, name=unit.name, path=path_data(geom, proj), label_x=x, label_y=y)
        )
    return tuple(shapes)


def _pad(bbox: BBox, share: float) -> BBox:
    west, south, east, north = bbox
    dx = max((east - west) * share, 0.05)
    dy = max((north - south) * share, 0.05)
    return (west - dx, south - dy, east + dx, north + dy)


def shaped(bbox: BBox) -> BBox:
    """``bbox`` grown along one axis to the ASPECT shape (in projected units)."""
    west, south, east, north = bbox
    shrink = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * shrink, north - south
    if width / height < ASPECT:
        grow = (height * ASPECT / shrink - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = (width / ASPECT - height) / 2
        south, north = south - grow, north + grow
    return (round(west, 4), round(south, 4), round(east, 4), round(north, 4))


def _scaled(bbox: BBox, factor: float) -> BBox:
    west, south, east, north = bbox
    cx, cy = (west + east) / 2, (south + north) / 2
    hx = max((east - west) * factor, MIN_SPAN) / 2
    hy = max((north - south) * factor, MIN_SPAN * (north - south) / (east - west)) / 2
    return (round(cx - hx, 4), round(cy - hy, 4), round(cx + hx, 4), round(cy + hy, 4))


def _shifted(bbox: BBox, dx: float, dy: float) -> BBox:
    west, south, east, north = bbox
    mx, my = (east - west) * dx, (north - south) * dy
    return (round(west + mx, 4), round(south + my, 4), round(east + mx, 4), round(north + my, 4))


def _map_event(
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


def fit(
    extent: BBox | None,
    anchors: list[tuple[float, float]],
    zones: list[BaseGeometry],
    fallback: BBox,
) -> BBox:
    """A view of the framed events' ``extent`` and the zones holding one of their points
    (``anchors``), padded; every zone when there is no event; the country when nothing."""
    if extent is not None and anchors:
        cloud = shapely.points(anchors)  # vectorised: thousands of points in milliseconds
        box = shapely.box(*extent)
        geoms = [box, *(z for z in zones if shapely.intersects(z, cloud).any())]
    else:
        geoms = list(zones)
    if not geoms:
        return fallback
    west, south, east, north = shapely.union_all(geoms).bounds
    return _scaled(_pad((west, south, east, north), 0.15), 1.0)


def _popups(desk: Desk, markers: list[MapEvent]) -> tuple[list[MapEvent], list[MapPoint]]:
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


def _cluster(cell: MapCell, proj: Projection) -> MapCluster:
    x, y = proj.xy(cell.longitude, cell.latitude)
    top = max(sorted(cell.types), key=lambda t: cell.types[t])
    box = (cell.west, cell.south, cell.west + cell.size, cell.south + cell.size)
    return MapCluster(
        x=x, y=y, count=cell.count, longitude=cell.longitude, latitude=cell.latitude,
        types=cell.types, type_class=type_class(top), first=cell.first, last=cell.last,
        bbox=_scaled(box, 1.0),
    )  # fmt: skip


def _admin_marks(proj: Projection) -> list[AdminMark]:
    return list(_admin_marks_in(proj.bbox, proj.width, proj.height))


@lru_cache(maxsize=32)
def _admin_marks_in(bbox: BBox, width: int, height: int) -> tuple[AdminMark, ...]:
    proj = Projection(bbox=bbox, width=width, height=height)
    return tuple(
        AdminMark(code=p.code, name=p.name, x=x, y=y, r=proj.km(p.radius_km or 0))
        for p in admin1_points(proj.bbox)
        for x, y in [proj.xy(p.longitude, p.latitude)]
    )


def map_view(
    desk: Desk, flt: EventFilter, *, bbox: BBox | None = None, as_of: dt.date | None = None
) -> MapView:
    """Counts, dates and the events in view come from the archive's SQL (never every event):
    the fitted view frames the biggest area of the robust core (``mapdata.frame_of``); events
    in view are drawn one by one up to ``map_max_points``, else the archive counts them on a
    grid."""
    frame = frame_of(desk, flt, as_of)
    zones = zones_for(list(desk.agreements().values()))
    drawn, partial = zones.split(*frame.window)
    country = country_bbox()
    geoms = [g for _, _, g in drawn]
    fitted = lambda: fit(frame.extent, frame.anchors, geoms, country)  # noqa: E731
    view = shaped(bbox or remembered(frame, ("fit", zones, frame.window, country), fitted))
    proj = Projection.fit(view, desk.settings.map_width)
    count, visible, cells = events_in_view(desk, flt.search(), view)
    flagged = flagged_ids(desk, frame, visible)
    km = _uncertainty(desk, visible)
    shown = [
        _map_event(e, proj, zones, frame.day, km.get(e.id)).model_copy(
            update={"outside_country": e.id in flagged}
        )
        for e in visible
    ]
    markers, points = _popups(desk, fan_out(shown))
    outlined = countries_in_view(
        [e.country for e in visible if e.country],
        [(e.longitude, e.latitude, 1) for e in visible if not e.country]
        + [(c.longitude, c.latitude, c.count) for c in cells],
    )
    whole = main_extent(outlined) if outlined and outlined[0] != OCHA_COUNTRY else None
    return MapView(
        projection=proj,
        boundaries=boundaries(proj, desk.settings.map_tolerance),
        zones=[_map_zone(a, z, g, proj) for a, z, g in drawn],
        events=markers,
        halos=sorted({(p.cx, p.cy, p.radius) for p in markers if p.radius > 0}),
        stacks=counts(markers),
        unplaced=frame.unplaced,
        # an outlier is always a suspect: its flag does not depend on the events drawn
        outliers=remembered(
            frame,
            ("outliers", zones, frame.day, proj.bbox, proj.width, proj.height),
            lambda: [
                _map_event(e, proj, zones, frame.day, None).model_copy(
                    update={"outside_country": e.id in flagged}
                )
                for e in frame.outliers
            ],
        ),
        far=frame.far,
        also=[_also(a) for a in frame.also[:ALSO_AREAS]],
        also_more=(len(frame.also[ALSO_AREAS:]), sum(a.n for a in frame.also[ALSO_AREAS:])),
        clusters=[_cluster(c, proj) for c in cells],
        in_view=count,
        points=points,
        land=list(land_in(proj.bbox, proj.width, proj.height, desk.settings.map_tolerance)),
        outlines=list(
            outlines_in(
                proj.bbox, proj.width, proj.height, tuple(outlined), desk.settings.map_tolerance
            )
        ),
        admin1=[m for m in _admin_marks(proj) if m.code.split(".")[0] not in outlined],
        partial_zones=partial,
        window=frame.window,
        as_of=frame.day,
        zoom_in=_scaled(view, 0.5),
        zoom_out=_scaled(view, 2.0),
        pan={
            "north": _shifted(view, 0, 0.4),
            "south": _shifted(view, 0, -0.4),
            "west": _shifted(view, -0.4, 0),
            "east": _shifted(view, 0.4, 0),
        },
        country=shaped(_pad(whole[1], 0.03)) if whole else country,
        country_name=_country_name(whole[0]) if whole else "Syria",
    )


def _country_name(alpha2: str) -> str:
    found = country_by_code(alpha2)
    return found.name if found is not None else alpha2


def _uncertainty(desk: Desk, events: list[PlacedEvent]) -> dict[str, float]:
    """The drawn events' uncertainty radii (the one value read from their JSON)."""
    if not events:
        return {}
    with desk.store() as store:
        return store.map_uncertainty([e.id for e in events])


def _also(area: Area) -> MapArea:
    west, south, east, north = area.bbox
    name = area.country or f"{(south + north) / 2:.1f}, {(west + east) / 2:.1f}"
    return MapArea(name=name, count=area.n, bbox=_scaled(_pad(area.bbox, 0.15), 1.0))


def _map_zone(
    agreement: Agreement, zone: ZoneVersion, geom: BaseGeometry, proj: Projection
) -> MapZone:
    point = geom.representative_point()
    x, y = proj.xy(point.x, point.y)
    return MapZone(
        id=f"{agreement.id}@{zone.valid_from.isoformat()}",
        name=agreement.name,
        path=path_data(geom, proj),
        label_x=x,
        label_y=y,
        agreement_id=agreement.id,
        valid_from=zone.valid_from,
        valid_to=zone.valid_to,
    )


def map_geojson(
    desk: Desk, flt: EventFilter, *, as_of: dt.date | None = None, bbox: BBox | None = None
) -> dict[str, Any]:
    """The map's JSON twin: events (points) and zones (polygons) as one FeatureCollection. More
    than ``map_max_points`` matching events (in ``bbox`` when given, else their extent) come as
    "cluster" features of the archive's grid instead of one feature each. ``outlier`` and
    ``outside_country`` are judged as on the map page (over its sample)."""
    frame = frame_of(desk, flt, as_of)
    zones = zones_for(list(desk.agreements().values()))
    drawn, _ = zones.split(*frame.window)
    features: list[dict[str, Any]] = []
    for agreement, zone, geom in drawn:
        props = {
            "kind": "zone",
            "agreement_id": agreement.id,
            "name": agreement.name,
            "valid_from": zone.valid_from.isoformat(),
            "valid_to": zone.valid_to.isoformat() if zone.valid_to else None,
        }
        features.append({"type": "Feature", "geometry": mapping(geom), "properties": props})
    search = flt.search()
    with desk.store() as store:
        area = bbox or store.map_extent(search)
    _, events, cells = events_in_view(desk, search, area) if area else (0, [], [])
    far = {e.id for e in frame.outliers}
    flagged = flagged_ids(desk, frame, events)
    km = _uncertainty(desk, events)
    full = Projection.fit(country_bbox(), 100)
    for event in events:
        item = _map_event(event, full, zones, frame.day, km.get(event.id))
        info: dict[str, Any] = item.model_dump(
            mode="json", exclude={"x", "y", "cx", "cy", "radius", "type_class", "point"}
        )
        info["outside_country"] = event.id in flagged
        info["outlier"] = event.id in far  # far from the rest: the page lists it apart
        point = {"type": "Point", "coordinates": [item.longitude, item.latitude]}
        features.append(
            {"type": "Feature", "geometry": point, "properties": {"kind": "event", **info}}
        )
    for cell in cells:
        point = {"type": "Point", "coordinates": [cell.longitude, cell.latitude]}
        props = {"kind": "cluster", **cell.model_dump(mode="json", exclude={"gx", "gy"})}
        features.append({"type": "Feature", "geometry": point, "properties": props})
    return {"type": "FeatureCollection", "as_of": frame.day.isoformat(), "features": features}


__all__ = [
    "BBox",
    "MapCluster",
    "MapEvent",
    "MapView",
    "MapZone",
    "Projection",
    "boundaries",
    "country_bbox",
    "counts",
    "fan_out",
    "fit",
    "map_geojson",
    "map_view",
    "path_data",
    "shaped",
    "type_class",
    "zone_geometry",
    "zone_on",
]
