"""The one great-circle distance the stages and the scorer share."""

import pytest

from ceasewatch.geo import EARTH_RADIUS_KM, km_between


def test_one_degree_of_the_equator() -> None:
    assert km_between(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.01)


def test_antipodes_give_half_the_circumference_not_a_math_error() -> None:
    half = 3.141592653589793 * EARTH_RADIUS_KM
    assert km_between(0.0, 0.0, 0.0, 180.0) == pytest.approx(half, rel=1e-9)
    assert km_between(36.2, 37.1, -36.2, -142.9) == pytest.approx(half, rel=1e-6)


def test_symmetric_and_zero_on_the_spot() -> None:
    assert km_between(35.9, 36.6, 36.2, 37.1) == pytest.approx(km_between(36.2, 37.1, 35.9, 36.6))
    assert km_between(12.5, 44.1, 12.5, 44.1) == 0.0
