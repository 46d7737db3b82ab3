"""Session 42 (places42): a supplement row's population ranks it among namesakes (a bare
"El Alto" is Bolivia's city of ~850,000, not a Peruvian village), and Hong Kong's quarters
that protest reports name (Causeway Bay, Mong Kok) are in the gazetteer; a bracket right after
a city that a smaller town abroad would fill names the city's part ("central London
(Whitehall)"); "Gaza City" is read whole, never as the unit of its first word.

Every sentence is invented ("Zumbarek" is no place; the real names are real places in
made-up events)."""

from __future__ import annotations

from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def test_a_supplement_rows_population_ranks_it_over_a_small_namesake() -> None:
    from ceasewatch.knowledge.geonames import _supplement_rows

    people = {pid: row.population for _, pid, row in _supplement_rows()}
    assert (people["supplement:BO:El Alto"] or 0) > 500_000
    assert people["supplement:CD:Bunagana"] is None  # empty: unknown, as before


def test_a_bare_el_alto_is_bolivias_city(resources: Resources) -> None:
    text = "On 4 May 2024, students protested in El Alto against fuel shortages."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Bolivia" for loc in places)


def test_hong_kong_quarters_are_placed_in_hong_kong(resources: Resources) -> None:
    for quarter in ("Causeway Bay", "Mong Kok"):
        text = f"On 4 May 2024, police fired tear gas at protesters in {quarter}."
        places = _event_places(text, resources)
        assert places and all(loc.country == "Hong Kong" for loc in places), quarter
        assert all(loc.geo_precision == 1 for loc in places)


def test_a_bracket_after_a_capital_names_a_part_of_it_not_a_district_abroad(
    resources: Resources,
) -> None:
    # Whitehall is also a district of Jamaica's St. Andrew, which holds no London
    text = (
        "On 4 May 2024, activists held a sit-in in central London (Whitehall) against arms sales."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "United Kingdom" for loc in places)


def test_a_province_in_the_bracket_still_picks_the_namesake_it_holds(
    resources: Resources,
) -> None:
    text = "On 4 May 2024, activists marched in London (Ontario) against rent rises."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Canada" for loc in places)


def test_a_quarter_named_like_a_city_abroad_stays_in_its_city(resources: Resources) -> None:
    # "Zeitoun" is a variant of a Chinese city's name; Gaza City holds the quarter
    text = (
        "On 4 May 2024, Israeli tanks shelled the Zeitoun neighbourhood of Gaza City, killing five."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Palestine, State of" for loc in places)


def test_a_city_named_with_city_is_not_cut_to_a_unit_of_its_first_word(
    resources: Resources,
) -> None:
    # the extractor gives this event no place: the sentence fallback reads "Gaza City" whole,
    # not "Gaza", which GeoNames also files as a district of Israel's Southern District
    text = (
        "On 4 May 2024, an Israeli air strike hit a house in the Sheikh Radwan area of "
        "Gaza City, killing five people."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Palestine, State of" for loc in places)


def test_a_quarter_named_of_its_town_is_not_a_city_abroad(resources: Resources) -> None:
    # "the Boston area of Cite Soleil": the quarter form names the town that holds it; only a
    # bracket right after a city's name may name the city's part
    text = (
        "On 4 May 2024, gang members attacked residents in the Boston area of Cite Soleil (Ouest)."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Haiti" for loc in places)
