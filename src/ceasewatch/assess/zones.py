"""Is an event inside an agreement's zone? Inside, outside, or undetermined, with the distances.

A point is never simply "in" a polygon: it stands for a place known to within a radius (the
geocoder's ``uncertainty_km``, else a default per geo_precision), and an approximated zone edge
adds its own uncertainty (``ZoneVersion.edge_km``). The event is inside only when the whole
disk is inside, outside only when the whole disk is outside; otherwise undetermined. A point in a
sub-district the zone covers only in part is undetermined too; a disk centred in the fully
covered units that reaches into such a sub-district is inside when most of it
(``core_share_min``) is in the fully covered units and none of it beyond the zone's outer limit.

Distances are measured in kilometres on a local equirectangular projection centred on the
zone, which is exact to about 1% across a zone of a few hundred kilometres.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

import shapely
from shapely.affinity import affine_transform
from shapely.geometry.base import BaseGeometry

from ceasewatch.knowledge.agreements import zone_shapes
from ceasewatch.model import Agreement, Location, ZoneVersion
from ceasewatch.settings import setting

KM_PER_DEGREE_LAT = 110.57
KM_PER_DEGREE_LON_EQUATOR = 111.32

Where = Literal["inside", "outside", "undetermined"]


@dataclass(frozen=True)
class Placement:
    where: Where
    reason: str


@dataclass(frozen=True)
class ZoneShape:
    """One zone version, projected to kilometres once."""

    version: ZoneVersion
    core: BaseGeometry | None
    partial: BaseGeometry | None
    matrix: tuple[float, float, float, float, float, float]

    def project(self, latitude: float, longitude: float) -> shapely.Point:
        a, b, d, e, xoff, yoff = self.matrix
        return shapely.Point(
            a * longitude + b * latitude + xoff, d * longitude + e * latitude + yoff
        )

    @property
    def label(self) -> str:
        v = self.version
        return f"zone version {v.valid_from}..{v.valid_to or 'open'}"


def prepare_zones(agreement: Agreement) -> list[ZoneShape]:
    """Project every zone version of the agreement (done once per agreement)."""
    shapes = []
    for version in agreement.zones:
        core, partial = zone_shapes(version)
        ref = core if core is not None else partial
        lat0 = ref.centroid.y if ref is not None else 0.0
        lon0 = ref.centroid.x if ref is not None else 0.0
        kx = KM_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(lat0))
        matrix = (kx, 0.0, 0.0, KM_PER_DEGREE_LAT, -kx * lon0, -KM_PER_DEGREE_LAT * lat0)
        shapes.append(
            ZoneShape(
                version=version,
                core=affine_transform(core, matrix) if core is not None else None,
                partial=affine_transform(partial, matrix) if partial is not None else None,
                matrix=matrix,
            )
        )
    return shapes


def zone_on(zones: list[ZoneShape], on: dt.date) -> ZoneShape | None:
    """The zone version in force on ``on`` (the latest one when versions overlap)."""
    valid = [
        z
        for z in zones
        if z.version.valid_from <= on and (z.version.valid_to is None or on <= z.version.valid_to)
    ]
    return max(valid, key=lambda z: z.version.valid_from) if valid else None


def radius_km(location: Location) -> float | None:
    """How far from its point the event may be; None when only a large area is known."""
    if location.uncertainty_km is not None:
        return location.uncertainty_km
    if location.geo_precision == 3:
        return None
    if location.geo_precision == 1:
        return setting("assess.radius_precision_1_km")
    return setting("assess.radius_precision_2_km")


def place(location: Location | None, zone: ZoneShape) -> Placement:
    """Where the event's location stands relative to one zone version."""
    if location is None or location.latitude is None or location.longitude is None:
        why = location.reason if location is not None and location.reason else "not geocoded"
        named = f" {location.name!r}" if location is not None else ""
        return Placement("undetermined", f"no coordinates for the place{named} ({why})")
    if zone.core is None and zone.partial is None:
        return Placement("undetermined", f"{zone.label} has no geometry (admin polygons missing)")
    radius = radius_km(location)
    if radius is None:
        return Placement(
            "undetermined",
            f"{location.name!r} is only known as a larger area (geo_precision 3, no radius)",
        )
    reach = radius + zone.version.edge_km
    point = zone.project(location.latitude, location.longitude)
    where = f"{location.name!r} ({location.latitude:.4f}, {location.longitude:.4f}) ±{radius:g} km"
    if zone.partial is not None and zone.partial.distance(point) <= reach:
        return _near_partial(zone, point, reach, where)
    if zone.core is None:
        return Placement("outside", f"{where} is away from every part of the zone")
    return _against_core(zone.core, point, radius, zone.version.edge_km, where)


def _near_partial(zone: ZoneShape, point: shapely.Point, reach: float, where: str) -> Placement:
    """The disk touches units the zone covers only in part.

    The line runs somewhere through those units, so the part of them adjoining the fully
    covered units may well be inside. The event is inside when its disk stays within the zone's
    outer limit (full and partial units) and lies mostly (``core_share_min``) in the fully
    covered units: it is then more likely inside than not. Otherwise undetermined.
    """
    units = ", ".join(zone.version.partial_units) or "the uncertain band"
    core = zone.core
    partial = zone.partial
    if core is None or partial is None or not core.contains(point):
        return Placement(
            "undetermined", f"{where} is in units the zone covers only in part ({units})"
        )
    disk = point.buffer(reach, quad_segs=16)
    beyond = disk.difference(core.union(partial)).area / disk.area
    share = disk.intersection(core).area / disk.area
    if beyond > 0.001:
        return Placement(
            "undetermined", f"{where} reaches beyond the zone's outer limit ({beyond:.0%})"
        )
    if share >= setting("assess.core_share_min"):
        return Placement(
            "inside",
            f"{where}: {share:.0%} of it in the fully covered units, the rest in units the "
            f"zone covers in part ({units})",
        )
    return Placement(
        "undetermined",
        f"{where}: only {share:.0%} of it in the fully covered units, the rest in units the "
        f"zone covers only in part ({units})",
    )


def _against_core(
    core: BaseGeometry, point: shapely.Point, radius: float, edge_km: float, where: str
) -> Placement:
    reach = radius + edge_km
    edge_note = f" + {edge_km:g} km edge uncertainty" if edge_km else ""
    if core.contains(point):
        to_edge = core.boundary.distance(point)
        if to_edge >= reach:
            return Placement("inside", f"{where} is inside, {to_edge:.1f} km from the edge")
        return Placement(
            "undetermined",
            f"{where}{edge_note} reaches across the zone edge ({to_edge:.1f} km away, inside)",
        )
    away = core.distance(point)
    if away > reach:
        return Placement("outside", f"{where} is outside, {away:.1f} km from the zone")
    return Placement(
        "undetermined",
        f"{where}{edge_note} reaches across the zone edge ({away:.1f} km away, outside)",
    )


__all__ = ["Placement", "ZoneShape", "place", "prepare_zones", "radius_km", "zone_on"]
