"""Session 24 (wip/places24): towns that GeoNames cities500 lacks, from the curated supplement
(district seats of Somalia, Sudan and Myanmar, where cities500 is thin; the border villages of
southern Lebanon; towns of the Sahel, eastern Congo and Cabo Delgado), and their namesakes abroad
that must keep their own country's reading."""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode import one


def test_a_somali_district_seat_below_cities500(builtin: Gazetteer) -> None:
    loc = one("On 4 March 2024, al-Shabaab attacked a base in Balcad, Somalia.", builtin, "Balcad")
    assert loc.country == "Somalia" and loc.admin1 == "Middle Shabele"
    assert "supplement:SO:Balcad" in (loc.place_id or "")


def test_a_darfur_town_is_sudan_s_when_sudan_is_named(builtin: Gazetteer) -> None:
    # Yemen's district At Tawilah is spelled alike; the article's country decides
    loc = one("On 2 May 2024, the RSF shelled Tawila in North Darfur, Sudan.", builtin, "Tawila")
    assert loc.country == "Sudan" and loc.admin1 == "Northern Darfur"


def test_a_lebanese_border_village(builtin: Gazetteer) -> None:
    loc = one("On 9 Nov 2023, a drone struck a car in Khiam, south Lebanon.", builtin, "Khiam")
    assert loc.country == "Lebanon" and loc.geo_precision == 1


def test_a_namesake_city_abroad_keeps_its_own_country(builtin: Gazetteer) -> None:
    loc = one("On 24 March 2021, police arrested protesters in Palma, Spain.", builtin, "Palma")
    assert loc.country == "Spain"
    loc = one("On 24 March 2021, insurgents attacked Palma, Mozambique.", builtin, "Palma")
    assert loc.country == "Mozambique" and loc.admin1 == "Cabo Delgado"
    # GeoNames gives Mombasa the other name "Mambasa"; Ituri's Mambasa is a town of its own
    loc = one("On 5 June 2023, protesters marched in Mombasa, Kenya.", builtin, "Mombasa")
    assert loc.country == "Kenya"
    loc = one("On 5 June 2023, ADF rebels killed 10 people in Mambasa, Ituri.", builtin, "Mambasa")
    assert loc.admin1 == "Ituri"


def test_no_supplement_row_repeats_a_cities500_place_of_its_country(builtin: Gazetteer) -> None:
    from ceasewatch.knowledge.geonames import _supplement_rows

    for _, key, row in _supplement_rows():
        found = builtin.lookup(row.name, countries=(row.country,))
        others = [
            c
            for c in found
            if c.method == "exact"
            and c.place.feature_class == "P"
            and not c.place.id.startswith("supplement:")
        ]
        assert not others, (key, [c.place.name for c in others])


def test_a_bracketed_unit_several_countries_share_is_the_one_holding_the_place(
    builtin: Gazetteer,
) -> None:
    # Venezuela's and Brazil's "Distrito Federal": the one that holds Brasilia
    text = "On 3 May 2024, farmers rallied outside the ministry in Brasilia (Distrito Federal)."
    loc = one(text, builtin, "Brasilia")
    assert loc.country == "Brazil" and loc.geo_precision == 1
    text = "On 3 May 2024, police dispersed students in Caracas (Distrito Federal)."
    assert one(text, builtin, "Caracas").country == "Venezuela"


def test_cameroon_s_regions_by_their_french_names(builtin: Gazetteer) -> None:
    # Burkina Faso also has a Sud-Ouest region; Kumba lies in Cameroon's
    loc = one("On 3 May 2024, soldiers raided a bar in Kumba (Meme, Sud-Ouest).", builtin, "Kumba")
    assert loc.country == "Cameroon" and loc.admin1 == "South-West"
    loc = one("On 3 May 2024, soldiers raided a bar in Gaoua (Poni, Sud-Ouest).", builtin, "Gaoua")
    assert loc.country == "Burkina Faso"
    text = "On 3 May 2024, gangs burned houses in Jean-Rabel (Nord-Ouest)."
    assert one(text, builtin, "Jean-Rabel").country == "Haiti"


def test_a_town_the_text_gives_a_country_is_no_namesake_abroad_there() -> None:
    from ceasewatch.pipeline import Resources, process_article
    from tests.test_geocode import article

    # filed from Kampala: Uganda is the article's country, yet the text says the town is
    # Congolese, so it is not rejected as a place abroad
    text = (
        "KAMPALA, June 13, 2022 - Rebels took the Congolese border town of Bunagana on Monday, "
        "and Congolese soldiers crossed into Uganda, Ugandan officials said."
    )
    events = process_article(article(text), Resources()).events
    placed = [e.location for e in events if e.location and e.location.name == "Bunagana"]
    assert placed and placed[0].admin1 == "Nord Kivu" and placed[0].geo_precision == 1
