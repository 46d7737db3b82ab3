"""Places, session 20 (issue 9, wip/places18): a town the gazetteer lacks falls back to the admin
unit the text names as one; ", in the Y province" is a parent; English names of admin1 units
GeoNames spells otherwise; "the CITY suburb of X" is X.

Hand-written sentences and invented village names (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases
from tests.test_geocode import one


def test_a_missing_town_falls_back_to_the_unit_its_paragraph_names(builtin: Gazetteer) -> None:
    text = (
        "ADDIS ABABA, May 3, 2024 - A rebellion has gripped the Amhara region since August. On "
        "Monday militiamen clashed with troops in Zarbatu, residents said."
    )
    loc = one(text, builtin, "Zarbatu")
    assert loc.admin1 == "Amhara"
    assert loc.geo_precision == 3
    assert "Amhara region" in (loc.reason or "")


def test_the_one_unit_of_the_text_stands_for_a_missing_town(builtin: Gazetteer) -> None:
    text = (
        "KAMPALA, June 2, 2023 - Rebels killed five people in a village in Kasese district in "
        "western Uganda, police said.\n\nLater they attacked a school in Bwanjiri."
    )
    loc = one(text, builtin, "Bwanjiri")
    assert loc.country == "Uganda"
    assert loc.admin1 == "Western Region"
    assert loc.geo_precision == 3


def test_units_named_only_in_other_paragraphs_are_no_stand_in(builtin: Gazetteer) -> None:
    text = (
        "BANGKOK, May 2, 2025 - Shells hit a market in Sisaket province on Monday.\n\n"
        "Troops also fought in Surin province, the army said.\n\n"
        "On Friday soldiers clashed near Ban Khok Wiang, the army said."
    )
    loc = one(text, builtin, "Ban Khok Wiang")
    assert loc.latitude is None or loc.admin1 not in ("Si Sa Ket", "Surin")


def test_a_units_own_name_takes_no_other_unit(builtin: Gazetteer) -> None:
    text = (
        "BANGKOK, May 2, 2025 - Shells hit a market in Sisaket province on Monday, and jets "
        "bombed targets in Zorbanchey province."
    )
    loc = one(text, builtin, "Zorbanchey")
    assert loc.admin1 != "Si Sa Ket"


def test_a_comma_before_in_the_y_province_names_a_parent() -> None:
    text = "Ten women were seized outside Korbiya, in the Soum province, a resident said."
    start = text.index("Korbiya")
    assert parent_phrases(text, start, start + len("Korbiya")) == ["Soum province"]


def test_english_names_of_units_geonames_spells_otherwise(builtin: Gazetteer) -> None:
    loc = one("Rebels raided Tumbiya in Gezira state on Friday.", builtin, "Tumbiya")
    assert loc.country == "Sudan"
    assert loc.admin1 == "Al Jazīrah"
    loc = one("Gunmen attacked Wabkeer (Galgaduud) on Monday.", builtin, "Wabkeer")
    assert loc.country == "Somalia"
    assert loc.admin1 == "Galguduud"


def test_a_name_describing_a_port_or_suburb_is_not_the_place() -> None:
    from ceasewatch.pipeline import Resources, process_article
    from tests.test_geocode import article

    text = (
        "MOSCOW, June 5, 2025 - Ukrainian drones struck an oil depot in the Black Sea port of Novorossiysk "
        "on Wednesday, officials said."
    )
    events = process_article(article(text), Resources()).events
    places = {e.location.name for e in events if e.location is not None}
    assert places == {"Novorossiysk"}


def test_the_city_suburb_of_x_is_x() -> None:
    from ceasewatch.pipeline import Resources, process_article
    from tests.test_geocode import article

    text = (
        "KYIV, May 3, 2024 - A Russian drone damaged a school in the Kyiv suburb of Brovary on "
        "Tuesday, officials said."
    )
    events = process_article(article(text), Resources()).events
    places = {e.location.name for e in events if e.location is not None}
    assert "Brovary" in places
    assert "Kyiv" not in places
    (brovary,) = [e.location for e in events if e.location and e.location.name == "Brovary"]
    assert brovary.qualifier is None
