"""First-level units spelled alike in several countries, read by the text's other places, and
GBAO as Gorno-Badakhshan (issue 9, session 15, wip/places13).

Hand-written notes (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, geocode
from tests.test_geocode import article, extraction


def test_a_region_named_by_a_compass_word_lies_where_the_texts_towns_are(
    builtin: Gazetteer,
) -> None:
    # Cameroon's, South Africa's and Botswana's "North-West": Bamenda says which
    text = "Separatists burned a school in the North-West region. Troops came from Bamenda."
    out = geocode(extraction(text, "North-West", "Bamenda"), article(text), builtin)
    region, town = (e.location for e in out.events)
    assert town is not None and town.country == "Cameroon"
    assert region is not None and region.country == "Cameroon"
    assert region.admin1 == "North-West"


def test_a_region_phrase_is_no_town_spelled_only_alike(builtin: Gazetteer) -> None:
    # "the North-West region" is no area around the US town Northwest (a variant spelling)
    text = "Fighters burned a school in Ndop, North-West region. Troops came from Bamenda."
    out = geocode(extraction(text, "Bamenda"), article(text), builtin)
    town = out.events[0].location
    assert town is not None and town.country == "Cameroon"


def test_gbao_is_gorno_badakhshan(builtin: Gazetteer) -> None:
    text = "Security forces clashed with local men in Khorog, GBAO; 9 killed."
    out = geocode(extraction(text, "GBAO"), article(text), builtin)
    loc = out.events[0].location
    assert loc is not None and loc.country == "Tajikistan"
