"""Session 46 (places46): a building the gazetteer lacks, stood in for by a village its name
begins with ("Palazzo Chigi": Palazzo, Umbria), is in the town its sentence names; a seat of
government named beside an unknown landmark stands for its city ("the Eternal Flame by the
Kremlin wall": Moscow); a bracketed province one letter off GeoNames' spelling is found
("Porga (Atacora)": Benin's Atakora); a capital written with its possessive votes for its
country ("Kharkiv's outskirts"); a number inside a name is the name's ("North 24 Parganas").

Every sentence is invented (the names are real places in made-up events)."""

from __future__ import annotations

from ceasewatch.knowledge.countries import _place_evidence, _sub_runs
from ceasewatch.knowledge.gazetteer import Gazetteer
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def test_a_building_beginning_with_a_village_name_is_in_its_sentences_town(
    resources: Resources,
) -> None:
    text = (
        "On 9 October 2021, marchers broke away from a square in Rome and stormed a union "
        "office; police used water cannon near Palazzo Chigi. No deaths."
    )
    placed = _places(text, resources)
    assert placed
    for loc in placed:
        assert loc.admin1 == "Lazio" and loc.country == "Italy", loc


def test_the_kremlin_beside_an_unknown_landmark_is_moscow(resources: Resources) -> None:
    text = (
        "On 20 January 2024, dozens of women protested at the Eternal Flame by the Kremlin "
        "wall, demanding that their husbands be sent home."
    )
    placed = _places(text, resources)
    assert placed
    for loc in placed:
        assert loc.admin1 == "Moscow" and loc.latitude is not None, loc


def test_a_province_one_letter_off_is_found(builtin: Gazetteer) -> None:
    found = builtin.near_admin1("Atacora")
    assert [(c.place.name, c.place.country) for c in found] == [("Atakora", "BJ")]
    assert builtin.near_admin1("Bari") == []  # too short to be read as a near spelling


def test_a_town_in_a_province_spelled_otherwise_is_placed_there(resources: Resources) -> None:
    text = "On 19 January 2024, gunmen attacked an army post at Porga (Atacora). 4 soldiers killed."
    placed = _places(text, resources)
    assert placed
    assert placed[0].country == "Benin" and placed[0].admin1 == "Atakora", placed[0]


def test_a_possessive_capital_votes_for_its_country() -> None:
    assert _sub_runs("Kyiv's Darnytskyi") == ["Kyiv", "Darnytskyi"]
    assert _place_evidence("Kyiv's") is not None
    assert _place_evidence("Kyiv's")[0] == "UA"  # type: ignore[index]


def test_a_city_named_with_its_possessive_is_the_scene(resources: Resources) -> None:
    text = "On 3 March 2024, Russian drones hit Kharkiv's outskirts, killing two."
    placed = _places(text, resources)
    assert placed
    assert placed[0].country == "Ukraine" and placed[0].admin1 == "Kharkiv", placed[0]


def test_a_number_inside_a_name_is_the_names(resources: Resources) -> None:
    text = (
        "On 19 February 2024, women of Sandeshkhali (North 24 Parganas, West Bengal) gathered "
        "at the block office demanding action against local leaders."
    )
    placed = _places(text, resources)
    assert placed
    assert placed[0].admin1 == "West Bengal", placed[0]
