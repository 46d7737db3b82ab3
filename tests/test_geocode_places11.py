"""Namesakes abroad that the text's own evidence vetoes (issue 9, session 14, wip/places11).

Hand-written notes (not evaluation items): a country's name with a bracket of units is a town
of that name; an acronym in a bracket is no unit spelled alike in a country the text never
names.
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode import one


def test_a_country_name_with_bracketed_units_is_a_town_there(builtin: Gazetteer) -> None:
    # South Sudan's Tonga (Panyikang county), not the kingdom in the Pacific
    loc = one("On 3 March 2021, the SSPDF shelled Tonga (Upper Nile); 5 killed.", builtin, "Tonga")
    assert loc.country == "South Sudan" and loc.admin1 == "Upper Nile"


def test_a_country_name_alone_is_still_the_country(builtin: Gazetteer) -> None:
    loc = one("On 3 March 2021, protesters marched in Tonga over fuel.", builtin, "Tonga")
    assert loc.country == "Tonga"


def test_an_acronym_in_a_bracket_is_no_unit_abroad(builtin: Gazetteer) -> None:
    # "GBAO" (Gorno-Badakhshan) is spelled alike by Liberia's Gbao District; the text names
    # only Tajikistan
    loc = one(
        "On 2 June 2021, Tajik border guards detained 4 men in Rushan (GBAO), Dushanbe said.",
        builtin,
        "Rushan",
    )
    assert loc.country == "Tajikistan"


def test_an_apostrophe_written_is_a_name_spelled_with_one(builtin: Gazetteer) -> None:
    # "Ma'an" folds to the key of Côte d'Ivoire's city Man, a larger place
    loc = one("On 5 May 2021, farmers blocked the road near Ma'an over water.", builtin, "Ma'an")
    assert loc.country == "Jordan"
    loc = one("On 5 May 2021, farmers blocked the road near Ma’an over water.", builtin, "Ma’an")
    assert loc.country == "Jordan"


def test_a_unit_spelled_exactly_beats_a_town_that_only_sounds_alike(builtin: Gazetteer) -> None:
    # Bangladesh's district Gazipur, not India's town Ghazipur (a skeleton match)
    loc = one("On 5 May 2021, garment workers marched in Gazipur over pay.", builtin, "Gazipur")
    assert loc.country == "Bangladesh"
