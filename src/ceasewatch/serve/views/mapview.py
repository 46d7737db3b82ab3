"""The offline map: admin outlines, agreement zones and events, drawn as inline SVG.

No tiles and no map library: the shipped OCHA polygons (``ceasewatch.knowledge.admin``) are
projected with a plain equirectangular projection scaled by cos(latitude), which keeps shapes
true enough at a country's scale. The view is a bounding box in the query string, so zooming
and panning are links (usable by keyboard and without JavaScript).

The page is put together here (``map_view``, and its JSON twin ``map_geojson``) from the
projection and view boxes of ``mapproject``, the markers, popups and clusters of
``mapmarkers``, the frame and events in view of ``mapdata``, the outlines of ``mapoutlines``
and the zones of ``mapzones``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from ceasewatch.knowledge.countries import country_by_code
from ceasewatch.model import Agreement, ZoneVersion
from ceasewatch.serve.desk import Desk
from ceasewatch.serve.views.events import EventFilter
from ceasewatch.serve.views.mapdata import events_in_view, flagged_ids, frame_of, remembered
from ceasewatch.serve.views.mapframe import Area
from ceasewatch.serve.views.mapmarkers import (
    AdminMark,
    MapCluster,
    MapEvent,
    MapPoint,
    admin_marks,
    cluster_mark,
    counts,
    fan_out,
    marker,
    popups,
    type_class,
)
from ceasewatch.serve.views.mapoutlines import (
    OCHA_COUNTRY,
    Outline1,
    countries_in_view,
    land_in,
    main_extent,
    outlines_in,
)
from ceasewatch.serve.views.mapproject import (
    Projection,
    Shape,
    boundaries,
    country_bbox,
    fit,
    pad,
    path_data,
    scaled,
    shaped,
    shifted,
)
from ceasewatch.serve.views.mapzones import ZoneNote, zone_geometry, zone_on, zones_for
from ceasewatch.store.base import BBox, PlacedEvent  # BBox: west, south, east, north

# Other areas offered as links at most (the biggest).
ALSO_AREAS = 8


class MapZone(Shape):
    agreement_id: str
    valid_from: dt.date
    valid_to: dt.date | None


class MapArea(BaseModel):
    """Matching events in an area the view does not frame: a link that frames it."""

    name: str  # its most frequent country, else its position
    count: int
    bbox: BBox  # the view framing it


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
        marker(e, proj, zones, frame.day, km.get(e.id)).model_copy(
            update={"outside_country": e.id in flagged}
        )
        for e in visible
    ]
    markers, points = popups(desk, fan_out(shown))
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
                marker(e, proj, zones, frame.day, None).model_copy(
                    update={"outside_country": e.id in flagged}
                )
                for e in frame.outliers
            ],
        ),
        far=frame.far,
        also=[_also(a) for a in frame.also[:ALSO_AREAS]],
        also_more=(len(frame.also[ALSO_AREAS:]), sum(a.n for a in frame.also[ALSO_AREAS:])),
        clusters=[cluster_mark(c, proj) for c in cells],
        in_view=count,
        points=points,
        land=list(land_in(proj.bbox, proj.width, proj.height, desk.settings.map_tolerance)),
        outlines=list(
            outlines_in(
                proj.bbox, proj.width, proj.height, tuple(outlined), desk.settings.map_tolerance
            )
        ),
        admin1=[m for m in admin_marks(proj) if m.code.split(".")[0] not in outlined],
        partial_zones=partial,
        window=frame.window,
        as_of=frame.day,
        zoom_in=scaled(view, 0.5),
        zoom_out=scaled(view, 2.0),
        pan={
            "north": shifted(view, 0, 0.4),
            "south": shifted(view, 0, -0.4),
            "west": shifted(view, -0.4, 0),
            "east": shifted(view, 0.4, 0),
        },
        country=shaped(pad(whole[1], 0.03)) if whole else country,
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
    return MapArea(name=name, count=area.n, bbox=scaled(pad(area.bbox, 0.15), 1.0))


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
        item = marker(event, full, zones, frame.day, km.get(event.id))
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
        found: dict[str, Any] = {"kind": "cluster", **cell._asdict()}
        del found["gx"], found["gy"]
        found["first"] = cell.first.isoformat() if cell.first else None
        found["last"] = cell.last.isoformat() if cell.last else None
        features.append({"type": "Feature", "geometry": point, "properties": found})
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
