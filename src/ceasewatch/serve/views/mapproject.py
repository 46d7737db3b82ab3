"""The offline map's geometry: the projection, the admin outlines in view, and the boxes a view
is framed, zoomed and panned to (``mapview`` draws with them).

A plain equirectangular projection scaled by cos(latitude) keeps shapes true enough at a
country's scale; every view is grown to one landscape shape (``shaped``).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import shapely
from pydantic import BaseModel
from shapely.geometry.base import BaseGeometry

from ceasewatch.knowledge.admin import AdminUnit, load_admin_areas
from ceasewatch.store.base import BBox  # west, south, east, north

KM_PER_DEGREE = 111.32
# Views narrower than these spans (degrees of longitude) also draw districts / sub-districts.
DISTRICT_SPAN, SUBDISTRICT_SPAN = 3.0, 1.2
# Smallest view: about 20 km across, below which the 1 km outline simplification shows.
MIN_SPAN = 0.2
# Width / height of every view once projected: a laptop screen's landscape shape, so a tall
# zone does not give a tall narrow map scaled down to unreadable labels.
ASPECT = 4 / 3


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


def path_data(geom: BaseGeometry, proj: Projection) -> str:
    """SVG path data of ``geom`` in view coordinates ("M x y L x y ... Z" per ring), as
    ``Projection.xy`` rounds each point, projected a ring at a time with numpy."""
    parts = []
    polygons = getattr(geom, "geoms", [geom])
    for polygon in polygons:
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            xs, ys = _projected(np.asarray(ring.coords)[:, :2], proj)
            parts.append("M" + " L".join(map("{} {}".format, xs, ys)) + " Z")
    return " ".join(parts)


def _projected(lonlat: np.ndarray, proj: Projection) -> tuple[list[float], list[float]]:
    """``Projection.xy`` of every (longitude, latitude) row at once, as Python floats."""
    west, south, east, north = proj.bbox
    x = (lonlat[:, 0] - west) / (east - west) * proj.width
    y = (north - lonlat[:, 1]) / (north - south) * proj.height
    return _round1(x), _round1(y)


def _round1(values: np.ndarray) -> list[float]:
    """``round(v, 1)`` of each value, byte for byte: numpy's rounding (x * 10, to the nearest
    even) can differ from Python's exact decimal rounding only next to a tie, so the values
    near one are rounded by Python."""
    tenths = values * 10.0
    out: list[float] = (np.rint(tenths) / 10.0).tolist()
    near = np.flatnonzero(np.abs(tenths - np.floor(tenths) - 0.5) < 1e-6)
    for i in near.tolist():
        out[i] = round(float(values[i]), 1)
    return out


@lru_cache(maxsize=512)
def _simplified(pcode: str, tolerance: float) -> BaseGeometry:
    return load_admin_areas().geometry(pcode).simplify(tolerance)


@lru_cache(maxsize=1)
def country_bbox() -> BBox:
    """The shipped outlines' extent (computed once: the union takes ~0.1 s)."""
    areas = load_admin_areas()
    top = [areas.geometry(u.pcode) for u in areas.units.values() if u.level == 1]
    west, south, east, north = shapely.union_all(top).bounds
    return pad((west, south, east, north), 0.03)


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
    units, boxes = _unit_index()
    # a simplified shape keeps a subset of its vertices, so it lies within its original's
    # bounds: a unit whose bounds miss the view is neither simplified nor tested
    meets = (boxes[:, 0] <= east) & (boxes[:, 2] >= west) & (boxes[:, 1] <= north)
    meets &= boxes[:, 3] >= south
    shapes = []
    for i in np.flatnonzero(meets).tolist():
        unit = units[i]
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


@lru_cache(maxsize=1)
def _unit_index() -> tuple[tuple[AdminUnit, ...], np.ndarray]:
    """The admin units in drawing order (finest level first) and their shapes' bounds."""
    areas = load_admin_areas()
    units = tuple(sorted(areas.units.values(), key=lambda u: (-u.level, u.pcode)))
    bounds = [areas.geometry(u.pcode).bounds for u in units]
    return units, np.array(bounds, dtype=float).reshape(-1, 4)


def pad(bbox: BBox, share: float) -> BBox:
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


def scaled(bbox: BBox, factor: float) -> BBox:
    west, south, east, north = bbox
    cx, cy = (west + east) / 2, (south + north) / 2
    hx = max((east - west) * factor, MIN_SPAN) / 2
    hy = max((north - south) * factor, MIN_SPAN * (north - south) / (east - west)) / 2
    return (round(cx - hx, 4), round(cy - hy, 4), round(cx + hx, 4), round(cy + hy, 4))


def shifted(bbox: BBox, dx: float, dy: float) -> BBox:
    west, south, east, north = bbox
    mx, my = (east - west) * dx, (north - south) * dy
    return (round(west + mx, 4), round(south + my, 4), round(east + mx, 4), round(north + my, 4))


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
    return scaled(pad((west, south, east, north), 0.15), 1.0)


__all__ = [
    "ASPECT",
    "BBox",
    "Projection",
    "Shape",
    "boundaries",
    "country_bbox",
    "fit",
    "pad",
    "path_data",
    "scaled",
    "shaped",
    "shifted",
]
