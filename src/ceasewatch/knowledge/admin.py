"""Syrian administrative areas (OCHA): governorates, districts, sub-districts as polygons.

The shipped copy (``data/gazetteer/syria_admin3.geojson``, built by scripts/build_gazetteer.py)
holds the 272 sub-districts only, simplified as one coverage; a district or governorate is the
union of its sub-districts, so the three levels nest exactly and ``locate`` needs one
point-in-polygon test. Attribution: OCHA Syria common operational datasets (see LICENCE.md).

    areas = load_admin_areas()
    areas.locate(35.74, 37.04)          # AdminMatch: Idleb > Idleb > Abul Thohur
    areas.find("Idlib")                 # [AdminUnit SY07]
    areas.union(["SY0702", "SY070001"]) # a zone outline from PCODEs
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from ceasewatch.errors import KnowledgeError, NotFoundError
from ceasewatch.knowledge.gazetteer import DATA_DIR, name_key, skeleton_key
from ceasewatch.memo import Memo
from ceasewatch.model import Place

LEVEL_NAMES = {1: "governorate", 2: "district", 3: "sub-district"}
COUNTRY = "SY"
# Mean kilometres per degree of latitude; longitude degrees shrink with cos(latitude).
KM_PER_DEGREE = 111.32
# ``AdminAreas.enclosing``: a ring of about 3 km, of which this share must lie in one other
# unit (the simplified polygons leave slivers along shared borders).
RING_DEGREES, ENCLOSED = 0.03, 0.9


@dataclass(frozen=True)
class AdminUnit:
    """One OCHA admin unit; ``latitude``/``longitude`` is a point inside it."""

    pcode: str
    level: int  # 1 governorate, 2 district, 3 sub-district
    name: str  # OCHA English name
    name_ar: str
    parent: str | None
    alt_names: tuple[str, ...]
    latitude: float
    longitude: float
    radius_km: float  # radius of a circle of the same area: the uncertainty of "somewhere in it"

    @property
    def kind(self) -> str:
        return LEVEL_NAMES[self.level]

    def as_place(self) -> Place:
        return Place(
            id=f"ocha:{self.pcode}",
            name=self.name,
            alternate_names=(self.name_ar, *self.alt_names),
            latitude=self.latitude,
            longitude=self.longitude,
            feature_class="A",
            feature_code=f"ADM{self.level}",
            country=COUNTRY,
        )


@dataclass(frozen=True)
class AdminMatch:
    """The governorate, district and sub-district a point falls in."""

    admin1: AdminUnit
    admin2: AdminUnit
    admin3: AdminUnit


@dataclass(frozen=True)
class Neighbourhood:
    """An urban neighbourhood (OCHA), as a point."""

    pcode: str
    name: str
    name_ar: str
    latitude: float
    longitude: float
    admin3: str  # PCODE of the sub-district
    city: str


# Points whose units an AdminAreas remembers before it starts again.
LOCATED_CACHE_SIZE = 50_000


@dataclass
class AdminAreas:
    """All units with their polygons; build with ``load_admin_areas()`` (cached)."""

    units: dict[str, AdminUnit]
    geometries: dict[str, BaseGeometry] = field(repr=False)
    _by_key: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _by_skeleton: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # the same towns' points recur from article to article
    _located: Memo[tuple[float, float], AdminMatch | None] = field(
        default_factory=lambda: Memo(LOCATED_CACHE_SIZE), repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for unit in self.units.values():
            for name in {unit.name, unit.name_ar, *unit.alt_names}:
                _add_unique(self._by_key, name_key(name), unit.pcode)
                _add_unique(self._by_skeleton, skeleton_key(name), unit.pcode)

    @cached_property
    def _tree(self) -> tuple[STRtree, list[str]]:
        pcodes = sorted(p for p, u in self.units.items() if u.level == 3)
        return STRtree([self.geometries[p] for p in pcodes]), pcodes

    def locate(self, latitude: float, longitude: float) -> AdminMatch | None:
        """The admin units containing the point, or None outside Syria."""
        return self._located.answer(
            (latitude, longitude), lambda: self._locate(latitude, longitude)
        )

    def _locate(self, latitude: float, longitude: float) -> AdminMatch | None:
        tree, pcodes = self._tree
        hits = tree.query(shapely.Point(longitude, latitude), predicate="intersects")
        if len(hits) == 0:
            return None
        admin3 = self.units[pcodes[int(min(hits))]]
        admin2 = self.units[admin3.parent or ""]
        return AdminMatch(admin1=self.units[admin2.parent or ""], admin2=admin2, admin3=admin3)

    def geometry(self, pcode: str) -> BaseGeometry:
        """Polygon of a unit at any level (districts and governorates are unions)."""
        self.get(pcode)
        return self.geometries[pcode]

    def union(self, pcodes: Iterable[str]) -> BaseGeometry:
        """One outline from several units of any levels, e.g. a zone listed by PCODEs."""
        return shapely.union_all([self.geometry(p) for p in pcodes])

    def children(self, pcode: str) -> list[AdminUnit]:
        return [u for u in self.units.values() if u.parent == pcode]

    def find(self, name: str, level: int | None = None, *, exact: bool = False) -> list[AdminUnit]:
        """Units named ``name`` in any spelling; exact key matches before skeleton matches
        (``exact``: key matches only).

        Within each group, governorates come first: "Idlib" is the governorate before the
        district and sub-district of the same name.
        """
        keyed = self._by_key.get(name_key(name), [])
        skeleton = [] if exact else self._by_skeleton.get(skeleton_key(name), [])
        loose = [p for p in skeleton if p not in keyed]
        found = []
        for group in (keyed, loose):
            units = [self.units[p] for p in group]
            found.extend(sorted(units, key=lambda u: (u.level, u.pcode)))
        return [u for u in found if level is None or u.level == level]

    def enclosing(self, level: int = 1) -> dict[str, str]:
        """Unit -> the unit of its level that surrounds it on every side (pcodes): Damascus
        governorate lies inside Rural Damascus, so a report's "Damascus" and another's
        "Ghouta" or "Damascus countryside" may tell one attack. Found from the polygons: at
        least ``ENCLOSED`` of a 3 km ring around the unit lies in the other."""
        units = [p for p, u in self.units.items() if u.level == level]
        found = {}
        for pcode in units:
            geom = self.geometries[pcode]
            ring = geom.buffer(RING_DEGREES).difference(geom)
            for other in units:
                inside = ring.intersection(self.geometries[other]).area
                if other != pcode and inside >= ENCLOSED * ring.area:
                    found[pcode] = other
        return found

    def get(self, pcode: str) -> AdminUnit:
        try:
            return self.units[pcode]
        except KeyError:
            raise NotFoundError(f"no admin unit with PCODE {pcode!r}") from None


def _add_unique(index: dict[str, list[str]], key: str, pcode: str) -> None:
    bucket = index.setdefault(key, [])
    if key and pcode not in bucket:
        bucket.append(pcode)


def _read_tsv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _read_polygons() -> dict[str, BaseGeometry]:
    path = DATA_DIR / "syria_admin3.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["pcode"]: shape(f["geometry"]) for f in data["features"]}


def _radius_km(geom: BaseGeometry) -> float:
    lat = geom.centroid.y
    km2 = geom.area * KM_PER_DEGREE**2 * math.cos(math.radians(lat))
    return round(math.sqrt(km2 / math.pi), 1)


def _aliases() -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = {}
    for row in _read_tsv("syria_admin_aliases.tsv"):
        aliases.setdefault(row["pcode"], []).append(row["alias"])
    return aliases


def _build_unit(row: dict[str, str], geom: BaseGeometry, aliases: Sequence[str]) -> AdminUnit:
    point = geom.representative_point()
    alt = [row["name_en_ref"], row["name_ar_ref"], *aliases]
    return AdminUnit(
        pcode=row["pcode"],
        level=int(row["level"]),
        name=row["name_en"],
        name_ar=row["name_ar"],
        parent=row["parent"] or None,
        alt_names=tuple(
            dict.fromkeys(a for a in alt if a and a not in (row["name_en"], row["name_ar"]))
        ),
        latitude=round(point.y, 5),
        longitude=round(point.x, 5),
        radius_km=_radius_km(geom),
    )


def _level_geometries(rows: list[dict[str, str]]) -> dict[str, BaseGeometry]:
    """Sub-district polygons, then districts and governorates as unions of their children."""
    geoms = _read_polygons()
    missing = [r["pcode"] for r in rows if r["level"] == "3" and r["pcode"] not in geoms]
    if missing:
        raise KnowledgeError("syria_admin3.geojson", [f"no polygon for {p}" for p in missing])
    for level in (2, 1):
        parents = {r["pcode"]: r["parent"] for r in rows if r["level"] == str(level + 1)}
        for row in (r for r in rows if r["level"] == str(level)):
            parts = [geoms[child] for child, parent in parents.items() if parent == row["pcode"]]
            if not parts:
                raise KnowledgeError("syria_admin_units.tsv", [f"{row['pcode']}: no sub-units"])
            geoms[row["pcode"]] = shapely.union_all(parts)
    for geom in geoms.values():
        shapely.prepare(geom)
    return geoms


def read_neighbourhoods() -> list[Neighbourhood]:
    """The 414 OCHA city neighbourhoods (Aleppo, Damascus, Homs...)."""
    return [
        Neighbourhood(
            pcode=r["pcode"],
            name=r["name_en"].replace("_", ","),
            name_ar=r["name_ar"].replace("_", "،"),
            latitude=float(r["latitude"]),
            longitude=float(r["longitude"]),
            admin3=r["admin3"],
            city=r["city"],
        )
        for r in _read_tsv("syria_neighbourhoods.tsv")
    ]


@cache
def load_admin_areas() -> AdminAreas:
    """The shipped OCHA units and polygons (built once per process)."""
    rows = _read_tsv("syria_admin_units.tsv")
    aliases = _aliases()
    geoms = _level_geometries(rows)
    units = {
        r["pcode"]: _build_unit(r, geoms[r["pcode"]], aliases.get(r["pcode"], ())) for r in rows
    }
    return AdminAreas(units=units, geometries=geoms)


__all__ = [
    "AdminAreas",
    "AdminMatch",
    "AdminUnit",
    "Neighbourhood",
    "load_admin_areas",
    "read_neighbourhoods",
]
