"""Session 30 (wip/places30): the Philippines' barangay chains ("sitio X, brgy. Y, Z City"), a
possessor city of 100,000+ among namesakes abroad ("Jerusalem's X"), a quarter named with its
local word ("colonia X") in the town a note opens with, and a big city named with no word of
place in a note that names no country. Invented sentences only ("Qolmara" is no place)."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases
from ceasewatch.geocode.place import parse_name
from tests.test_geocode import one, unplaced


def test_a_local_unit_word_is_no_part_of_the_name() -> None:
    assert parse_name("sitio Qolmara").base == "Qolmara"
    assert parse_name("Barangay Qolmara").base == "Qolmara"
    assert parse_name("brgy. Qolmara").base == "Qolmara"
    assert parse_name("Colonia Obrera").base == "Colonia Obrera"  # a town's own name in Mexico


def test_a_barangay_chain_is_read_as_parents() -> None:
    text = (
        "On 5 March 2024, troops clashed with rebels in sitio Qolmara, brgy. Malagos, Davao City."
    )
    at = text.find("Qolmara")
    assert parent_phrases(text, at, at + 7) == ["Malagos", "Davao City"]


def test_a_sitio_lies_in_its_barangay(builtin: Gazetteer) -> None:
    text = (
        "On 5 March 2024, soldiers clashed with NPA rebels in sitio Qolmara, brgy. Malagos, "
        "Davao City (Davao del Sur)."
    )
    loc = one(text, builtin, "Qolmara")
    assert loc.country == "Philippines" and loc.admin1 == "Davao"
    assert loc.geo_precision == 2  # the barangay's point: in or near it


def test_a_city_written_with_its_style_is_found(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, NPA rebels ambushed a patrol in Barangay Qolmara, Tagum City."
    loc = one(text, builtin, "Barangay Qolmara")
    assert loc.country == "Philippines" and loc.admin1 == "Davao"
    assert loc.geo_precision == 2


def test_a_big_possessor_city_is_meant_among_hamlets_abroad(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, settlers set fire to two cars in Jerusalem's Qolmara quarter."
    loc = one(text, builtin, "Qolmara")
    assert loc.country == "Israel" and loc.geo_precision == 2


def test_a_shared_unit_with_no_country_stays_unresolved(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, gunmen killed a trader at Qolmara (Centre)."
    assert one(text, builtin, "Qolmara").latitude is None


def test_a_colonia_is_a_quarter_of_the_note_s_town(builtin: Gazetteer) -> None:
    for name in ("Lopez Qolmara", "colonia Lopez Qolmara"):
        text = (
            "On 5 March 2024, Monterrey (Nuevo Leon): gunmen set fire to two houses in "
            "colonia Lopez Qolmara."
        )
        loc = one(text, builtin, name)
        assert loc.admin1 == "Nuevo León" and loc.geo_precision == 1, name  # not López, Chihuahua


def test_a_big_city_named_bare_in_a_note_of_no_country(builtin: Gazetteer) -> None:
    text = (
        "On 5 March 2024, soldiers detained twenty youths in a sweep of Barrio Qolmara, "
        "Barranquilla."
    )
    loc = unplaced(text, builtin)
    assert loc is not None and loc.country == "Colombia" and loc.admin1 == "Atlántico"


def test_residents_of_a_town_put_the_event_there(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, gunmen robbed residents of Barranquilla returning from a match."
    loc = unplaced(text, builtin)
    assert loc is not None and loc.country == "Colombia"


def test_a_city_that_speaks_is_no_place(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, Barranquilla said the curfew would hold for a week."
    loc = unplaced(text, builtin)
    assert loc is None or loc.latitude is None


def test_a_city_written_by_its_own_name_before_one_of_like_size(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, in Saint-Louis, students stoned gendarmes, who fired tear gas."
    assert one(text, builtin, "Saint-Louis").country == "Senegal"
    text = "On 5 March 2024, in St. Louis, students stoned police, who fired tear gas."
    assert one(text, builtin, "St. Louis").country == "United States"
    text = "On 5 March 2024, in St. Petersburg, riot police detained twelve protesters."
    assert one(text, builtin, "St. Petersburg").country == "Russian Federation"  # 20 times


def test_a_name_cut_before_a_french_linking_word_is_taken_whole(builtin: Gazetteer) -> None:
    text = "On 5 March 2024, gang members overran the town of Anse-des-Qolmara (Nippes)."
    loc = one(text, builtin, "Anse")  # the extractor cut it at the hyphen
    assert loc.name == "Anse-des-Qolmara" and loc.country == "Haiti" and loc.admin1 == "Nippes"
    text = "On 5 March 2024, Aleppo-based rebels shelled the town."
    assert one(text, builtin, "Aleppo").name == "Aleppo"


def test_a_barangay_chain_is_no_list_of_places(builtin: Gazetteer) -> None:
    # a sitio named like many towns of the country: the chain says which
    text = "On 5 March 2024, troops clashed with rebels in sitio Buenavista, brgy. Malagos, Davao City."
    loc = one(text, builtin, "Buenavista")
    assert loc.admin1 == "Davao" and loc.geo_precision == 2


def test_a_foreign_base_s_country_is_not_the_scene(builtin: Gazetteer) -> None:
    text = (
        "On 5 March 2024, thousands of junta supporters rallied outside the French military "
        "base near Bamako airport, demanding French troops leave."
    )
    loc = unplaced(text, builtin)
    assert loc is not None and loc.country == "Mali"
    text = "On 5 March 2024, French troops trained soldiers in Lyon."
    loc = unplaced(text, builtin)
    assert loc is not None and loc.country == "France"


def test_a_village_named_like_a_city_of_another_province(builtin: Gazetteer) -> None:
    # the outer unit does not hold the city: the inner one is no part of it
    text = "On 3 April 2024, drones struck a barn in Nikopol (Bashtanka, Mykolaiv) overnight."
    loc = one(text, builtin, "Nikopol")
    assert loc.admin1 == "Mykolaiv" and loc.geo_precision == 2
    text = "On 3 April 2024, drones struck a barn in Guangzhou (Haizhu district, Guangdong)."
    assert one(text, builtin, "Guangzhou").geo_precision == 1
