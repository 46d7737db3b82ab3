"""Session 29 (wip/places29): letters NFKD does not split (Vietnamese đ, ø, ł...) stay in name
keys; Port-au-Prince's communes GeoNames cities500 lacks or spells otherwise; containment read
by the level of the unit word written, the spelling, a place's surroundings and "the
municipality of X"."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases
from ceasewatch.geocode.context import admin1_named
from ceasewatch.knowledge.countries import article_countries
from ceasewatch.knowledge.gazetteer import name_key
from ceasewatch.knowledge.world import admin1_by_key, plain_key, unit_words_clash
from tests.test_geocode import one


def test_letters_without_a_decomposition_fold_to_their_latin_letters() -> None:
    assert name_key("Đắk Lắk") == name_key("Dak Lak") == "dak lak"
    assert plain_key("Đà Nẵng") == plain_key("Da Nang")
    assert plain_key("Tromsø") == "tromso"
    assert plain_key("Łódź") == "lodz"
    assert plain_key("Diyarbakır") == "diyarbakir"
    assert plain_key("Þórshöfn") == "thorshofn"


def test_a_vietnamese_province_written_in_english_is_found() -> None:
    assert "VN" in {code.split(".")[0] for code in admin1_by_key()[plain_key("Dak Lak")]}


def test_a_village_in_a_vietnamese_province_takes_the_province(builtin: Gazetteer) -> None:
    text = (
        "On 11 June 2023, armed men attacked two commune offices in Xyzqbong village, "
        "Dak Lak province, Vietnam, killing four police officers."
    )
    loc = one(text, builtin, "Xyzqbong")
    assert loc.country == "Vietnam" and plain_key(loc.admin1 or "") == "dak lak"


def test_port_au_prince_s_communes_are_haiti_s(builtin: Gazetteer) -> None:
    for name in ("Delmas", "Tabarre", "Pétion-Ville"):
        text = f"On 2 March 2024, gang members set fire to a police station in {name}, Haiti."
        loc = one(text, builtin, name)
        assert loc.country == "Haiti" and loc.admin1 == "Ouest", name
        assert loc.geo_precision == 1, name


def test_a_unit_word_of_another_level_is_another_unit() -> None:
    assert unit_words_clash("Beni territory", "Beni Department")
    assert unit_words_clash("Kandahar district", "Kandahar Province")
    assert not unit_words_clash("Kharkiv region", "Kharkivs'ka Oblast'")  # same level
    assert not unit_words_clash("Soum province", "Province du Soum")
    assert not unit_words_clash("Beni", "Beni Department")  # no word written
    assert not unit_words_clash("Nakuru county", "Nakuru District")  # county: either level


def test_a_territory_is_not_a_department_abroad(builtin: Gazetteer) -> None:
    text = "On 3 May 2024, rebels killed 12 civilians in Kwazibo, Beni territory."
    loc = one(text, builtin, "Kwazibo")
    assert loc.country is not None and loc.country.startswith("Congo")
    assert article_countries(text) == [] or article_countries(text)[0].alpha2 != "BO"


def test_a_district_spelled_as_written_beats_a_near_spelling_abroad(builtin: Gazetteer) -> None:
    text = "On 3 May 2024, gunmen killed two farmers in Kwazibo in Mardan district."
    loc = one(text, builtin, "Kwazibo")
    assert loc.country == "Pakistan" and loc.geo_precision == 2


def test_a_place_and_its_nearby_villages_lie_in_one_unit(builtin: Gazetteer) -> None:
    text = (
        "On 3 May 2024, militants attacked Kwazibo and nearby villages in Djibo department, "
        "Burkina Faso, killing nine."
    )
    loc = one(text, builtin, "Kwazibo")
    assert loc.country == "Burkina Faso" and loc.admin1 == "Sahel" and loc.geo_precision == 2


def test_a_unit_named_with_its_word_first(builtin: Gazetteer) -> None:
    text = "On 3 May 2024, police clashed with miners at Kwazibo, in the municipality of Segovia."
    assert parent_phrases(text, text.find("Kwazibo"), text.find("Kwazibo") + 7) == [
        "Segovia municipality"
    ]
    text = text.removesuffix(".") + ", Antioquia."
    loc = one(text, builtin, "Kwazibo")
    assert loc.country == "Colombia" and loc.admin1 == "Antioquia" and loc.geo_precision == 2


def test_a_near_spelling_outside_the_province_the_text_names_is_no_match(
    builtin: Gazetteer,
) -> None:
    text = (
        "On 22 May 2023, fighters crossed from Ukraine into Graivoronsky district (Belgorod) "
        "and fought Russian forces near Kozinka."
    )
    loc = one(text, builtin, "Kozinka")
    assert loc.admin1 == "Belgorod Oblast"


def test_the_one_province_a_text_names_stands_for_a_village_it_lacks(builtin: Gazetteer) -> None:
    text = "On 12 April 2024, Zamfara: bandits took 23 passengers from two buses near Magami."
    loc = one(text, builtin, "Magami")
    assert loc.country == "Nigeria" and loc.admin1 == "Zamfara" and loc.geo_precision == 3
    assert admin1_named(text) == frozenset({("NG", "Zamfara")})


def test_an_upazila_is_a_unit_word(builtin: Gazetteer) -> None:
    text = "On 18 March 2022, rival supporters clashed in Raipura upazila (Narsingdi, Dhaka)."
    loc = one(text, builtin, "Raipura")
    assert loc.country == "Bangladesh" and loc.admin1 == "Dhaka" and loc.geo_precision == 2


def test_a_city_s_district_in_brackets_is_a_part_of_the_city(builtin: Gazetteer) -> None:
    text = (
        "On 29 November 2022, Guangzhou (Haizhu district): residents under lockdown pushed "
        "down barriers and threw objects at police."
    )
    loc = one(text, builtin, "Guangzhou")
    assert loc.admin1 == "Guangdong" and loc.geo_precision == 1


def test_a_square_then_a_comma_then_its_town(builtin: Gazetteer) -> None:
    text = "On 2 March 2024, residents protested in Al-Nour square, Deir ez-Zor city, for water."
    loc = one(text, builtin, "Al-Nour")
    assert loc.country == "Syria" and loc.geo_precision == 2
    assert loc.latitude is not None and abs(loc.latitude - 35.34) < 0.2


def test_of_units_alike_in_all_else_the_one_spelled_as_written(builtin: Gazetteer) -> None:
    text = "On 5 January 2023, an IED hit a police vehicle near Kwazibo (Lamu). 2 officers killed."
    assert one(text, builtin, "Kwazibo").country == "Kenya"  # not the Maldives' Laamu


def test_a_unit_named_with_its_word_is_the_one_spelled_so(builtin: Gazetteer) -> None:
    text = "On 16 October 2023, a rocket fired from Lebanon hit Kwazibo (Northern District)."
    assert one(text, builtin, "Kwazibo").country == "Israel"  # not Fiji's "Northern"
