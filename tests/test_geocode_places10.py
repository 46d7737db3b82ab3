"""Places on writers nobody tuned to (issue 9, session 14, wip/places10).

Hand-written notes (not evaluation items): a city whose bracket is its own name in another
spelling or its namesake unit that does not hold it (capitals that are units of their own), a
town that an outer parent holds when the inner one reads as a namesake unit.
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode import one


def test_a_bracket_in_the_local_spelling_of_the_city_is_the_city(builtin: Gazetteer) -> None:
    # GeoNames spells Algiers "Alger" too, and has an Alger County in Michigan
    loc = one(
        "On 19 May 2021, a hotel in Algiers (Alger) was bombed; 3 killed.", builtin, "Algiers"
    )
    assert loc.country == "Algeria" and loc.geo_precision == 1
    assert not loc.reason.startswith("FLAGGED") and "another name" in loc.reason


def test_a_capital_city_unit_is_not_its_namesake_province(builtin: Gazetteer) -> None:
    # Tashkent city is a first-level unit of its own; Toshkent is the province around it
    loc = one(
        "On 9 March 2021, residents of Tashkent (Toshkent) blocked a road.", builtin, "Tashkent"
    )
    assert loc.geo_precision == 1 and loc.latitude is not None
    assert abs(loc.latitude - 41.26) < 0.1 and abs(loc.longitude - 69.22) < 0.1


def test_a_bracket_that_holds_the_city_still_reads_as_its_parent(builtin: Gazetteer) -> None:
    loc = one("On 8 November 2022, students in Diffa (Diffa) marched; calm.", builtin, "Diffa")
    assert loc.country == "Niger" and loc.admin1 == "Diffa"


def test_a_village_is_never_taken_on_a_brackets_say_so(builtin: Gazetteer) -> None:
    # a name the bracket spells alike, but no seat or city: the parent stands for it
    loc = one("On 4 May 2022, gunmen raided Zzyzxq (Borno), killing 4.", builtin, "Zzyzxq")
    assert loc.geo_precision in (2, 3, None)


def test_an_outer_parent_holds_the_town_when_the_inner_reads_as_a_namesake(
    builtin: Gazetteer,
) -> None:
    # GeoNames spells the municipality "Municipio Sucre"; "Sucre" alone is a state far east
    text = "On 29 July 2024, residents of Petare (Sucre, Miranda) marched against the result."
    loc = one(text, builtin, "Petare")
    assert loc.admin1 == "Miranda" and loc.geo_precision == 1


def test_gaza_in_a_report_filed_from_israel_is_the_palestinian_territory(
    builtin: Gazetteer,
) -> None:
    # GeoNames has an Israeli district "Gaza"; "Gaza" is the territory's short name
    text = (
        "JERUSALEM, Jan 4, 2024 - Israeli troops fought Hamas fighters in Gaza on Thursday, "
        "the army said; two soldiers were killed."
    )
    loc = one(text, builtin, "Gaza")
    assert loc.country is not None and loc.country.startswith("Palestin")


def test_gaza_province_in_mozambique_stays_the_province(builtin: Gazetteer) -> None:
    text = "On 3 June 2023, gunmen attacked a bus in Gaza province, Mozambique, killing two."
    loc = one(text, builtin, "Gaza province")
    assert loc.country == "Mozambique"


def test_admin1_names_in_english_are_the_units(builtin: Gazetteer) -> None:
    # GeoNames spells them "Nord Kivu", "Lower Shabeelle" (data/gazetteer/admin_exonyms.tsv)
    text = "On 2 June 2022, rebels attacked an army post in Zzyzxq (North Kivu), killing 3."
    assert one(text, builtin, "Zzyzxq").admin1 == "Nord Kivu"
    text = "On 4 April 2019, fighters ambushed troops in Zzyzxq (Lower Shabelle), killing 5."
    assert one(text, builtin, "Zzyzxq").admin1 == "Lower Shabeelle"


def test_an_unplaced_event_of_two_tied_countries_takes_the_place_its_sentence_names(
    builtin: Gazetteer,
) -> None:
    from tests.test_geocode_world import _unnamed

    text = "On 19 January 2025, the Gaza ceasefire between Israel and Hamas took effect."
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.country is not None and loc.country.startswith("Palestin")


def test_a_road_between_two_towns_is_placed_near_the_first(builtin: Gazetteer) -> None:
    text = "On 4 May 2022, gunmen ambushed a convoy on the Gao-Ansongo road in Mali, killing six."
    loc = one(text, builtin, "Gao-Ansongo")
    assert loc.country == "Mali" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude - 16.27) < 0.2  # Gao
    assert "between" in loc.reason or "joins" in loc.reason


def test_a_hyphenated_name_of_unknown_parts_is_not_split(builtin: Gazetteer) -> None:
    text = "On 4 May 2022, gunmen attacked Zzyq-Xxqv village in Mali, killing six."
    loc = one(text, builtin, "Zzyq-Xxqv")
    assert loc.geo_precision != 2 or "joins" not in loc.reason
