"""Session 46 (reach46): places in notes that do not name their country. "Djibouti city" is
the capital, not the country; "north of Copenhagen" is the capital, not its namesake hamlets
abroad, so a suburb the gazetteer lacks is placed near it.

Every sentence is invented ("Zumbarek" is no place; the real names are real places in
made-up events)."""

from __future__ import annotations

from ceasewatch.geocode import _capital_city_written
from ceasewatch.geocode.context import _capital_among
from ceasewatch.knowledge.gazetteer import Candidate
from ceasewatch.model import Location, Place, Span
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def _named(text: str, name: str) -> Location:
    start = text.index(name)
    return Location(name=name, span=Span(start=start, end=start + len(name), text=name))


def test_a_country_named_with_city_after_it_is_its_capital() -> None:
    text = "Police dispersed a rally in Djibouti city on Monday."
    assert _capital_city_written(_named(text, "Djibouti"), text)
    text = "Police dispersed a rally in Djibouti on Monday."
    assert not _capital_city_written(_named(text, "Djibouti"), text)
    # the country's capital bears another name: "Nigeria city" is no capital
    text = "Police dispersed a rally in Nigeria city on Monday."
    assert not _capital_city_written(_named(text, "Nigeria"), text)


def _town(country: str, code: str, score: float = 1.0) -> Candidate:
    place = Place(
        id=f"test:{country}:{code}",
        name="Qolmara",
        latitude=0.0,
        longitude=0.0,
        feature_class="P",
        feature_code=code,
        country=country,
        population=1000,
    )
    return Candidate(place, "Qolmara", "exact", score, "built-in")


def test_a_capital_breaks_a_tie_among_namesakes() -> None:
    capital = _capital_among([_town("DK", "PPLC"), _town("US", "PPL"), _town("US", "PPL")])
    assert capital is not None and capital.country == "DK"
    assert _capital_among([_town("DK", "PPLA"), _town("US", "PPL")]) is None
    # two capitals of one name: no guess
    assert _capital_among([_town("DK", "PPLC"), _town("US", "PPLC")]) is None
    # a capital matched less well than a namesake breaks no tie it is not in
    assert _capital_among([_town("US", "PPL"), _town("DK", "PPLC", 0.8)]) is None


def test_a_rally_in_a_capital_written_as_city(resources: Resources) -> None:
    text = "On 25 February 2013, police dispersed a rally in Djibouti city with tear gas."
    places = _event_places(text, resources)
    assert places and all(loc.geo_precision == 1 for loc in places)
    assert {loc.country for loc in places} == {"Djibouti"}


def test_an_unknown_suburb_north_of_a_capital(resources: Resources) -> None:
    # the embassy's adjective makes Israel tie with Denmark, so no home country filters the
    # namesakes of Copenhagen: the capital must break the tie itself
    text = (
        "On 2 October 2024, a grenade exploded near the Israeli embassy in Zumbarek "
        "(north of Copenhagen); no one hurt."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Denmark" for loc in places)
    assert all(loc.geo_precision == 2 for loc in places)


def _named_town(own: str, method: str, code: str, people: int) -> tuple[float, Candidate]:
    place = Place(
        id=f"test:{own}",
        name=own,
        latitude=0.0,
        longitude=0.0,
        feature_class="P",
        feature_code=code,
        country="ZZ",
        population=people,
    )
    return 1.0, Candidate(place, "Kourou", method, 1.0, "built-in")


def test_a_seat_by_its_own_name_over_a_town_by_a_foreign_alias() -> None:
    from ceasewatch.geocode.place import _own_name_over_alias

    alias = _named_town("Crewe", "variant", "PPL", 75_000)
    seat = _named_town("Kourou", "exact", "PPLA3", 24_000)
    assert _own_name_over_alias([alias, seat], "Kourou")[0] == seat
    # a city many times the seat's size keeps its lead
    big = _named_town("Crewe", "variant", "PPL", 500_000)
    assert _own_name_over_alias([big, seat], "Kourou")[0] == big
    # a village by its own name is no seat: the ranking stands
    village = _named_town("Kourou", "exact", "PPL", 24_000)
    assert _own_name_over_alias([alias, village], "Kourou")[0] == alias
    # an exonym close to the own name is no foreign alias ("Kiev" for Kyiv)
    kyiv = _named_town("Kyiv", "variant", "PPLC", 2_900_000)
    kiev = _named_town("Kiev", "exact", "PPLA3", 2_000_000)
    assert _own_name_over_alias([kyiv, kiev], "Kiev")[0] == kyiv


def test_a_seat_and_its_unit_name_one_country(resources: Resources) -> None:
    from ceasewatch.geocode import _seat_in_unit_countries

    # Saudi Arabia's Al Jawf Region has no al-Hazm; Yemen's al-Jawf has it as its seat
    assert _seat_in_unit_countries("al-Hazm", "al-Jawf", resources.gazetteer) == {"YE"}
    # a seat named with a unit it does not lie in names no country
    assert _seat_in_unit_countries("al-Hazm", "Hadramawt", resources.gazetteer) == set()


def test_an_unplaced_event_at_a_capital_of_a_unit(resources: Resources) -> None:
    text = "On 2 March 2020, fighters entered al-Hazm, capital of al-Jawf, after troops left."
    places = _event_places(text, resources)
    assert places and {loc.country for loc in places} == {"Yemen"}


def test_residents_named_after_their_town(resources: Resources) -> None:
    text = "On 16 August 2022, a crowd of Narva residents protested as a monument was lifted away."
    places = _event_places(text, resources)
    assert places and {loc.country for loc in places} == {"Estonia"}
