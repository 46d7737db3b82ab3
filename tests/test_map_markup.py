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

from ceasewatch.knowledge.admin import load_admin_areas
from ceasewatch.knowledge.outlines import country_outlines, world_countries
from ceasewatch.serve.pages import bbox_text, event_markup, popup_markup, qs, templates
from ceasewatch.serve.views import mapoutlines, mapproject
from ceasewatch.serve.views.mapmarkers import (
    MapCluster,
    MapEvent,
    MapPoint,
    PopupEvent,
    cluster_markup,
)
from ceasewatch.serve.views.mapoutlines import _extents, countries_at, tolerance_for
from ceasewatch.serve.views.mapproject import Projection

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


# map.html's events and popups loops before event_markup and popup_markup (session 11), verbatim.
OLD_EVENTS = (
    '  {% for e in view.events %}\n    <a href="#{{ e.point }}" class="event-link">\n      {% if'
    ' e.x != e.cx or e.y != e.cy %}<line class="fan" x1="{{ e.cx }}" y1="{{ e.cy }}" x2="{{ e.x'
    ' }}" y2="{{ e.y }}"/>{% endif %}\n      <circle class="ev {{ e.type_class }} p{{'
    " e.geo_precision or 3 }}{% if e.zones %} in-zone{% endif %}{% if e.outside_country %}"
    ' outside{% endif %}" data-event="{{ e.id }}" data-zones="{{ e.zones|join(\' \') }}" cx="{{'
    ' e.x }}" cy="{{ e.y }}" r="{{ 5 if e.geo_precision == 1 else 6 if e.geo_precision == 2 else'
    ' 7 }}"><title>{{ e.sub_event_type }}, {{ e.place }}, {{ e.event_date or "undated" }}'
    ' (precision {{ e.geo_precision or "?" }}{% if e.uncertainty_km %}, ±{{ e.uncertainty_km }}'
    " km{% endif %}){% if e.zones %}; inside {% for z in e.zones %}{{ agreement_name(z) }}{% if"
    " not loop.last %}, {% endif %}{% endfor %}{% endif %}{% if e.outside_country %}; placed"
    " outside every country its report names{% endif %}</title></circle>\n    </a>\n  {% endfor %}"
)
OLD_POPUPS = (
    '{% for p in view.points %}<section class="popup" id="{{ p.id }}" aria-label="Events at {{'
    ' p.place }}">\n  <a class="close" href="#map" aria-label="Close">×</a>\n  <h3>{{ p.place }}'
    " <small class=\"muted\">{{ p.events|length }} event{{ 's' if p.events|length != 1 }}"
    '</small></h3>\n  <ul>{% for e in p.events %}<li><a href="/events/{{ e.id }}">{{'
    ' e.event_date or "undated" }} · {{ e.sub_event_type }}</a><br><small>report: <a'
    ' href="/articles/{{ e.article_id }}">{{ (e.title or e.article_id)|truncate(70) }}</a>'
    "</small></li>{% endfor %}</ul>\n</section>{% endfor %}"
)
ODD = ["Aleppo", "a <b> & 'c' \"d\"", "Ḥamāh", "", "x" * 90, "Idlib " * 15]


def _event(rng: random.Random, n: int) -> MapEvent:
    x, y = round(rng.uniform(-50, 1200), 1), round(rng.uniform(-50, 900), 1)
    fanned = rng.random() < 0.3
    return MapEvent(
        id=f"ev-{n}" + rng.choice(["", "<&>"]), article_id=f"a{n}",
        event_date=rng.choice([None, dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(5000))]),
        event_type=rng.choice(TYPES), sub_event_type=rng.choice(TYPES + ODD), place=rng.choice(ODD),
        latitude=rng.uniform(-80, 80), longitude=rng.uniform(-180, 180),
        geo_precision=rng.choice([None, 1, 2, 3]), country=rng.choice(["", "Syria"]),
        uncertainty_km=rng.choice([None, 0.0, 2.5, 25.0, 1.0 / 3]),
        x=round(x + 14 * rng.random(), 1) if fanned else x, y=y, cx=x, cy=y,
        radius=0.0, type_class=rng.choice(["t-battles", "t-a-b"]),
        zones=rng.sample(["z1", "z-2", "a<b>&c", "Idlib zone"], rng.randint(0, 3)),
        outside_country=rng.random() < 0.2, point=f"pt-{rng.randrange(50)}",
    )  # fmt: skip


def test_events_and_popups_are_the_template_loops_text() -> None:
    rng = random.Random(11)
    events = [_event(rng, n) for n in range(900)]
    old = templates.env.from_string(OLD_EVENTS).render(view={"events": events})
    assert str(event_markup(events)) == old[2:]  # the loop's indent
    points = [
        MapPoint(id=f"pt-{n}", place=rng.choice(ODD), x=1.5, y=2.0, events=[
            PopupEvent(id=e.id, event_date=e.event_date, sub_event_type=e.sub_event_type,
                       article_id=e.article_id, title=rng.choice([None, *ODD]))
            for e in rng.sample(events, rng.choice([1, 1, 2, 5]))
        ])
        for n in range(300)
    ]  # fmt: skip
    old = templates.env.from_string(OLD_POPUPS).render(view={"points": points})
    assert str(popup_markup(points)) == old
    assert event_markup([]) == "" and popup_markup([]) == ""


def _plain_path_data(geom: shapely.Geometry, proj: Projection) -> str:
    """mapproject.path_data as it was: each point projected by Projection.xy."""
    parts = []
    for polygon in getattr(geom, "geoms", [geom]):
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            points = [proj.xy(x, y) for x, y in ring.coords]
            parts.append("M" + " L".join(f"{x} {y}" for x, y in points) + " Z")
    return " ".join(parts)


def _plain_boundaries(
    bbox: tuple[float, float, float, float], width: int, height: int, tolerance: float
) -> list[tuple[str, str, str, float, float]]:
    """mapproject._boundaries as it was: every unit simplified and tested against the view."""
    proj = Projection(bbox=bbox, width=width, height=height)
    span = bbox[2] - bbox[0]
    levels = [1] + ([2] if span < 3.0 else []) + ([3] if span < 1.2 else [])
    tol = tolerance if span >= 3.0 else tolerance / 3 if span >= 1.2 else tolerance / 10
    view = shapely.box(*bbox)
    areas = load_admin_areas()
    shapes = []
    for unit in sorted(areas.units.values(), key=lambda u: (-u.level, u.pcode)):
        geom = areas.geometry(unit.pcode).simplify(round(tol, 5))
        if unit.level in levels and geom.intersects(view):
            x, y = proj.xy(unit.longitude, unit.latitude)
            path = _plain_path_data(geom, proj)
            shapes.append((unit.pcode, unit.name, path, x, y))
    return shapes


@pytest.mark.parametrize("bbox", [view for view, _ in VIEWS[:4]] + [(36.0, 35.0, 38.5, 36.9)])
def test_boundaries_projected_at_once(bbox: tuple[float, float, float, float]) -> None:
    for width in (1000, 640):
        height = round(width * 0.75)
        got = mapproject._boundaries.__wrapped__(bbox, width, height, 0.01)
        want = _plain_boundaries(bbox, width, height, 0.01)
        assert [(s.id, s.name, s.path, s.label_x, s.label_y) for s in got] == want


def test_rounding_as_python_rounds() -> None:
    rng = np.random.default_rng(5)
    values = np.concatenate([
        rng.uniform(-100, 1500, 20_000), np.arange(-200, 2000) / 20, np.arange(-50, 50) * 0.05,
        np.array([0.15, 0.25, 0.35, -0.05, -0.15, 2.675, 1e-12, -1e-12, 0.0]),
    ])  # fmt: skip
    got = mapproject._round1(values)
    assert [repr(v) for v in got] == [repr(round(float(v), 1)) for v in values]
