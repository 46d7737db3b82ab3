"""OCHA admin areas: point-in-polygon, names in any spelling, outlines from PCODEs."""

from __future__ import annotations

import pytest

from ceasewatch.errors import NotFoundError
from ceasewatch.knowledge.admin import AdminAreas, load_admin_areas
from ceasewatch.knowledge.gazetteer import name_key, skeleton_key


@pytest.fixture(scope="module")
def areas() -> AdminAreas:
    return load_admin_areas()


def test_all_units_load(areas: AdminAreas) -> None:
    levels = [u.level for u in areas.units.values()]
    assert (levels.count(1), levels.count(2), levels.count(3)) == (14, 62, 272)


@pytest.mark.parametrize(
    ("lat", "lon", "admin1"),
    [
        (36.2021, 37.1343, "Aleppo"),  # Aleppo citadel area
        (32.6189, 36.1021, "Dar'a"),  # Daraa city
        (35.3361, 40.1408, "Deir-ez-Zor"),  # Deir ez-Zor city
        (34.8959, 35.8867, "Tartous"),  # Tartus city
    ],
)
def test_locate_known_cities(areas: AdminAreas, lat: float, lon: float, admin1: str) -> None:
    match = areas.locate(lat, lon)
    assert match is not None
    assert match.admin1.name == admin1
    assert match.admin2.parent == match.admin1.pcode
    assert match.admin3.parent == match.admin2.pcode


def test_locate_outside_syria_is_none(areas: AdminAreas) -> None:
    assert areas.locate(39.93, 32.86) is None  # Ankara
    assert areas.locate(33.89, 35.50) is None  # Beirut


def test_representative_points_fall_inside_their_unit(areas: AdminAreas) -> None:
    for unit in areas.units.values():
        match = areas.locate(unit.latitude, unit.longitude)
        assert match is not None, unit.pcode
        assert unit.pcode in (match.admin1.pcode, match.admin2.pcode, match.admin3.pcode)


def test_levels_nest(areas: AdminAreas) -> None:
    governorate = areas.geometry("SY02")
    for district in areas.children("SY02"):
        assert governorate.buffer(1e-6).contains(areas.geometry(district.pcode))


def test_union_of_pcodes(areas: AdminAreas) -> None:
    districts = [u.pcode for u in areas.children("SY12")]
    union = areas.union(districts)
    assert union.symmetric_difference(areas.geometry("SY12")).area < 1e-6
    with pytest.raises(NotFoundError):
        areas.union(["SY99"])


@pytest.mark.parametrize("spelling", ["Daraa", "Dar'a", "Deraa", "Dara"])
def test_find_governorate_in_any_spelling(areas: AdminAreas, spelling: str) -> None:
    found = areas.find(spelling, level=1)
    assert found and found[0].pcode == "SY12"


def test_find_prefers_governorate_and_knows_common_english(areas: AdminAreas) -> None:
    assert areas.find("Latakia")[0].pcode == "SY06"
    assert areas.find("Raqqa")[0].pcode == "SY11"
    assert areas.find("Nowhere-on-Earth") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tell Rifaat", "Tal Rif'at"),
        ("Umm Batinah", "Um el-Batina"),
        ("Kafr Zita", "Kfar Zeita"),
        ("Ma'arrat Misrin", "Maarat Misrin"),
        ("Jisr ash-Shughur", "Jisr al-Shughur"),
        ("Deir Hafer", "Dayr Hafir"),
        ("Qalaat al-Madiq", "Qal`at al Madiq"),
    ],
)
def test_transliteration_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton_key(a) == skeleton_key(b)


def test_name_key_drops_articles_but_keeps_words() -> None:
    assert name_key("As Safira") == name_key("al-Safira") == "safira"
    # "as" before a word not starting with s is not an article.
    assert name_key("Tell as Hamra") == "tal as hamra"
    assert name_key("Khan al-Kabir") == name_key("Khan Big")
