"""A coder's note names a place with its parents in brackets, or a site in a town: the parents
are read jointly, and a bracket or "in Y" is never a list (geocode/containment.py, place.py)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, containment
from tests.test_geocode import one


def test_the_outer_parent_is_the_unit_that_holds_the_inner_one(builtin: Gazetteer) -> None:
    # "Saada" spells a Yemeni province, its capital and an Omani district alike; the
    # province holds Majz, so the village is in Yemen (not in Dhofar, Oman)
    text = "On 9 August 2018, an airstrike hit a market in Dahyan (Majz, Saada), killing 51."
    loc = one(text, builtin, "Dahyan")
    assert loc.country == "Yemen" and loc.admin1 == "Şa‘dah"
    assert loc.geo_precision == 2 and "Majz" in loc.reason


def test_a_near_spelling_elsewhere_in_the_country_is_no_list(builtin: Gazetteer) -> None:
    # no "Pallel" in the gazetteer; "Palle" in Goa is a near spelling, not a place of that name
    text = "On 8 September 2023, militias exchanged fire at Pallel (Tengnoupal, Manipur)."
    loc = one(text, builtin, "Pallel")
    assert loc.country == "India" and loc.admin1 == "Manipur" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude - 24.4) < 0.3


def test_an_inner_parent_is_kept_over_an_outer_one_spelled_by_another_unit(
    builtin: Gazetteer,
) -> None:
    # "Oromia" is spelled alike only by a zone of Amhara; Gimbi (a town of Oromia) is kept, and
    # "kebele" (a ward) between the name and its brackets does not hide them
    text = (
        "On 18 June 2022, gunmen killed 300 residents in Tole kebele (Gimbi, West Wellega, Oromia)."
    )
    loc = one(text, builtin, "Tole")
    assert loc.country == "Ethiopia" and loc.admin1 == "Oromiya"
    assert loc.latitude is not None and abs(loc.latitude - 9.17) < 0.1 and loc.geo_precision == 2


def test_a_site_in_a_town_is_placed_at_the_town(builtin: Gazetteer) -> None:
    text = "On 26 October 2022, mourners gathered at Aichi cemetery in Saqqez (Kurdistan)."
    loc = one(text, builtin, "Aichi")
    # Saqqez, not Okazaki in Aichi prefecture (Japan); GeoNames gives the district of Saqqez
    # only its province's point
    assert loc.country == "Iran" and loc.admin1 == "Kordestān" and "Saqqez" in loc.reason


def test_only_a_comma_may_be_a_list() -> None:
    text = "Shelling hit Idlib, Hama and Latakia; fighting in Tole (Gimbi) and near X in Y."
    at = text.index("Idlib")
    assert containment.listed_after(text, at, at + 5)
    at = text.index("Tole")
    assert not containment.listed_after(text, at, at + 4)
    assert containment.parent_phrases(text, at, at + 4) == ["Gimbi"]
    at = text.index("X in")
    assert not containment.listed_after(text, at, at + 1)


def test_local_unit_words_stand_between_a_name_and_its_parents() -> None:
    for text, name in [
        ("in Tole kebele (Gimbi, Oromia)", "Tole"),
        ("in Bama LGA (Borno)", "Bama"),
        ("in Kutru tehsil (Bijapur, Chhattisgarh)", "Kutru"),
    ]:
        at = text.index(name)
        assert containment.parent_phrases(text, at, at + len(name))[-1] in (
            "Oromia", "Borno", "Chhattisgarh"
        )  # fmt: skip


def test_a_seat_of_government_named_by_its_building_is_its_city(builtin: Gazetteer) -> None:
    # GeoNames spells "White House" for a town in Tennessee and for Casablanca
    text = "On 4 June 2020, protesters gathered outside the White House; police used tear gas."
    loc = one(text, builtin, "White House")
    assert loc.country == "United States" and loc.geo_precision == 1
    assert loc.latitude is not None and abs(loc.latitude - 38.9) < 0.1


def test_car_is_the_central_african_republic_where_the_text_is_about_it(
    builtin: Gazetteer,
) -> None:
    text = "On 3 May 2021, anti-balaka militia attacked Bangui; fighting spread across CAR."
    loc = one(text, builtin, "CAR")
    assert loc.country == "Central African Republic" and loc.geo_precision == 3


def test_a_seat_of_government_ignores_the_city_named_after_it(builtin: Gazetteer) -> None:
    # "in Washington (District of Columbia)" names the seat's city, not Washington state
    text = "On 6 June 2020, thousands marched near the White House in Washington (District of "
    text += "Columbia) against police violence."
    loc = one(text, builtin, "White House")
    assert loc.latitude is not None and abs(loc.latitude - 38.9) < 0.1 and loc.geo_precision == 1
