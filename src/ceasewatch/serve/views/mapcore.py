"""What keeps the map from misleading: the view framed on the events' robust core (a few points
geocoded to the wrong continent are listed apart instead of shrinking everything else to a
blob), points outside the countries their report names flagged, and admin1 points of every
country from the world gazetteer. (Clusters at low zoom are counted by the archive:
``store.map_cells``.)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
from pydantic import BaseModel

from ceasewatch.knowledge.countries import article_countries, country_by_code
from ceasewatch.knowledge.world import world_units
from ceasewatch.model import Event

BBox = tuple[float, float, float, float]  # west, south, east, north
# A point is an outlier when it lies further from the median than this many scaled median
# absolute deviations (1.4826 * MAD estimates a standard deviation on normal data), and further
# than FLOOR_DEGREES: events of one town have a MAD near zero, and a village 20 km away is no
# outlier. About 5 sigma and 2 degrees (~200 km).
MAD_SCALE, MAD_LIMIT, FLOOR_DEGREES = 1.4826, 5.0, 2.0
# Fewer placed points than this and every point frames the view (a median of three is no core).
MIN_CORE = 5
# Admin1 points drawn at most (the biggest radius first) so a continental view stays legible.
MAX_ADMIN1 = 400


def _lonlat(event: Event) -> tuple[float, float]:
    loc = event.location
    assert loc is not None and loc.longitude is not None and loc.latitude is not None
    return loc.longitude, loc.latitude


def _far(values: list[float]) -> Callable[[float], bool]:
    middle = statistics.median(values)
    spread = MAD_SCALE * statistics.median(abs(v - middle) for v in values)
    limit = max(MAD_LIMIT * spread, FLOOR_DEGREES)
    return lambda v: abs(v - middle) > limit


def robust_core(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """(core, outliers) of placed events: outliers lie far from the median in longitude or
    latitude (median absolute deviation), so they never frame the view."""
    if len(events) < MIN_CORE:
        return events, []
    points = [_lonlat(e) for e in events]
    far_x = _far([x for x, _ in points])
    far_y = _far([y for _, y in points])
    core: list[Event] = []
    outliers: list[Event] = []
    for event, (x, y) in zip(events, points, strict=True):
        (outliers if far_x(x) or far_y(y) else core).append(event)
    return core, outliers


def _text_countries(text: str) -> frozenset[int]:
    """ISO numeric codes of the countries a report's text names (dateline, names, admin areas)."""
    found = (country_by_code(e.alpha2) for e in article_countries(text))
    return frozenset(c.numeric for c in found if c is not None)


_TEXT_COUNTRIES: dict[str, frozenset[int]] = {}  # article id -> countries (ids are content hashes)


def outside_named_country(
    events: list[Event], suspects: Iterable[Event], texts: Callable[[set[str]], dict[str, str]]
) -> set[str]:
    """Ids of ``suspects`` placed in a country their report's text never names. Only suspects
    are checked (outliers and points outside the events' usual country): reading a report's
    countries costs milliseconds, too much for every point of a large archive on each view."""
    suspects = [e for e in suspects if e.location is not None and e.location.iso is not None]
    missing = {e.article_id for e in suspects} - set(_TEXT_COUNTRIES)
    if missing:
        for article_id, text in texts(missing).items():
            if len(_TEXT_COUNTRIES) > 50_000:
                _TEXT_COUNTRIES.clear()
            _TEXT_COUNTRIES[article_id] = _text_countries(text)
    flagged = set()
    for event in suspects:
        named = _TEXT_COUNTRIES.get(event.article_id, frozenset())
        if named and event.location is not None and event.location.iso not in named:
            flagged.add(event.id)
    return flagged


def suspects(events: list[Event], outliers: list[Event]) -> list[Event]:
    """Outliers, and events outside the country most events are placed in."""
    usual = Counter(e.location.iso for e in events if e.location and e.location.iso)
    top = usual.most_common(1)[0][0] if usual else None
    odd = [e for e in events if e.location and e.location.iso not in (None, top)]
    seen = {e.id for e in outliers}
    return outliers + [e for e in odd if e.id not in seen]


class AdminPoint(BaseModel):
    code: str  # GeoNames admin1 code, "MX.16"
    name: str
    longitude: float
    latitude: float
    radius_km: float | None


@cache
def _admin1_points() -> tuple[AdminPoint, ...]:
    return tuple(
        AdminPoint(code=u.code, name=u.name, longitude=u.longitude, latitude=u.latitude,
                   radius_km=u.radius_km)
        for u in world_units(1).values()
        if u.longitude is not None and u.latitude is not None
    )  # fmt: skip


@cache
def _admin1_index() -> tuple[tuple[AdminPoint, ...], np.ndarray, np.ndarray, np.ndarray]:
    """The admin1 points, the biggest radius first, and their longitudes, latitudes and
    countries as arrays: a view's points are then picked by one vectorised comparison."""
    points = tuple(sorted(_admin1_points(), key=lambda p: -(p.radius_km or 0)))
    return (
        points,
        np.array([p.longitude for p in points], dtype=float),
        np.array([p.latitude for p in points], dtype=float),
        np.array([p.code.split(".", 1)[0] for p in points]),
    )


def admin1_points(bbox: BBox, skip_country: str | None = "SY") -> list[AdminPoint]:
    """World gazetteer admin1 units inside ``bbox`` (Syria's are drawn as OCHA outlines)."""
    west, south, east, north = bbox
    points, lon, lat, country = _admin1_index()
    inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    if skip_country is not None:
        inside &= country != skip_country
    return [points[i] for i in np.flatnonzero(inside)[:MAX_ADMIN1]]


__all__ = [
    "AdminPoint",
    "admin1_points",
    "outside_named_country",
    "robust_core",
    "suspects",
]
