"""Places, session 22 (issue 9, wip/places22): a site named by what it is ("the National
Congress", "Independence Square") in a town is placed at the town, not at the province or
district of the town's name; a parent name ends at a whole word ("in Caracas demanding").

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from ceasewatch.geocode.containment import parent_phrases, quarter_of_town
from tests.test_geocode import one


def test_a_parent_ends_at_a_whole_word() -> None:
    text = "Nurses marched to the Health Ministry in Caracas demanding back pay."
    start = text.index("Health Ministry")
    assert parent_phrases(text, start, start + len("Health Ministry")) == ["Caracas"]
    text = "Gunmen attacked a bus in Goma last week."
    start = text.index("bus")  # any span: the parent after it is "Goma", not "Goma la"
    assert parent_phrases(text, start, start + len("bus")) == ["Goma"]


def test_link_words_inside_a_name_are_kept() -> None:
    text = "Police fired on a march near Avenida Paulista in San Juan de los Morros on Monday."
    start = text.index("Avenida Paulista")
    assert parent_phrases(text, start, start + len("Avenida Paulista")) == [
        "San Juan de los Morros"
    ]


def test_a_site_named_by_what_it_is_lies_in_the_town_after_it() -> None:
    text = "Farmers blocked the road outside the Federal Congress in Buenos Aires on Friday."
    start = text.index("Federal Congress")
    assert quarter_of_town(text, start, start + len("Federal Congress"))
    text = "Fighters attacked Tessit in Gao region."
    start = text.index("Tessit")
    assert not quarter_of_town(text, start, start + len("Tessit"))


def test_a_congress_in_a_capital_is_in_the_city_not_the_province(builtin: Gazetteer) -> None:
    text = (
        "On 3 May 2025, truck drivers honked their horns outside the Federal Congress in"
        " Buenos Aires against fuel prices."
    )
    loc = one(text, builtin, "Federal Congress")
    assert loc.admin1 == "Buenos Aires F.D."
    assert loc.latitude is not None and abs(loc.latitude + 34.61) < 0.2


def test_a_ministry_in_a_capital_is_placed_at_the_capital(builtin: Gazetteer) -> None:
    text = (
        "On 2 March 2025, nurses marched to the Health Ministry in Caracas demanding back pay"
        " and protective equipment."
    )
    loc = one(text, builtin, "Health Ministry")
    assert loc.latitude is not None and abs(loc.latitude - 10.49) < 0.2


def test_a_compass_unit_written_joined_is_the_hyphened_unit(builtin: Gazetteer) -> None:
    text = "On 4 April 2024, soldiers burned houses in Eyumojock (Manyu, Southwest)."
    loc = one(text, builtin, "Eyumojock")
    assert loc.country == "Cameroon" and loc.admin1 == "South-West"


def test_one_of_many_namesakes_outside_the_named_province_is_not_taken(
    builtin: Gazetteer,
) -> None:
    text = (
        "On 5 March 2023, NPA fighters clashed with the army in Sitio Malinao (San Agustin,"
        " Surigao del Sur)."
    )
    loc = one(text, builtin, "Sitio Malinao")
    assert loc.admin1 == "Caraga" and loc.geo_precision == 2
