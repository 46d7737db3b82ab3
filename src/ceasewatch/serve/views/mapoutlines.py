"""Admin1 outlines of the countries in view, for every country but Syria (drawn from OCHA's finer
polygons): Natural Earth's, shipped by ``knowledge.outlines``.

Only the countries holding the events in view are drawn (a world view of every country's 4,000
units would weigh as much as the rest of the page many times over), at most MAX_COUNTRIES of
them, and of those only the units meeting the view, simplified to what a pixel shows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import numpy as np
import shapely
from pydantic import BaseModel
from shapely.geometry.base import BaseGeometry

from ceasewatch.knowledge.countries import country_by_code, country_named
from ceasewatch.knowledge.outlines import (
    country_extent,
    country_unit,
    country_unit_bounds,
    country_units,
    shipped_countries,
    world_countries,
)
from ceasewatch.store.base import BBox

# Countries whose outlines are drawn at most (those holding the most events in view first).
MAX_COUNTRIES = 8
# Drawn from OCHA's polygons (``mapproject.boundaries``), finer than Natural Earth's.
OCHA_COUNTRY = "SY"
# Width of a label's character in view units (the map's 12 px labels): a unit narrower than its
# name is left unlabelled, so small states do not pile their names on each other.
LABEL_CHAR = 6.5
# Simplification in pixels: finer than a pixel is not seen.
PIXEL_SHARE = 1.0


class Outline1(BaseModel):
    """One admin1 unit as drawn: SVG path in view units and where its name goes."""

    key: str  # GeoNames admin1 code ("MX.16"), or "NE:..." when the gazetteer lacks it
    country: str  # ISO alpha-2
    name: str
    path: str
    label_x: float
    label_y: float
    labelled: bool  # wide enough in this view to carry its name


@cache
def _alpha2(country: str) -> str | None:
    """An events table country (a name, "Sudan") as ISO alpha-2."""
    if len(country) == 2 and country.isupper() and country_by_code(country) is not None:
        return country
    found = country_named(country)
    return found.alpha2 if found is not None else None


@cache
def _extents() -> tuple[tuple[str, ...], np.ndarray]:
    """Every shipped country and its main territory's extent, for points of unknown country."""
    codes = tuple(sorted(shipped_countries()))
    boxes = [country_extent(c) or (0.0, 0.0, 0.0, 0.0) for c in codes]
    return codes, np.array(boxes, dtype=float).reshape(-1, 4)


def countries_at(points: Iterable[tuple[float, float, int]]) -> Counter[str]:
    """Countries whose extent holds each (longitude, latitude, weight): a grid cell of events
    has no country of its own, so every country around it counts."""
    codes, boxes = _extents()
    found: Counter[str] = Counter()
    listed = list(points)
    if not listed:
        return found
    where = np.array(listed, dtype=float).reshape(-1, 3)
    lon, lat = where[:, 0:1], where[:, 1:2]  # one row per point, against every country at once
    inside = (boxes[:, 0] <= lon) & (lon <= boxes[:, 2]) & (boxes[:, 1] <= lat)
    inside &= lat <= boxes[:, 3]
    for point, country in zip(*np.nonzero(inside), strict=True):
        found[codes[country]] += listed[point][2]
    return found


def countries_in_view(
    named: Iterable[str], unnamed: Iterable[tuple[float, float, int]]
) -> list[str]:
    """The countries to outline: those ``named`` by the drawn events (their country column), and
    those around ``unnamed`` points (grid cells, events without a country), most events first."""
    weights = Counter(c for c in map(_alpha2, named) if c is not None)
    weights.update(countries_at(unnamed))
    ranked = sorted(weights, key=lambda c: (-weights[c], c))
    return [c for c in ranked if c in shipped_countries()][:MAX_COUNTRIES]


def tolerance_for(bbox: BBox, width: int, finest: float) -> float:
    """Simplification for a view: ``finest`` doubled until it nears PIXEL_SHARE of a pixel (few
    steps, so a handful of cached simplifications serve every view)."""
    per_pixel = (bbox[2] - bbox[0]) / width * PIXEL_SHARE
    steps = max(0, math.floor(math.log2(max(per_pixel, finest) / finest)))
    return round(finest * 2.0**steps, 6)


def _unit_boxes(country: str) -> np.ndarray:
    """The bounds of each of a country's units (``country_outlines``' order), none decoded."""
    return country_unit_bounds(country)


@lru_cache(maxsize=16384)
def _unit_simplified(country: str, index: int, tolerance: float) -> BaseGeometry:
    """One unit simplified at one tolerance step (each unit alone: at a pixel's tolerance a gap
    between neighbours stays under a pixel), the first time a view meets it (and decoded then):
    a view of Ukraine decodes and simplifies Russia's units near the border, not all Russia."""
    return shapely.simplify(country_unit(country, index).geometry, tolerance,
                            preserve_topology=True)  # fmt: skip


def _meeting(boxes: np.ndarray, frame: BBox) -> np.ndarray:
    """Indices of the ``boxes`` (west, south, east, north rows) meeting ``frame`` (edges
    included). A simplified shape keeps a subset of its vertices, so it lies within its
    original's bounds: a unit whose bounds miss the frame cannot meet it simplified either."""
    west, south, east, north = frame
    return np.flatnonzero(
        (boxes[:, 0] <= east) & (boxes[:, 2] >= west) & (boxes[:, 1] <= north)
        & (boxes[:, 3] >= south)
    )  # fmt: skip


def _simplified_in(
    country: str, tolerance: float, frame: BBox
) -> list[tuple[str, str, BaseGeometry]]:
    """(key, name, simplified shape) of the country's units whose bounds meet ``frame``, in
    ``country_outlines``' order, those the simplification empties left out."""
    units = country_units(country)
    found = []
    for i in _meeting(_unit_boxes(country), frame):
        geom = _unit_simplified(country, int(i), tolerance)
        if not geom.is_empty:
            found.append((units[i][0], units[i][1], geom))
    return found


@cache
def _label_point(key: str, country: str) -> tuple[float, float]:
    index = next(i for i, (k, _) in enumerate(country_units(country)) if k == key)
    point = country_unit(country, index).geometry.representative_point()
    return point.x, point.y


def _path(geom: BaseGeometry, bbox: BBox, width: int, height: int) -> str:
    """SVG path data of ``geom`` projected into the view (as ``mapproject.Projection.xy``, on
    whole rings at once), to whole view units (a pixel of the drawn map) and each point relative
    to the one before ("l dx dy ..."): a third of absolute decimal coordinates' bytes."""
    west, south, east, north = bbox
    parts = []
    for polygon in shapely.get_parts(geom):
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            lonlat = np.asarray(ring.coords)[:, :2]
            xy = np.column_stack((
                np.round((lonlat[:, 0] - west) / (east - west) * width),
                np.round((north - lonlat[:, 1]) / (north - south) * height),
            )).astype(np.int64)  # fmt: skip
            steps = np.diff(xy, axis=0)
            steps = steps[(steps != 0).any(axis=1)]  # points merged by the rounding
            if len(steps) < 2:
                continue  # smaller than a pixel
            # "dx dy dx dy ...": Python ints joined at once (numpy scalars one by one cost
            # ten times more)
            moves = " ".join(map(str, steps[:-1].ravel().tolist()))
            parts.append(f"M{xy[0, 0]} {xy[0, 1]}l{moves}z")
    return "".join(parts)


@lru_cache(maxsize=32)
def outlines_in(
    bbox: BBox, width: int, height: int, countries: tuple[str, ...], finest: float
) -> tuple[Outline1, ...]:
    """The admin1 units of ``countries`` meeting the view, clipped to it (a margin keeps cut
    edges off the picture) and projected."""
    west, south, east, north = bbox
    mx, my = (east - west) * 0.05, (north - south) * 0.05
    frame = (west - mx, south - my, east + mx, north + my)
    view = shapely.box(*frame)
    tolerance = tolerance_for(bbox, width, finest)
    shapes = []
    for country in countries:
        if country == OCHA_COUNTRY:
            continue
        for key, name, geom in _simplified_in(country, tolerance, frame):
            if geom.intersects(view):
                path = _path(shapely.clip_by_rect(geom, *frame), bbox, width, height)
                if path:
                    shapes.append(_outline(key, country, name, geom, path, bbox, width, height))
    return tuple(shapes)


def _outline(
    key: str, country: str, name: str, geom: BaseGeometry, path: str,
    bbox: BBox, width: int, height: int,
) -> Outline1:  # fmt: skip
    west, south, east, north = bbox
    lon, lat = _label_point(key, country)
    x = round((lon - west) / (east - west) * width, 1)
    y = round((north - lat) / (north - south) * height, 1)
    span = (geom.bounds[2] - geom.bounds[0]) / (east - west) * width
    labelled = bool(name) and span >= LABEL_CHAR * len(name)
    return Outline1(key=key, country=country, name=name, path=path, label_x=x, label_y=y,
                    labelled=labelled)  # fmt: skip


# Country outlines (the land under the events) are simplified this many times coarser than
# admin1 outlines: context, not what a reader measures.
LAND_COARSER = 2.0


@cache
def _land_index() -> tuple[tuple[str, ...], np.ndarray]:
    shapes = world_countries()
    boxes = np.array([o.geometry.bounds for o in shapes], dtype=float).reshape(-1, 4)
    return tuple(o.key for o in shapes), boxes


@lru_cache(maxsize=8192)
def _land_simplified(index: int, tolerance: float) -> BaseGeometry:
    """One country's land simplified at one tolerance step, the first time a view meets it
    (without preserving topology: 30 times faster, and a part smaller than the tolerance, an
    islet a pixel wide, simply goes)."""
    return shapely.simplify(world_countries()[index].geometry, tolerance, preserve_topology=False)


@lru_cache(maxsize=32)
def land_in(bbox: BBox, width: int, height: int, finest: float) -> tuple[tuple[str, str], ...]:
    """(alpha-2, path) of every country meeting the view: the land the map is drawn on, so a
    coast or a border never looks like open sea."""
    west, south, east, north = bbox
    codes, boxes = _land_index()
    meets = (
        (boxes[:, 0] <= east)
        & (boxes[:, 2] >= west)
        & (boxes[:, 1] <= north)
        & (boxes[:, 3] >= south)
    )
    if not meets.any():
        return ()
    tolerance = tolerance_for(bbox, width, finest) * LAND_COARSER
    mx, my = (east - west) * 0.05, (north - south) * 0.05
    out = []
    frame = (west - mx, south - my, east + mx, north + my)
    for i in np.flatnonzero(meets):
        geom = _land_simplified(int(i), tolerance)
        if geom.is_empty:
            continue  # smaller than the tolerance
        path = _path(shapely.clip_by_rect(geom, *frame), bbox, width, height)
        if path:
            out.append((codes[i], path))
    return tuple(out)


def main_extent(countries: list[str]) -> tuple[str, BBox] | None:
    """The first of ``countries`` with a shipped outline, and its main territory's extent."""
    for code in countries:
        box = country_extent(code)
        if box is not None:
            return code, box
    return None


__all__ = [
    "MAX_COUNTRIES",
    "OCHA_COUNTRY",
    "Outline1",
    "countries_at",
    "countries_in_view",
    "land_in",
    "main_extent",
    "outlines_in",
    "tolerance_for",
]
