"""Session 42 (places42): a supplement row's population ranks it among namesakes (a bare
"El Alto" is Bolivia's city of ~850,000, not a Peruvian village), and Hong Kong's quarters
that protest reports name (Causeway Bay, Mong Kok) are in the gazetteer.

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
