"""The world gazetteer in use: the article's country, containment phrases, namesakes abroad.

Hand-written sentences in the shapes of issue 9's reproductions (wire copy from Mexico, Kenya,
Somalia, Kashmir, Afghanistan and Syria), placed with the built-in gazetteer only.
"""

from __future__ import annotations

import pytest

from ceasewatch.geocode import Gazetteer, flag_outside
from ceasewatch.model import Location
from tests.test_geocode import one

# --- the reproductions -----------------------------------------------------------------


def test_morelia_michoacan_is_in_mexico_not_colombia(builtin: Gazetteer) -> None:
    loc = one("Gunmen killed four police officers in Morelia, Michoacan, on Tuesday.", builtin,
              "Morelia")  # fmt: skip
    assert loc.country == "Mexico" and loc.admin1 == "Michoacán" and loc.geo_precision == 1
    assert 'inside "Michoacan"' in loc.reason


def test_the_state_alone_is_the_state_not_a_hamlet_of_its_name(builtin: Gazetteer) -> None:
    loc = one("Cartel violence spread across Michoacan last year.", builtin, "Michoacan")
    assert loc.country == "Mexico" and loc.geo_precision == 3
    assert loc.place_id == "geonames:3995955"  # the state, not Michoacán hamlet in Chiapas


def test_fino_mandera_county_is_in_kenya_at_the_county_point(builtin: Gazetteer) -> None:
    text = "Al Shabaab militants attacked a police post in Fino, Mandera county, killing two."
    loc = one(text, builtin, "Fino")
    assert loc.country == "Kenya" and loc.admin1 == "Mandera"
    # Fino is no entry of the gazetteer: the county stands for it, at precision 3, not a
    # village in Italy and not the county town as if it were Fino.
    assert loc.geo_precision == 3 and loc.place_id == "geonames:187895"
    assert "not in the gazetteer inside" in loc.reason


def test_jiilaale_village_balcad_middle_shabelle_is_in_somalia(builtin: Gazetteer) -> None:
    text = "Troops clashed with fighters in Jiilaale village (Balcad, Middle Shabelle) on Monday."
    loc = one(text, builtin, "Jiilaale")
    assert loc.country == "Somalia" and loc.admin1 == "Middle Shabele"
    assert loc.geo_precision == 2 and loc.admin2 == "Balcad"  # the district stands for it
    assert "Balcad" in loc.reason


def test_kirni_sector_poonch_district_jk_is_in_india(builtin: Gazetteer) -> None:
    text = "Troops fired across the line in Kirni sector (Poonch district, J&K) on Sunday."
    loc = one(text, builtin, "Kirni")
    assert loc.country == "India" and loc.admin1 == "Jammu and Kashmir"
    assert loc.geo_precision == 2 and loc.admin2 == "Punch"  # not Poonch District, Pakistan


def test_kabul_is_the_afghan_capital_not_a_village_in_israel(builtin: Gazetteer) -> None:
    loc = one("A suicide bomber killed 12 people near a mosque in Kabul on Friday.", builtin,
              "Kabul")  # fmt: skip
    assert loc.country == "Afghanistan" and loc.geo_precision == 1


def test_a_village_abroad_is_a_namesake_in_a_report_about_another_country(
    builtin: Gazetteer,
) -> None:
    # Morelia exists in Mexico and Colombia, and nothing in this report is about either.
    text = "Nigerian troops repelled an attack on Morelia, the Nigerian army said."
    loc = one(text, builtin, "Morelia")
    assert loc.latitude is None and loc.country == "Nigeria"
    assert "namesakes abroad are not taken" in loc.reason


def test_asad_in_a_syria_report_never_lands_in_russia(builtin: Gazetteer) -> None:
    text = (
        "Syrian government forces shelled Asad in the Syrian countryside, the Syrian "
        "Observatory said; Russian jets were seen overhead."
    )
    loc = one(text, builtin, "Asad")
    assert loc.country in ("Syria", None) and loc.iso in (760, None)


# --- containment phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen attacked San Pedro in Oaxaca state overnight.", "Oaxaca"),
        ("Gunmen attacked San Pedro, Nuevo Leon, overnight.", "Nuevo León"),
        ("Gunmen attacked San Pedro (Zacatecas) overnight.", "Zacatecas"),
        ("Gunmen attacked Coahuila's San Pedro overnight.", "Coahuila"),
        ("Gunmen attacked the San Pedro municipality of Coahuila overnight.", "Coahuila"),
    ],
)
def test_containment_chooses_the_namesake_inside_the_named_unit(
    builtin: Gazetteer, text: str, admin1: str
) -> None:
    loc = one(text, builtin, "San Pedro")
    assert loc.country == "Mexico" and loc.admin1 == admin1 and loc.geo_precision == 1


def test_a_list_of_places_is_no_containment(builtin: Gazetteer) -> None:
    loc = one("Shelling hit Idlib, Hama and Latakia on Monday.", builtin, "Idlib")
    assert loc.admin1 == "Idleb" and loc.geo_precision == 1  # Idlib city, not Hama


def test_a_point_outside_the_country_the_text_names_is_flagged() -> None:
    placed = Location(name="Qamishli", latitude=37.05, longitude=41.22, reason="chosen")
    flagged = flag_outside(placed, "SY", "TR")
    assert flagged.reason.startswith("FLAGGED") and "Türkiye" in flagged.reason
    assert flagged.latitude == placed.latitude  # kept, but visibly
    assert flag_outside(placed, "SY", "SY") is placed


def test_a_big_city_keeps_its_common_english_name(builtin: Gazetteer) -> None:
    # GeoNames calls it "New York City"; "New York" is one of its 90 alternate names, which
    # the shipped index keeps in full for cities of 100k+ people.
    loc = one("Police arrested dozens of protesters in New York on Monday.", builtin, "New York")
    assert loc.place_id == "geonames:5128581" and loc.geo_precision == 1


# --- the dateline's town, the event's sentence, whole names, "X in Y" (issue 9, wave 3) ---------


def _unnamed(text: str, gaz: Gazetteer, sentence_from: int = 0) -> Location | None:
    """Geocode one event the extractor gave no place, its sentence starting at
    ``sentence_from``."""
    from ceasewatch.geocode import geocode
    from ceasewatch.model import Span
    from tests.test_geocode import article, extraction

    ex = extraction(text, "Nowhere")
    sent = Span(start=sentence_from, end=len(text), text=text[sentence_from:])
    event = ex.events[0].model_copy(update={"location": None, "sentence": sent})
    ex = ex.model_copy(update={"events": (event,)})
    return geocode(ex, article(text), gaz).events[0].location


def test_a_country_alone_takes_the_dateline_town_in_it_at_precision_3(builtin: Gazetteer) -> None:
    text = "BAMAKO, Sept. 17, 2024 - Gunmen attacked a school in Mali's capital on Tuesday."
    loc = one(text, builtin, "Mali")
    assert loc.country == "Mali" and loc.geo_precision == 3
    assert loc.latitude is not None and abs(loc.latitude - 12.65) < 0.2
    assert "filed from Bamako" in loc.reason


def test_a_dateline_town_in_another_country_stands_for_nothing(builtin: Gazetteer) -> None:
    text = "NAIROBI, May 2, 2024 - Fighting spread across Sudan on Thursday, aid groups said."
    loc = one(text, builtin, "Sudan")
    assert loc.country == "Sudan" and loc.place_id == "country:SD"  # Sudan's point, not Nairobi


def test_an_unknown_village_takes_a_provincial_dateline_not_the_capital(
    builtin: Gazetteer,
) -> None:
    provincial = "BAMENDA, Cameroon, May 4, 2018 - Soldiers fought separatists in Qzxwvila."
    loc = one(provincial, builtin, "Qzxwvila")
    assert loc.admin1 == "North-West" or "Bamenda" in loc.reason
    assert loc.geo_precision == 3 and loc.latitude is not None
    capital = "YAOUNDE, Cameroon, May 4, 2018 - Soldiers fought separatists in Qzxwvila."
    loc = one(capital, builtin, "Qzxwvila")
    assert loc.latitude is None and loc.country == "Cameroon"  # a capital files for all


def test_an_event_without_a_place_takes_a_town_its_sentence_names(builtin: Gazetteer) -> None:
    text = (
        "PORT SUDAN, Jan. 11, 2025 - Sudan's army said it had recaptured Wad Madani, "
        "the capital of Al Jazirah state."
    )
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.country == "Sudan" and loc.name == "Wad Madani"
    assert "its sentence names 'Wad Madani'" in loc.reason  # not the dateline in capitals


def test_an_event_without_a_place_falls_back_to_the_dateline_town(builtin: Gazetteer) -> None:
    text = "ISLAMABAD, May 9, 2023 - Paramilitary forces arrested a former minister on Tuesday."
    loc = _unnamed(text, builtin)
    # "Islamabad" is also an old name of Chattogram (Bangladesh): the text is about Pakistan
    assert loc is not None and loc.country == "Pakistan" and loc.geo_precision == 3


def test_a_name_cut_at_a_hyphen_is_taken_whole(builtin: Gazetteer) -> None:
    text = "PORT-AU-PRINCE, Haiti - Gangs attacked the prison in Port-au-Prince on Saturday."
    start = text.index("Port-au")
    from ceasewatch.geocode import geocode
    from ceasewatch.model import Span
    from tests.test_geocode import article, extraction

    ex = extraction(text, "Port")
    loc0 = ex.events[0].location
    assert loc0 is not None
    cut = loc0.model_copy(update={"span": Span(start=start, end=start + 4, text="Port")})
    ex = ex.model_copy(update={"events": (ex.events[0].model_copy(update={"location": cut}),)})
    loc = geocode(ex, article(text), builtin).events[0].location
    assert loc is not None and loc.country == "Haiti" and loc.name == "Port-au-Prince"
    based = one("Aleppo-based rebels shelled the town.", builtin, "Aleppo")
    assert based.name == "Aleppo"  # "Aleppo-based" is no place: the name stays


def test_x_in_a_town_is_inside_that_town(builtin: Gazetteer) -> None:
    text = "MOSCOW - Police detained hundreds on Pushkin Square in Moscow on Thursday."
    loc = one(text, builtin, "Pushkin Square")
    assert loc.country is not None and "Russia" in loc.country
    assert loc.latitude is not None and abs(loc.latitude - 55.75) < 0.3  # not Pushkin town


def test_x_neighbourhood_of_a_town_is_in_the_town(builtin: Gazetteer) -> None:
    text = "Soldiers exchanged fire with separatists in the Nkwen neighbourhood of Bamenda."
    loc = one(text, builtin, "Nkwen")
    assert loc.latitude is not None and loc.geo_precision == 2 and "Bamenda" in loc.reason


def test_a_surname_in_the_sentence_is_no_place(builtin: Gazetteer) -> None:
    """ "Assad" is also a neighbourhood of Latakia: a name met in passing counts only as an
    admin unit, a seat or a town of 10,000+."""
    text = "Forces loyal to President Assad attacked on Monday, Syrian state media said."
    assert _unnamed(text, builtin) is None


# --- cross-border operations: the attacker's nationality is not the scene (session 16) ----------


def test_a_place_of_one_country_abroad_is_taken_when_home_is_only_the_attackers(
    builtin: Gazetteer,
) -> None:
    # "Turkish" qualifies the drones only: the text never says the event is in Turkey, and
    # Makhmour is a place of Iraq alone.
    text = "Turkish drones struck a farmhouse outside Makhmour, killing two PKK members."
    loc = one(text, builtin, "Makhmour")
    assert loc.country == "Iraq" and loc.latitude is not None


def test_a_loose_spelling_at_home_does_not_beat_the_exact_place_abroad(
    builtin: Gazetteer,
) -> None:
    text = "Turkish jets bombed a grain silo near Qamishli; three SDF fighters were killed."
    loc = one(text, builtin, "Qamishli")
    assert loc.country == "Syria"


def test_russian_missiles_on_a_ukrainian_city(builtin: Gazetteer) -> None:
    text = "Russian cruise missiles hit a shopping centre in Kramatorsk, killing eight people."
    assert one(text, builtin, "Kramatorsk").country == "Ukraine"


def test_forces_of_a_country_at_home_stay_at_home(builtin: Gazetteer) -> None:
    text = "Kenyan police fired tear gas at traders marching in Kisumu over new market fees."
    assert one(text, builtin, "Kisumu").country == "Kenya"


def test_forces_only_reads_every_use_of_the_country() -> None:
    from ceasewatch.geocode.context import forces_only

    reasons = {"TR": ('names "Turkish"',)}
    assert forces_only("Turkish drones hit a car.", reasons) == {"TR"}
    assert forces_only("Turkish drones hit a car; Turkish media said.", reasons) == frozenset()
    assert forces_only("Turkish-backed fighters took the town.", reasons) == frozenset()
    dateline = {"TR": ('names "Turkish"', "dateline ANKARA")}
    assert forces_only("Turkish drones hit a car.", dateline) == frozenset()
