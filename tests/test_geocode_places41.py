"""Session 41 (places41): a force's nationality takes a name's one well-known bearer abroad
("Israeli troops ... in Hebron" is the West Bank city, not a Connecticut town spelled alike),
a numbered district is placed at the town it is written of, with that town's own bracket
("District 8 of El Alto (La Paz)"), and Bolivia's El Alto is in the gazetteer.

Every sentence is invented ("Zumbarek", "Qolmara" are no places; the real names are real
places in made-up events)."""

from __future__ import annotations

from ceasewatch.geocode import _capital_first
from ceasewatch.geocode.place import _well_known_country
from ceasewatch.knowledge.gazetteer import Candidate
from ceasewatch.model import Location, Place
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def _town(country: str, people: int | None, code: str = "PPL") -> Candidate:
    place = Place(
        id=f"test:{country}:{people}",
        name="Qolmara",
        latitude=0.0,
        longitude=0.0,
        feature_class="P" if code.startswith("PPL") else "A",
        feature_code=code,
        country=country,
        population=people,
    )
    return Candidate(place, "Qolmara", "exact", 1.0, "built-in")


def test_one_well_known_bearer_among_namesakes_abroad() -> None:
    assert _well_known_country([_town("PS", 35_000), _town("PL", 1_100)]) == "PS"
    # a unit spelled alike has no people of its own: it neither helps nor hinders
    assert _well_known_country([_town("PS", 35_000), _town("PS", None, "ADM2"), _town("PL", 900)])
    # two towns of a size: the text must say which
    assert _well_known_country([_town("PS", 35_000), _town("PL", 8_000)]) is None
    # a village is nobody's best-known place
    assert _well_known_country([_town("PS", 4_000), _town("PL", 100)]) is None


def test_a_forces_raid_on_a_town_with_a_small_namesake_abroad(resources: Resources) -> None:
    text = "On 4 May 2024, Israeli troops shot dead two men in Hebron during a night raid."
    places = _event_places(text, resources)
    assert places and all(loc.latitude is not None for loc in places)
    assert {loc.country for loc in places} == {"Palestine, State of"}


def test_a_forces_raid_on_an_unknown_name_is_not_placed_abroad(resources: Resources) -> None:
    text = "On 4 May 2024, Israeli troops shot dead two men in Zumbarek during a night raid."
    for loc in _event_places(text, resources):
        assert loc.latitude is None


def test_a_numbered_district_is_placed_at_its_town_with_the_towns_bracket(
    resources: Resources,
) -> None:
    text = "On 4 May 2024, residents in District 8 of El Alto (La Paz) beat a suspected thief."
    places = _event_places(text, resources)
    assert places
    for loc in places:
        assert loc.country == "Bolivia" and loc.admin1 == "La Paz Department"
        assert loc.geo_precision == 2  # the town stands for its district: near it, not it


def test_a_numbered_ward_of_an_unknown_town_reads_the_towns_parent(
    resources: Resources,
) -> None:
    text = "On 4 May 2024, a mob burned a bus in Ward 3 of Zumbarek, Kano."
    places = _event_places(text, resources)
    assert places and all(loc.country == "Nigeria" for loc in places)


def test_a_bare_capital_with_smaller_namesakes_abroad_is_the_capital() -> None:
    def town(country: str, name: str, code: str, people: int) -> Candidate:
        place = Place(
            id=f"test:{country}",
            name=name,
            latitude=0.0,
            longitude=0.0,
            feature_class="P",
            feature_code=code,
            country=country,
            population=people,
        )
        return Candidate(place, name, "exact", 1.0, "built-in")

    seat, other = town("BO", "La Paz", "PPLG", 800_000), town("MX", "La Paz", "PPLA", 250_000)
    assert _capital_first("La Paz", [other, seat]) == "BO"
    # a larger namesake abroad (San Jose, California) leaves the text to say which
    big = town("US", "San Jose", "PPLA2", 1_000_000)
    assert _capital_first("San José", [big, town("CR", "San José", "PPLC", 330_000)]) is None
    # a capital whose own name is another ("Hong Kong" found as "Victoria") is not as written
    assert _capital_first("Victoria", [town("HK", "Hong Kong", "PPLC", 7_000_000)]) is None


def test_a_square_of_la_paz_in_a_text_naming_no_country_is_bolivias(
    resources: Resources,
) -> None:
    text = (
        "On 9 April 2024, police fired tear gas to keep striking nurses out of the Zumbarek "
        "square, La Paz; a few detained."
    )
    places = _event_places(text, resources)
    assert places and all(loc.country == "Bolivia" for loc in places)


def test_a_well_known_namesake_far_from_the_forces_country_is_not_taken() -> None:
    place = Place(
        id="test:MX",
        name="Qolmara",
        latitude=19.70,
        longitude=-101.18,
        feature_class="P",
        feature_code="PPLA",
        country="MX",
        population=600_000,
    )
    far = Candidate(place, "Qolmara", "exact", 1.0, "built-in")
    assert _well_known_country([far, _town("CO", 2_000)], "NG") is None  # Nigeria's troops
    assert _well_known_country([far, _town("CO", 2_000)], "US") == "MX"  # next door
