"""What keeps the map from misleading: points outside the countries their report names
flagged, and admin1 points of every country from the world gazetteer. (The framing on the
events' robust core: ``mapframe``; clusters at low zoom are counted by the archive:
``store.map_cells``.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
from pydantic import BaseModel

from ceasewatch.knowledge.countries import article_countries, location_alpha2
from ceasewatch.knowledge.world import world_units
from ceasewatch.memo import Memo
from ceasewatch.model import Event
from ceasewatch.store.base import PlacedEvent

BBox = tuple[float, float, float, float]  # west, south, east, north
# Admin1 points drawn at most (the biggest radius first) so a continental view stays legible.
MAX_ADMIN1 = 400


def _text_countries(text: str) -> frozenset[str]:
    """Alpha-2 codes of the countries a report's text names (dateline, names, admin areas):
    the key every country has (Kosovo has no ISO numeric)."""
    return frozenset(e.alpha2 for e in article_countries(text))


def _placed_in(event: Event) -> str | None:
    """The alpha-2 of the country an event is placed in, None when it has none."""
    loc = event.location
    return location_alpha2(loc.country, loc.iso) if loc is not None else None


# article id -> countries (ids are content hashes)
_TEXT_COUNTRIES: Memo[str, frozenset[str]] = Memo(50_000)


def outside_named_country(
    events: list[Event], suspects: Iterable[Event], texts: Callable[[set[str]], dict[str, str]]
) -> set[str]:
    """Ids of ``suspects`` placed in a country their report's text never names. Only suspects
    are checked (outliers and points outside the events' usual country): reading a report's
    countries costs milliseconds, too much for every point of a large archive on each view."""
    placed = [(e, country) for e in suspects if (country := _placed_in(e)) is not None]
    missing = {e.article_id for e, _ in placed} - set(_TEXT_COUNTRIES)
    if missing:
        for article_id, text in texts(missing).items():
            _TEXT_COUNTRIES.keep(article_id, _text_countries(text))
    flagged = set()
    for event, country in placed:
        named = _TEXT_COUNTRIES.get(event.article_id, frozenset())
        if named and country not in named:
            flagged.add(event.id)
    return flagged


def suspects(events: list[PlacedEvent], outliers: list[PlacedEvent]) -> list[PlacedEvent]:
    """Outliers, and events outside the country most events are placed in."""
    usual = Counter(e.country for e in events if e.country)
    top = usual.most_common(1)[0][0] if usual else None
    odd = [e for e in events if e.country and e.country != top]
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
    "suspects",
]
