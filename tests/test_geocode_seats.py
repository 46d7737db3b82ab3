"""A name that is both a province and its capital ("Idlib", "Kandahar", "Kharkiv", "Borno"):
the words around it and the report's other places decide (``geocode.seats``).

Hand-written sentences placed with the built-in gazetteer only.
"""

from __future__ import annotations

import pytest

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.seats import CITY, PROVINCE, read_cue
from ceasewatch.model import Location
from tests.test_geocode import locations

IDLIB_CITY = "geonames:169389"
IDLEB_GOVERNORATE = "ocha:SY07"


def first(text: str, gaz: Gazetteer, *names: str) -> Location:
    return locations(text, gaz, *names)[0]


# --- the words around a mention ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reading", "words"),
    [
        ("strikes hit Idlib province on Monday", PROVINCE, "province"),
        ("missiles struck Kharkiv region overnight", PROVINCE, "region"),
        ("a village in Borno state", PROVINCE, "state"),
        ("gunmen in the northwestern province of Idlib", PROVINCE, "the northwestern province of"),
        ("air strikes on rebel-held Idlib", PROVINCE, "rebel-held"),
        ("fighting spread across Idlib", PROVINCE, "across"),
        ("a car bomb in Idlib city", CITY, "city"),
        ("air strikes on the city of Idlib", CITY, "the city of"),
    ],
)
def test_the_words_around_the_name_say_province_or_city(
    text: str, reading: str, words: str
) -> None:
    name = next(n for n in ("Idlib", "Kharkiv", "Borno") if n in text)
    start = text.index(name)
    cue = read_cue(text, start, start + len(name))
    assert cue is not None and cue.reading == reading and cue.words == words


def test_a_bare_name_has_no_cue() -> None:
    text = "Air strikes killed 12 people in Idlib on Tuesday."
    start = text.index("Idlib")
    assert read_cue(text, start, start + 5) is None
    # "Idlib City Council" is a body of the town, not "Idlib city" as a place word
    text = "the Idlib City Council said"
    assert read_cue(text, 4, 9) is None


# --- province words outside Syria (GeoNames admin1) ---------------------------------------------


def test_kandahar_province_is_the_province_at_precision_3(builtin: Gazetteer) -> None:
    text = "Taliban fighters attacked a police checkpoint in Kandahar province, killing five."
    loc = first(text, builtin, "Kandahar")
    assert loc.place_id == "geonames:1138335" and loc.geo_precision == 3  # ADM1, not the city
    assert loc.country == "Afghanistan" and "'province' names a province" in loc.reason


def test_borno_state_is_in_nigeria_not_borna_germany(builtin: Gazetteer) -> None:
    text = "Boko Haram fighters attacked a village in Borno state on Tuesday, killing 20 people."
    loc = first(text, builtin, "Borno")
    assert loc.country == "Nigeria" and loc.admin1 == "Borno" and loc.geo_precision == 3


def test_kharkiv_region_is_the_oblast_and_the_city_of_kharkiv_the_city(
    builtin: Gazetteer,
) -> None:
    region = first("Russian missiles struck Kharkiv region overnight, killing three.", builtin,
                   "Kharkiv")  # fmt: skip
    assert region.place_id == "geonames:706482" and region.geo_precision == 3
    city = first("Russian missiles struck the city of Kharkiv overnight, killing three.", builtin,
                 "Kharkiv")  # fmt: skip
    assert city.place_id == "geonames:706483" and city.geo_precision == 1


# --- Syria: the governorate (OCHA) or the town ---------------------------------------------------


def test_rebel_held_idlib_is_the_governorate(builtin: Gazetteer) -> None:
    loc = first("Air strikes hit rebel-held Idlib on Tuesday, killing 12 civilians.", builtin,
                "Idlib")  # fmt: skip
    assert loc.place_id == IDLEB_GOVERNORATE and loc.geo_precision == 3
    assert loc.reason.startswith("'rebel-held'")


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded in Idlib city on Tuesday, killing 12 people.",
        "Air strikes killed 12 people in the city of Idlib on Tuesday.",
    ],
)
def test_the_city_words_keep_the_town(builtin: Gazetteer, text: str) -> None:
    loc = first(text, builtin, "Idlib")
    assert loc.place_id == IDLIB_CITY and loc.geo_precision == 1


def test_a_bare_seat_in_a_report_naming_towns_of_its_province_is_the_province(
    builtin: Gazetteer,
) -> None:
    text = (
        "Air strikes killed 12 civilians in Idlib on Tuesday, activists said. Another raid hit "
        "Khan Sheikhun, killing four."
    )
    loc = first(text, builtin, "Idlib")
    assert loc.place_id == IDLEB_GOVERNORATE and loc.geo_precision == 3
    assert "names both a province and its capital" in loc.reason and "Khān Shaykhūn" in loc.reason


def test_a_bare_seat_alone_stays_the_town(builtin: Gazetteer) -> None:
    loc = first("Air strikes killed 12 civilians in Idlib on Tuesday, activists said.", builtin,
                "Idlib")  # fmt: skip
    assert loc.place_id == IDLIB_CITY and loc.geo_precision == 1


def test_a_report_that_writes_the_town_keeps_the_town_for_the_bare_name(
    builtin: Gazetteer,
) -> None:
    text = "In Idlib, a raid on Saraqib killed four. Earlier, air strikes hit Idlib city."
    loc = first(text, builtin, "Idlib")  # the bare first mention
    assert loc.place_id == IDLIB_CITY and loc.geo_precision == 1


def test_a_metropolis_named_bare_stays_the_city(builtin: Gazetteer) -> None:
    text = (
        "Russian shelling killed three people in Kharkiv on Saturday, the governor said. In "
        "Izium, a missile killed two more."
    )
    loc = first(text, builtin, "Kharkiv")
    assert loc.place_id == "geonames:706483" and loc.geo_precision == 1


def test_a_national_capital_named_bare_stays_the_city(builtin: Gazetteer) -> None:
    text = "A suicide bomber killed 10 people in Kabul on Friday. In Paghman, gunmen killed two."
    loc = first(text, builtin, "Kabul")
    assert loc.country == "Afghanistan" and loc.geo_precision == 1


def test_khartoum_state_is_the_state_even_with_a_near_qualifier(builtin: Gazetteer) -> None:
    text = "Fighting between the army and the RSF spread across Khartoum state on Tuesday."
    loc = first(text, builtin, "Khartoum")
    assert loc.place_id == "geonames:379253" and loc.geo_precision == 3


def test_rebel_held_aleppo_is_part_of_the_city_not_the_governorate(builtin: Gazetteer) -> None:
    loc = first("Air strikes hit rebel-held Aleppo on Tuesday, killing 12 civilians.", builtin,
                "Aleppo")  # fmt: skip
    assert loc.place_id == "geonames:170063" and loc.geo_precision == 1


# --- a quarter of the town: "X's Y district", "the Y neighbourhood of X" --------------------------


def test_a_quarter_of_a_seat_is_placed_at_the_town_not_the_province(builtin: Gazetteer) -> None:
    text = "Rebels shelled Aleppo's Salaheddine district on Sunday, killing three civilians."
    loc = first(text, builtin, "Salaheddine")
    assert loc.place_id == "geonames:170063" and loc.geo_precision == 2  # the city stands near
    assert "the town's point" in loc.reason


def test_a_place_in_a_province_keeps_the_province_as_parent(builtin: Gazetteer) -> None:
    text = "Troops clashed with fighters in Jiilaale village (Balcad, Middle Shabelle) on Monday."
    loc = first(text, builtin, "Jiilaale")
    assert loc.country == "Somalia" and loc.admin2 == "Balcad"


def test_a_region_an_alias_points_at_is_not_named_a_province(builtin: Gazetteer) -> None:
    # "Ghouta" is an alias of Rural Damascus (place_aliases.tsv): the words "the Ghouta region"
    # do not make the reason call Ghouta a province.
    text = "Regime jets bombed the Ghouta region on Monday, killing 20 civilians."
    loc = first(text, builtin, "Ghouta")
    assert loc.admin1 == "Rural Damascus" and "names a province" not in loc.reason
