"""Places whose parents GeoNames names otherwise (issue 9, session 12, wip/places8).

Hand-written notes (not evaluation items): a parent by its English name where GeoNames writes
another ("Adjara" / "Achara"), a country in brackets, a lower-case direction before a parent,
a Romance link word inside a name an event's sentence gives.
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer
from tests.test_geocode import one
from tests.test_geocode_world import _unnamed


def test_a_parent_by_its_english_name_keeps_the_place_in_its_country(builtin: Gazetteer) -> None:
    # was Benin (a commune Adjarra), at that commune's point, precision 2
    loc = one(
        "On 12 January 2025, police in Batumi (Adjara) detained a reporter.", builtin, "Batumi"
    )
    assert loc.country == "Georgia" and loc.geo_precision == 1
    assert 'inside "Adjara"' in loc.reason


def test_a_bracketed_country_places_an_event_its_sentence_names(builtin: Gazetteer) -> None:
    # "Armenian-held" and "Azerbaijan" tied: no country, no place
    text = (
        "On 11 October 2020, a missile fired from Armenian-held territory destroyed houses "
        "in Ganja (Azerbaijan) at night."
    )
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.country == "Azerbaijan" and loc.name == "Ganja"


def test_a_direction_before_a_parent_is_no_part_of_it(builtin: Gazetteer) -> None:
    text = "On 22 April 2025, MNDAA fighters pulled out of Lashio (northern Shan) under a deal."
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.country == "Myanmar" and loc.admin1 == "Shan"


def test_a_romance_link_word_stays_inside_a_name_the_sentence_gives(builtin: Gazetteer) -> None:
    # "San Antonio" alone was San Antonio del Sur, 850 km away
    text = "On 11 July 2021, residents of San Antonio de los Banos (Artemisa) marched at night."
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.name == "San Antonio de los Banos"
    assert loc.admin1 == "Artemisa"
