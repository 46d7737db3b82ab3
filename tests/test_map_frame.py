"""Where the map opens (serve/views/mapframe.py): weighted medians, far spots, areas that a
scatter of single events does not chain together, and the biggest area framed."""

from __future__ import annotations

import random
import statistics

from ceasewatch.serve.views import mapframe
from ceasewatch.store.base import MapSpot


def _spot(lon: float, lat: float, n: int = 1, country: str = "") -> MapSpot:
    return MapSpot(longitude=lon, latitude=lat, n=n, bbox=(lon, lat, lon, lat), country=country)


def test_weighted_median_is_the_median_of_the_repeated_values():
    rng = random.Random(4)
    for _ in range(200):
        values = [
            (round(rng.uniform(-50, 50), 2), rng.randint(1, 5)) for _ in range(rng.randint(1, 9))
        ]
        expanded = [v for v, w in values for _ in range(w)]
        assert mapframe.weighted_median(values) == statistics.median(expanded)


def test_a_scatter_between_two_dense_areas_does_not_join_them():
    syria = [_spot(36 + i * 0.25, 35 + (i % 4) * 0.25, 500, "Syria") for i in range(16)]
    ukraine = [_spot(36 + i * 0.25, 48 + (i % 4) * 0.25, 300, "Ukraine") for i in range(16)]
    scatter = [_spot(36.5, 37.5 + i * 0.5, 1, "Turkey") for i in range(20)]  # single events
    spots = syria + ukraine + scatter
    found = mapframe.areas(spots)
    assert [a.country for a in found[:2]] == ["Syria", "Ukraine"]
    assert found[0].bbox[3] < 36.5 and found[1].bbox[1] > 47.5  # the scatter frames neither
    plan = mapframe.framing(spots)
    framed = [spots[i] for i in plan.framed]
    assert {s.country for s in framed} == {"Syria"}
    assert [a.country for a in plan.also][:1] == ["Ukraine"]
    assert sum(a.n for a in plan.also) + sum(spots[i].n for i in plan.framed) <= sum(
        s.n for s in spots
    )


def test_areas_close_and_comparable_share_the_view():
    syria = [_spot(37 + i * 0.25, 35, 100, "Syria") for i in range(8)]
    iraq = [_spot(44 + i * 0.25, 33, 80, "Iraq") for i in range(8)]  # 5 degrees east: apart
    plan = mapframe.framing(syria + iraq)
    assert plan.areas == 2 and plan.also == ()  # both framed: together 9 x 2 degrees
    far = [_spot(100, -40, 1), *syria]
    plan = mapframe.framing(far)
    assert plan.far == (0,) and 0 not in plan.framed  # one event far away: listed apart


def test_too_few_events_all_frame_the_view():
    spots = [_spot(0, 0), _spot(100, 50), _spot(-70, -30)]
    plan = mapframe.framing(spots)
    assert plan.framed == (0, 1, 2) and plan.far == () and plan.also == ()


def _far_in_python(spots: list[MapSpot]) -> set[int]:
    """``far_spots`` as it was before numpy (issue 12): tuples, ``weighted_median``."""
    if sum(s.n for s in spots) < mapframe.MIN_CORE:
        return set()

    def far(values: list[tuple[float, int]]) -> list[bool]:
        middle = mapframe.weighted_median(values)
        spread = mapframe.MAD_SCALE * mapframe.weighted_median(
            [(abs(v - middle), w) for v, w in values]
        )
        limit = max(mapframe.MAD_LIMIT * spread, mapframe.FLOOR_DEGREES)
        return [abs(v - middle) > limit for v, _ in values]

    xs = far([(s.longitude, s.n) for s in spots])
    ys = far([(s.latitude, s.n) for s in spots])
    return {i for i in range(len(spots)) if xs[i] or ys[i]}


def test_far_spots_in_numpy_are_the_python_ones():
    rng = random.Random(12)
    for _ in range(1500):
        spots = [
            _spot(
                rng.choice([rng.uniform(-180, 180), 36.5, 36.75, 37.0]),
                rng.choice([rng.uniform(-60, 70), 35.0, 35.25]),
                rng.choice([1, 1, 2, 7, 100]),
            )
            for _ in range(rng.choice([1, 3, 5, 8, 40, 400]))
        ]
        assert mapframe.far_spots(spots) == _far_in_python(spots)
