"""Agreement zones on the map: which version holds on a day, and which zones held over all the
days a map shows (a zone is never drawn over days it did not exist: it is noted instead)."""

from __future__ import annotations

import datetime as dt
import threading

import shapely
from pydantic import BaseModel
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.errors import CeasewatchError
from ceasewatch.knowledge.admin import load_admin_areas
from ceasewatch.memo import Memo
from ceasewatch.model import Agreement, ZoneVersion


class ZoneNote(BaseModel):
    """A zone in force during part of the events' dates only: not drawn over all of them."""

    agreement_id: str
    name: str
    valid_from: dt.date
    valid_to: dt.date | None
    start: dt.date  # the part of the window it covers, for a link to the map of those days
    end: dt.date


def zone_geometry(zone: ZoneVersion) -> BaseGeometry | None:
    """The version's own GeoJSON geometry, else the union of its admin units."""
    if zone.geometry:
        return shape(zone.geometry)
    if zone.admin_units:
        try:
            return load_admin_areas().union(zone.admin_units)
        except CeasewatchError:  # an unknown PCODE: the agreement page names it; no outline
            return None
    return None


def zone_on(agreement: Agreement, day: dt.date) -> ZoneVersion | None:
    """The zone version in force on ``day``, else the latest one that started before it; None
    when the agreement is not in force that day (a zone is never drawn before it existed)."""
    if day < agreement.valid_from or (agreement.valid_to is not None and day > agreement.valid_to):
        return None
    started = [z for z in agreement.zones if z.valid_from <= day]
    current = [z for z in started if z.valid_to is None or z.valid_to >= day]
    pool = current or started
    return max(pool, key=lambda z: z.valid_from) if pool else None


def _in_force(zone: ZoneVersion, day: dt.date) -> bool:
    return zone.valid_from <= day and (zone.valid_to is None or zone.valid_to >= day)


# Points remembered per catalogue (``Zones.holding``) at most.
HELD_MAX = 200_000


class Zones:
    """Each agreement's zone geometries, by version, computed once per request."""

    def __init__(self, agreements: list[Agreement]) -> None:
        self.agreements = agreements
        self._geoms: dict[tuple[str, dt.date], BaseGeometry | None] = {}
        self._days: dict[dt.date, tuple[tuple[Agreement, ZoneVersion], ...]] = {}
        # kept across requests: bounded
        self._held: Memo[tuple[float, float, tuple[tuple[str, dt.date], ...]], list[str]]
        self._held = Memo(HELD_MAX)

    def geometry(self, agreement: Agreement, zone: ZoneVersion) -> BaseGeometry | None:
        key = (agreement.id, zone.valid_from)
        if key not in self._geoms:
            geom = zone_geometry(zone)
            if geom is not None:
                shapely.prepare(geom)
            self._geoms[key] = geom
        return self._geoms[key]

    def _in_force_on(self, day: dt.date) -> tuple[tuple[Agreement, ZoneVersion], ...]:
        if day not in self._days:
            found = []
            for agreement in self.agreements:
                zone = zone_on(agreement, day)
                if zone is not None and _in_force(zone, day):
                    found.append((agreement, zone))
            self._days[day] = tuple(found)
        return self._days[day]

    def holding(self, lon: float, lat: float, day: dt.date) -> list[str]:
        """Agreements whose zone in force on ``day`` contains the point (memoised: events
        share villages and days, and a map asks for thousands)."""
        zones = self._in_force_on(day)
        key = (lon, lat, tuple((a.id, z.valid_from) for a, z in zones))
        if key not in self._held:
            point = shapely.Point(lon, lat)
            found = []
            for agreement, zone in zones:
                geom = self.geometry(agreement, zone)
                if geom is not None and geom.covers(point):
                    found.append(agreement.id)
            return list(self._held.keep(key, found))
        return list(self._held[key])

    def split(
        self, lo: dt.date, hi: dt.date
    ) -> tuple[list[tuple[Agreement, ZoneVersion, BaseGeometry]], list[ZoneNote]]:
        """Zones in force from ``lo`` through ``hi`` (drawn), and zones in force on part of
        those days only (noted, not drawn: a zone is never drawn over days it did not exist)."""
        drawn, partial = [], []
        for agreement, zone, geom in self.on(hi):
            if zone_on(agreement, lo) == zone and _in_force(zone, lo) and _in_force(zone, hi):
                drawn.append((agreement, zone, geom))
        held = {a.id for a, _, _ in drawn}
        for agreement in self.agreements:
            for zone in agreement.zones:
                start = max(zone.valid_from, agreement.valid_from, lo)
                ends = [d for d in (zone.valid_to, agreement.valid_to) if d is not None]
                end = min([*ends, hi])
                if agreement.id in held or start > end:
                    continue
                partial.append(ZoneNote(
                    agreement_id=agreement.id, name=agreement.name, valid_from=zone.valid_from,
                    valid_to=zone.valid_to, start=start, end=end,
                ))  # fmt: skip
        return drawn, partial

    def on(self, day: dt.date) -> list[tuple[Agreement, ZoneVersion, BaseGeometry]]:
        out = []
        for agreement in self.agreements:
            zone = zone_on(agreement, day)
            geom = self.geometry(agreement, zone) if zone else None
            if zone is not None and geom is not None:
                out.append((agreement, zone, geom))
        return out


_LATEST: list[tuple[list[Agreement], Zones]] = []
_LOCK = threading.Lock()


def zones_for(agreements: list[Agreement]) -> Zones:
    """The ``Zones`` of this catalogue, kept while the catalogue is unchanged (compared by
    value): building the zones' shapes from GeoJSON and admin units, and testing points
    against them, is then paid once, not on every map request."""
    with _LOCK:
        if _LATEST and _LATEST[0][0] == agreements:
            return _LATEST[0][1]
        zones = Zones(agreements)
        _LATEST[:] = [(agreements, zones)]
        return zones


__all__ = ["ZoneNote", "Zones", "zone_geometry", "zone_on", "zones_for"]
