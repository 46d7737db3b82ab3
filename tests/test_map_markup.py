"""The map page's faster drawing gives what the plain code gave, byte for byte: the clusters'
SVG joined in Python (``mapmarkers.cluster_markup``) against map.html's former Jinja loop; the
admin1 outlines and the land simplified per unit as views meet them (``mapoutlines``) against
every unit of a country simplified at once; the countries around points compared at once
against one point at a time."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import numpy as np
import pytest
import shapely

from ceasewatch.knowledge.outlines import country_outlines, world_countries
from ceasewatch.serve.pages import bbox_text, qs, templates
from ceasewatch.serve.views import mapoutlines
from ceasewatch.serve.views.mapmarkers import MapCluster, cluster_markup
from ceasewatch.serve.views.mapoutlines import _extents, countries_at, tolerance_for

# map.html's loop before cluster_markup (session 8), verbatim.
OLD_LOOP = (
    "  {% for c in view.clusters %}{% set r = [7, (c.count ** 0.5) * 1.5, 30]|sort %}\n"
    '    <a href="/map{{ qs(params, bbox=bbox_text(c.bbox)) }}" class="cluster-link">\n'
    '      <circle class="ev cluster {{ c.type_class }}" cx="{{ c.x }}" cy="{{ c.y }}"'
    ' r="{{ r[1]|round(1) }}"><title>{{ c.count }} events{% if c.first %}, {{ c.first }} to'
    " {{ c.last }}{% endif %}: {% for t, n in c.types|dictsort %}{{ t }} {{ n }}{% if not"
    " loop.last %}, {% endif %}{% endfor %}. Zoom in to see them.</title></circle>\n"
    '      <text class="cluster-label" x="{{ c.x }}" y="{{ c.y + 4 }}" aria-hidden="true">'
    "{{ c.count }}</text>\n    </a>\n  {% endfor %}"
)
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
         "Protests", "Strategic developments", "a <b> & 'odd' \"type\""]  # fmt: skip


def _cluster(rng: random.Random) -> MapCluster:
    count = rng.choice([1, 2, 21, 22, 399, 400, 401, rng.randrange(1, 100_000)])
    first = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(5000))
    dated = rng.random() < 0.8
    kinds = rng.sample(TYPES, rng.randint(1, 4))
    west, south = rng.uniform(-180, 170), rng.uniform(-80, 70)
    size = rng.choice([0.25, 0.5, 1.75, 3.0])
    return MapCluster(
        x=round(rng.uniform(-50, 1200), 1), y=round(rng.uniform(-50, 900), 1), count=count,
        longitude=west + size / 2, latitude=south + size / 2,
        types={k: rng.randint(1, count) for k in kinds},
        type_class=rng.choice(["t-battles", "t-riots"]), first=first if dated else None,
        last=first + dt.timedelta(days=rng.randrange(400)) if dated else None,
        bbox=(round(west, 4), round(south, 4), round(west + size, 4), round(south + size, 4)),
    )  # fmt: skip


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"event_type": "Battles", "country": None, "start": "", "as_of": None},
        {"country": "Syria", "bbox": "1,2,3,4", "q": "a&b <c>", "as_of": "2020-01-01"},
    ],
)
def test_clusters_are_the_template_loops_text(params):
    rng = random.Random(len(params))
    clusters = [_cluster(rng) for _ in range(300)]
    old = templates.env.from_string(OLD_LOOP).render(
        view={"clusters": clusters}, params=params, qs=qs, bbox_text=bbox_text
    )
    assert str(cluster_markup(clusters, params, qs, bbox_text)) == old[2:]  # the loop's indent
    assert cluster_markup([], params, qs, bbox_text) == ""


def _plain_outlines(bbox, width, height, countries, finest):
    """outlines_in as it was: every unit of each country simplified at once."""
    west, south, east, north = bbox
    mx, my = (east - west) * 0.05, (north - south) * 0.05
    frame = (west - mx, south - my, east + mx, north + my)
    view = shapely.box(*frame)
    tolerance = tolerance_for(bbox, width, finest)
    shapes = []
    for country in countries:
        if country == mapoutlines.OCHA_COUNTRY:
            continue
        units = country_outlines(country)
        geoms = shapely.simplify([u.geometry for u in units], tolerance, preserve_topology=True)
        for unit, geom in zip(units, geoms, strict=True):
            if geom.is_empty or not geom.intersects(view):
                continue
            path = _plain_path(shapely.clip_by_rect(geom, *frame), bbox, width, height)
            if path:
                shapes.append(mapoutlines._outline(
                    unit.key, country, unit.name, geom, path, bbox, width, height
                ))  # fmt: skip
    return tuple(shapes)


def _plain_path(geom, bbox, width, height) -> str:
    """_path as it was: the moves formatted one numpy pair at a time."""
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
            steps = steps[(steps != 0).any(axis=1)]
            if len(steps) < 2:
                continue
            moves = " ".join(f"{dx} {dy}" for dx, dy in steps[:-1])
            parts.append(f"M{xy[0, 0]} {xy[0, 1]}l{moves}z")
    return "".join(parts)


def _plain_land(bbox, width, height, finest):
    west, south, east, north = bbox
    shapes = world_countries()
    tolerance = tolerance_for(bbox, width, finest) * mapoutlines.LAND_COARSER
    geoms = shapely.simplify([o.geometry for o in shapes], tolerance, preserve_topology=False)
    mx, my = (east - west) * 0.05, (north - south) * 0.05
    frame = (west - mx, south - my, east + mx, north + my)
    out = []
    for shape, geom in zip(shapes, geoms, strict=True):
        b = shape.geometry.bounds
        if geom.is_empty or b[0] > east or b[2] < west or b[1] > north or b[3] < south:
            continue
        path = _plain_path(shapely.clip_by_rect(geom, *frame), bbox, width, height)
        if path:
            out.append((shape.key, path))
    return tuple(out)


VIEWS = [
    ((30.4, 30.1, 47.3, 41.3), ("SY", "TR", "IQ", "LB", "JO")),  # Syria and around, low zoom
    ((21.0, 43.5, 41.5, 53.5), ("UA", "RU", "BY", "MD", "RO")),  # Ukraine: Russia's edge
    ((41.5, 12.0, 46.5, 16.5), ("YE", "SA", "ER")),  # Yemen
    ((36.5, 35.7, 36.9, 35.9), ("SY", "TR")),  # zoomed in near Idlib
    ((-180.0, -75.0, 180.0, 85.0), ("SD", "UA", "YE")),  # the world
]


@pytest.mark.parametrize(("bbox", "countries"), VIEWS)
def test_outlines_and_land_as_simplified_whole(bbox, countries):
    for width in (1000, 640):
        height = round(width * 0.75)
        got = mapoutlines.outlines_in.__wrapped__(bbox, width, height, countries, 0.002)
        assert got == _plain_outlines(bbox, width, height, countries, 0.002)
        land = mapoutlines.land_in.__wrapped__(bbox, width, height, 0.002)
        assert land == _plain_land(bbox, width, height, 0.002)


def test_countries_around_points_at_once():
    rng = random.Random(4)
    points = [(rng.uniform(-20, 60), rng.uniform(-10, 60), rng.randint(1, 50)) for _ in range(400)]
    codes, boxes = _extents()
    want: Counter[str] = Counter()
    for lon, lat, weight in points:
        for i, box in enumerate(boxes):
            if box[0] <= lon <= box[2] and box[1] <= lat <= box[3]:
                want[codes[i]] += weight
    got = countries_at(points)
    assert got == want and list(got) == list(want)
    assert countries_at([]) == Counter()
