"""Names after a place preposition that are no place (issue 9, session 25, from the VOA stories):
the social network X, a title a preposition continues ("the Working Group on Arbitrary
Detention"); and the Central African Republic as news copy abbreviates it."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.knowledge.countries import country_named
from tests.test_extract_eventplaces import places


def test_the_network_x_is_no_place(extractor: Extractor) -> None:
    found, _ = places(
        "Special forces said in a post on X that the commander was killed in an airstrike in "
        "Anbar.",
        extractor,
    )
    assert "X" not in found and "Anbar" in found


def test_a_title_continued_by_on_is_no_place(extractor: Extractor) -> None:
    found, _ = places(
        "The UN Working Group on Arbitrary Detention called for his release after police "
        "arrested him in Guatemala City.",
        extractor,
    )
    assert "Arbitrary Detention" not in found and "Guatemala City" in found


def test_a_lower_case_noun_before_on_still_opens_a_place(extractor: Extractor) -> None:
    found, _ = places("Russian forces launched drone strikes on Kharkiv overnight.", extractor)
    assert found == ["Kharkiv"]


def test_a_capitalised_word_that_is_no_title_before_on_keeps_the_place(
    extractor: Extractor,
) -> None:
    found, _ = places("The strikes by Russia on Kyiv killed four people.", extractor)
    assert "Kyiv" in found


def test_car_abbreviations_name_the_central_african_republic() -> None:
    for written in ("C.A.R.", "CAR"):
        country = country_named(written)
        assert country is not None and country.alpha2 == "CF"
    assert country_named("car") is None and country_named("Car") is None


def test_an_armed_group_s_name_before_on_keeps_the_place(extractor: Extractor) -> None:
    found, _ = places("Shelling by the Wagner Group on Bakhmut killed two soldiers.", extractor)
    assert "Bakhmut" in found
