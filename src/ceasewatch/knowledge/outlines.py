"""First-level admin outlines of every country (Natural Earth admin-1, simplified), for the map.

The shipped file ``gazetteer/world_admin1_outlines.tsv.gz`` is written by
``scripts/build_outlines.py``; this module holds its format (writer and reader side by side, so
they cannot drift apart). One line per unit, tab-separated: its key (the GeoNames admin1 code,
"MX.16", when the unit joins our gazetteer's ``world_admin1.tsv``, else "NE:" and Natural
Earth's own code), ISO alpha-2 country, name, and its polygons as JSON: rings of coordinates
quantised to 1/QUANTUM degree, each ring's first point absolute and the others as differences
(small integers compress well). Only the countries a map shows are decoded (a line's polygons
are parsed when its country is first asked for). Syria's units are drawn from OCHA's finer
polygons instead (``knowledge.admin``); these are the rest of the world's.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"
OUTLINES_FILE = "world_admin1_outlines.tsv.gz"
# Same format: one line per country (key: its ISO alpha-2), the union of its admin1 outlines.
COUNTRIES_FILE = "world_countries.tsv.gz"
# Coordinates are kept to 1/QUANTUM degree (~110 m), finer than the simplification.
QUANTUM = 1000

BBox = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Outline:
    key: str  # "MX.16" (GeoNames admin1 code) or "NE:MEX-2714" (no gazetteer match)
    country: str  # ISO 3166-1 alpha-2
    name: str
    geometry: BaseGeometry

    @property
    def joined(self) -> bool:
        """Whether ``key`` is a unit of the world gazetteer (its admin1 code)."""
        return not self.key.startswith("NE:")


def _ring_codes(coords: Iterable[tuple[float, ...]]) -> list[int]:
    flat: list[int] = []
    last_x = last_y = 0
    for lon, lat, *_ in coords:
        x, y = round(lon * QUANTUM), round(lat * QUANTUM)
        if flat and (x, y) == (last_x, last_y):
            continue  # quantising merged two points
        flat += [x - last_x, y - last_y]
        last_x, last_y = x, y
    return flat


def encode(outline: Outline) -> str:
    """One line of the shipped file."""
    polygons = getattr(outline.geometry, "geoms", [outline.geometry])
    rings = [
        [_ring_codes(ring.coords) for ring in (poly.exterior, *poly.interiors)]
        for poly in polygons
        if poly.geom_type == "Polygon" and not poly.is_empty
    ]
    name = " ".join(outline.name.split())  # no tab or newline inside a field
    return "\t".join([outline.key, outline.country, name, json.dumps(rings, separators=(",", ":"))])


def decode(line: str) -> Outline:
    """One line back to an outline, vectorised: every ring's differences summed in one pass
    (ten times faster than a Polygon built ring by ring; the world's land is 350k points)."""
    key, country, name, data = line.rstrip("\n").split("\t")
    found = _coordinates(data)
    if found is None:
        return Outline(key, country, name, Polygon())
    coords, sizes, owners = found
    ring_geoms = shapely.linearrings(coords, indices=np.repeat(np.arange(len(sizes)), sizes))
    _, poly_index = np.unique(owners, return_inverse=True)
    polygons = shapely.polygons(ring_geoms, indices=poly_index.ravel())
    geometry = polygons[0] if len(polygons) == 1 else MultiPolygon(list(polygons))
    return Outline(key, country, name, geometry)


def _coordinates(data: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A line's polygons as (every kept ring's points, each ring's size, each ring's polygon),
    None when no ring is kept."""
    split = _split_rings(data)
    if split is None:  # not the writer's plain shape: the JSON parser reads it
        # rings of under three points are dropped, and a polygon whose shell is one of them
        polys = [poly for poly in json.loads(data) if poly and len(poly[0]) >= 6]
        rings = [(p, ring) for p, poly in enumerate(polys) for ring in poly if len(ring) >= 6]
        if not rings:
            return None
        sizes = np.array([len(ring) // 2 for _, ring in rings])
        flat = np.fromiter(
            (c for _, ring in rings for c in ring), dtype=np.int64, count=2 * int(sizes.sum())
        )
        owners = np.array([p for p, _ in rings])
    else:
        if not split[0]:
            return None
        owners, texts, counts = np.array(split[0]), split[1], split[2]
        sizes = np.array(counts) // 2
        flat = np.fromstring(",".join(texts), dtype=np.int64, sep=",")
    return _summed(flat.reshape(-1, 2), sizes), sizes, owners


def _split_rings(data: str) -> tuple[list[int], list[str], list[int]] | None:
    """The kept rings of the writer's JSON (``[[[x,y,dx,dy,...],[...]],[[...]]]``) as text,
    without parsing it: (each ring's polygon, its numbers' text, how many numbers), the rings
    of under three points dropped and a polygon whose shell is one of them (as the parser's
    path does); None when the text is not of that plain shape."""
    if not (data.startswith("[[[") and data.endswith("]]]")) or "[]" in data or " " in data:
        return None
    owners: list[int] = []
    texts: list[str] = []
    counts: list[int] = []
    for p, poly in enumerate(data[3:-3].split("]],[[")):
        rings = poly.split("],[")
        if rings[0].count(",") + 1 < 6:
            continue
        for ring in rings:
            n = ring.count(",") + 1
            if n >= 6:
                owners.append(p)
                texts.append(ring)
                counts.append(n)
    if any(n % 2 for n in counts):
        return None
    return owners, texts, counts


def _summed(steps: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Each ring's points from its first point and the differences after it."""
    totals = np.cumsum(steps, axis=0)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    # each ring's first point is absolute: take away what the rings before it summed to
    before = np.where(starts[:, None] > 0, totals[np.maximum(starts - 1, 0)], 0)
    coords: np.ndarray = (totals - np.repeat(before, sizes, axis=0)) / QUANTUM
    return coords


def bounds_of(line: str) -> tuple[float, float, float, float]:
    """The bounds of ``decode(line)``'s geometry (NaN when empty), without building it."""
    found = _coordinates(line.rstrip("\n").split("\t")[3])
    if found is None:
        return (math.nan, math.nan, math.nan, math.nan)
    low, high = found[0].min(axis=0), found[0].max(axis=0)
    return (float(low[0]), float(low[1]), float(high[0]), float(high[1]))


def write_outlines(path: Path, outlines: Iterable[Outline], header: list[str]) -> None:
    """Write ``outlines`` (gzip, reproducible: no timestamp), after ``header`` lines ("# ...")."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        for line in header:
            handle.write(f"# {line}\n".encode())
        for outline in outlines:
            handle.write((encode(outline) + "\n").encode())


def _lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        yield from (line for line in handle if line.strip() and not line.startswith("#"))


def read_outlines(path: Path) -> Iterator[Outline]:
    yield from map(decode, _lines(path))


@cache
def _lines_by_country() -> dict[str, tuple[str, ...]]:
    """Country -> its undecoded lines (reading the file whole takes ~0.2 s)."""
    path = DATA_DIR / OUTLINES_FILE
    grouped: dict[str, list[str]] = {}
    for line in _lines(path) if path.exists() else ():
        grouped.setdefault(line.split("\t", 2)[1], []).append(line)
    return {country: tuple(lines) for country, lines in grouped.items()}


def shipped_countries() -> frozenset[str]:
    return frozenset(_lines_by_country())


@cache
def country_outlines(alpha2: str) -> tuple[Outline, ...]:
    """The admin1 outlines of one country (none when not shipped), decoded on first use."""
    return tuple(country_unit(alpha2, i) for i in range(len(country_units(alpha2))))


@cache
def country_units(alpha2: str) -> tuple[tuple[str, str], ...]:
    """(key, name) of each of a country's units (``country_outlines``' order), none decoded."""
    return tuple(
        (key, name)
        for key, _, name, _ in (line.rstrip("\n").split("\t") for line in _country(alpha2))
    )


@cache
def country_unit_bounds(alpha2: str) -> np.ndarray:
    """The bounds (west, south, east, north rows) of each of a country's units, without
    building their shapes: a view decodes only the units meeting it (``country_unit``)."""
    return np.array([bounds_of(line) for line in _country(alpha2)], dtype=float).reshape(-1, 4)


@cache
def country_unit(alpha2: str, index: int) -> Outline:
    """One unit of a country (``country_outlines``' order), decoded on first use."""
    return decode(_country(alpha2)[index])


def _country(alpha2: str) -> tuple[str, ...]:
    return _lines_by_country().get(alpha2.upper(), ())


@cache
def world_countries() -> tuple[Outline, ...]:
    """Every shipped country's outline (all decoded at once: a world view draws them all)."""
    path = DATA_DIR / COUNTRIES_FILE
    return tuple(read_outlines(path)) if path.exists() else ()


# A point this near a country's outline (degrees, ~5 km) lies in the country: the outlines are
# simplified, and a harbour town's point can fall just off the simplified coast or across a
# smoothed-away inlet (places43: Gwadar, on its peninsula, is a point of Pakistan that the
# unit-point radius ``world.country_point`` misses, as it misses 10 % of every unit's towns by
# construction).
COAST_TOLERANCE_DEG = 0.05


def in_country_outline(
    alpha2: str, latitude: float, longitude: float, tolerance: float = COAST_TOLERANCE_DEG
) -> bool | None:
    """Does the point lie in the country's shipped outline (within ``tolerance`` degrees)?
    None when no outline of the country is shipped."""
    shape = country_outline(alpha2)
    if shape is None:
        return None
    return bool(shape.geometry.dwithin(shapely.Point(longitude, latitude), tolerance))


@cache
def country_outline(alpha2: str) -> Outline | None:
    """One country's outline from ``world_countries``' file, decoded on first use (the same
    line, so the same shape ``world_countries`` gives), None when not shipped. The file is
    scanned for the one line (~15 ms) rather than held: a point test of a country or two need
    not keep the world's lines (~17 MB) or decode them all (~30 MB)."""
    path = DATA_DIR / COUNTRIES_FILE
    code = alpha2.upper()
    for line in _lines(path) if path.exists() else ():
        if line.split("\t", 1)[0] == code:
            return decode(line)
    return None


# Parts of a country farther than this (degrees) from its biggest part do not frame it:
# France's overseas regions, the Aleutians across the date line.
NEAR_MAINLAND = 10.0


@cache
def country_extent(alpha2: str) -> BBox | None:
    """The extent of a country's main territory, None when no outline is shipped: from the
    square of NEAR_MAINLAND degrees holding most of its area, grown by every part within
    NEAR_MAINLAND of it until none is added (on part envelopes: no costly union). Computed on
    the country's outline in ``world_countries`` (the map decodes them all for its land
    anyway) rather than on its admin1 units: the same extent for every shipped country
    (``test_map_outlines.py``), without decoding the world's 4,000 units (seconds, on a
    fresh process's first map with clusters)."""
    if alpha2.upper() not in _lines_by_country():
        return None
    shape = _world_by_code().get(alpha2.upper())
    return main_territory(
        [shape.geometry] if shape else [u.geometry for u in country_outlines(alpha2)]
    )


@cache
def _world_by_code() -> dict[str, Outline]:
    return {o.key: o for o in world_countries()}


def main_territory(geometries: list[BaseGeometry]) -> BBox | None:
    """The extent of the main territory of a country drawn by ``geometries`` (see
    ``country_extent``)."""
    if not geometries:
        return None
    parts = shapely.get_parts(geometries)
    boxes, areas = shapely.bounds(parts), shapely.area(parts)
    cells = np.floor(boxes[:, :2] / NEAR_MAINLAND)
    _, cell_of = np.unique(cells, axis=0, return_inverse=True)
    heaviest = np.argmax(np.bincount(cell_of.ravel(), weights=areas))
    kept = cell_of.ravel() == heaviest
    while True:
        west, south = boxes[kept, 0].min(), boxes[kept, 1].min()
        east, north = boxes[kept, 2].max(), boxes[kept, 3].max()
        near = (
            (boxes[:, 2] >= west - NEAR_MAINLAND) & (boxes[:, 0] <= east + NEAR_MAINLAND)
            & (boxes[:, 3] >= south - NEAR_MAINLAND) & (boxes[:, 1] <= north + NEAR_MAINLAND)
        )  # fmt: skip
        if (near == kept).all():
            return (float(west), float(south), float(east), float(north))
        kept = near


__all__ = [
    "COAST_TOLERANCE_DEG",
    "COUNTRIES_FILE",
    "OUTLINES_FILE",
    "QUANTUM",
    "Outline",
    "bounds_of",
    "country_extent",
    "country_outlines",
    "country_unit",
    "country_unit_bounds",
    "country_units",
    "decode",
    "encode",
    "in_country_outline",
    "main_territory",
    "read_outlines",
    "shipped_countries",
    "world_countries",
    "write_outlines",
]
