"""Scope first: could an agreement's countries, zone and validity window contain an event?

Only events that pass get a verdict; every other pair is outside the agreement's scope by
construction and nothing is stored for it (a clash in Sudan is never "undetermined" against a
Syrian zone). The test is deliberately generous, so that it never drops an event the full
judgement (verdicts.py) would place inside or on the edge:

- time     the event's date, widened by its precision's slack, meets the validity window
           (``baseline=True`` also admits the ``baseline_days`` before it); an undated event
           cannot be placed on a status timeline and gets no verdict
- country  the event's country (geocoded name or ISO numeric) is one of the agreement's
           ``countries``; an event with neither coordinates nor a country is nowhere
- zone     with coordinates, the event's uncertainty disk (plus the zone's edge
           uncertainty) meets the bounding box of some zone version
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache

from ceasewatch.assess.zones import radius_km
from ceasewatch.knowledge.agreements import zone_shapes
from ceasewatch.knowledge.countries import location_alpha2
from ceasewatch.model import Agreement, Event
from ceasewatch.settings import setting

KM_PER_DEGREE = 110.57
# An area known only as "a region" (precision 3, no radius) may lie this far from its point.
AREA_RADIUS_KM = 150.0


@lru_cache(maxsize=512)
def country_code(name: str | None, numeric: int | None) -> str | None:
    """Alpha-2 of a geocoded location's country, from its ISO numeric or its name (Kosovo, XK,
    has no numeric: its name)."""
    return location_alpha2(name, numeric)


@dataclass
class Scope:
    """The scope test of one agreement; zone boxes are computed once."""

    agreement: Agreement
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    edge_km: float = 0.0

    def __post_init__(self) -> None:
        for zone in self.agreement.zones:
            for geom in zone_shapes(zone):
                if geom is not None and not geom.is_empty:
                    self.boxes.append(geom.bounds)
            self.edge_km = max(self.edge_km, zone.edge_km)

    def contains(self, event: Event, *, baseline: bool = False) -> bool:
        """True when the agreement could cover the event (see the module docstring)."""
        return self.in_time(event, baseline=baseline) and self.in_place(event)

    def in_time(self, event: Event, *, baseline: bool = False) -> bool:
        on = event.event_date
        if on is None:
            return False
        a = self.agreement
        slack = dt.timedelta(days=date_slack(event.time_precision))
        start = a.valid_from
        if baseline:
            days = dt.timedelta(days=int(setting("assess.baseline_days")))
            start = start - days if start > dt.date.min + days else dt.date.min
        return on + slack >= start and (a.valid_to is None or on - slack <= a.valid_to)

    def in_place(self, event: Event) -> bool:
        loc = event.location
        code = country_code(loc.country, loc.iso) if loc is not None else None
        countries = self.agreement.countries
        if countries and code is not None and code not in countries:
            return False
        if loc is None or loc.latitude is None or loc.longitude is None:
            # No coordinates: a country in the agreement's list places it near enough (its
            # verdict will be undetermined); a zone with no country list cannot hold it.
            return code in countries if countries else not self.boxes
        if not self.boxes:
            return True
        reach = (radius_km(loc) or AREA_RADIUS_KM) + self.edge_km + 1.0
        dlat = reach / KM_PER_DEGREE
        dlon = dlat / max(math.cos(math.radians(loc.latitude)), 0.01)
        return any(
            minx - dlon <= loc.longitude <= maxx + dlon
            and miny - dlat <= loc.latitude <= maxy + dlat
            for minx, miny, maxx, maxy in self.boxes
        )


def date_slack(time_precision: int) -> int:
    """Days either side of an event's date its time precision leaves open (week, month)."""
    if time_precision == 2:
        return int(setting("assess.date_slack_precision_2_days"))
    if time_precision == 3:
        return int(setting("assess.date_slack_precision_3_days"))
    return 0


__all__ = ["Scope", "country_code", "date_slack"]
