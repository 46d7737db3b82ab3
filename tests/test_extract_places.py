"""Place names in event sentences (extract/places.py): hand-written sentences, one phenomenon each."""

from __future__ import annotations

import pytest

from ceasewatch.extract.places import PlaceMention, find_places
from ceasewatch.pipeline import Resources


def places(resources: Resources, text: str) -> list[PlaceMention]:
    extractor = resources.extractor
    doc = extractor.nlp(text)
    found: list[PlaceMention] = []
    for sent in doc.sents:
        actor_toks = {t.i for t in sent if t.ent_id_}
        result = find_places(sent, extractor.tables.lex, actor_toks, extractor.tables.countries)
        found.extend(result.places)
    return found


def names(resources: Resources, text: str) -> list[str]:
    return [p.name for p in places(resources, text)]


# --- countries and capitals the KB also uses for governments -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebel gunners shelled Damascus on Friday, killing two.",
        "Mortar rounds fell in Damascus, wounding nine people.",
        "Three soldiers were killed on the outskirts of Damascus.",
    ],
)
def test_capital_is_a_place_where_the_grammar_says_so(resources: Resources, text: str) -> None:
    assert "Damascus" in names(resources, text)


def test_capital_as_speaker_is_not_a_place(resources: Resources) -> None:
    assert names(resources, "Damascus said the strike hit an empty depot in Saraqib.") == [
        "Saraqib"
    ]


def test_capital_in_apposition_to_its_description(resources: Resources) -> None:
    assert "Damascus" in names(resources, "A car bomb hit the Syrian capital Damascus on Monday.")
    assert "Damascus" in names(resources, "Insurgents shelled the capital, Damascus, overnight.")


# --- descriptions before a name -------------------------------------------------------------


def test_description_of_a_city_is_read_through(resources: Resources) -> None:
    text = "Two bombs exploded in the northern Iraqi city of Mosul on Sunday."
    assert names(resources, text) == ["Mosul"]


def test_hyphenated_control_adjective_before_a_name(resources: Resources) -> None:
    text = "Jets bombed rebel-held eastern Aleppo, killing eight."
    (place,) = places(resources, text)
    assert (place.name, place.qualifier) == ("Aleppo", "eastern")


def test_description_without_a_name_gives_no_place(resources: Resources) -> None:
    assert names(resources, "Gunmen opened fire in the besieged town, killing four.") == []


# --- possessives -----------------------------------------------------------------------------


def test_possessive_country_contains_the_place(resources: Resources) -> None:
    text = "Drones struck a convoy in Yemen's western province of Hodeidah."
    (place,) = places(resources, text)
    assert place.name == "Hodeidah"
    assert place.qualifier == "province"
    assert place.within == "Yemen"


def test_possessive_with_the_apostrophe_stripped(resources: Resources) -> None:
    # Some corpora strip apostrophes: "Iraqs Anbar province".
    (place,) = places(resources, "Fighting raged in Iraqs Anbar province on Tuesday.")
    assert place.name == "Anbar"
    assert place.within == "Iraqs"


def test_possessive_city_without_a_named_part_is_the_city(resources: Resources) -> None:
    assert names(resources, "Shells fell in Homs's old quarter, killing three.") == ["Homs"]


# --- admin words, regions and spaCy's mislabelled city names --------------------------------


def test_province_word_is_kept_for_the_geocoder(resources: Resources) -> None:
    (place,) = places(resources, "Air raids killed six in Raqqa province.")
    assert (place.name, place.qualifier) == ("Raqqa", "province")


def test_demonym_is_not_a_place(resources: Resources) -> None:
    assert names(resources, "Gunmen attacked Kurds in Qamishli, killing two.") == ["Qamishli"]


def test_groups_stay_refused_among_places(resources: Resources) -> None:
    text = "Jaish al-Islam fighters clashed with troops in Harasta and Arbin."
    assert names(resources, text) == ["Harasta", "Arbin"]


def test_month_abbreviation_is_not_a_place(resources: Resources) -> None:
    assert names(resources, "Two civilians were killed in Oct. in Binnish.") == ["Binnish"]


def test_portuguese_and_spanish_connectors_stay_inside_a_name(resources: Resources) -> None:
    text = "Gunmen raided a village near Sao Joao da Barra and Rio de Janeiro on Friday."
    assert names(resources, text) == ["Sao Joao da Barra", "Rio de Janeiro"]
    # a connector is never the last word of a name
    assert names(resources, "Protests in Brazil do not stop.") == ["Brazil"]
