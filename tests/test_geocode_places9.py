"""Places in wording nobody tuned to (issue 9, session 13, wip/places9).

Hand-written notes (not evaluation items): a journey's origin ("its plane from X"), a
capital named as its government ("X's offensive"), an admin unit named with its admin word
("Kyiv oblast"), a site before its town's parents ("the X prison (Y)"), a small town with its
parents in brackets, and the one reader of a lower-case direction before a parent.
"""

from __future__ import annotations

from pathlib import Path

from ceasewatch.geocode import Gazetteer, containment, geocode
from ceasewatch.knowledge.countries import bare_parent
from ceasewatch.model import Location, Span
from tests.test_geocode import article, extraction, one
from tests.test_geocode_world import _unnamed


def _in_sentence(text: str, gaz: Gazetteer, name: str) -> Location:
    """Geocode the event the extractor placed at ``name``, its sentence the whole text."""
    ex = extraction(text, name)
    sent = Span(start=0, end=len(text), text=text)
    ex = ex.model_copy(update={"events": (ex.events[0].model_copy(update={"sentence": sent}),)})
    loc = geocode(ex, article(text), gaz).events[0].location
    assert loc is not None
    return loc


def test_a_journeys_origin_is_not_the_events_place(builtin: Gazetteer) -> None:
    text = (
        "On 2 March 2021, a rocket struck Mukalla port (Hadramawt) as the governor stepped "
        "off his plane from Cairo. Yemeni officials said 4 died."
    )
    loc = _in_sentence(text, builtin, "Cairo")
    assert loc.country == "Yemen" and "journey" in loc.reason


def test_a_capital_named_as_its_government_is_not_the_city(builtin: Gazetteer) -> None:
    text = "On 3 May 2021, Armenian troops fired on villages a week into Baku's offensive."
    loc = _in_sentence(text, builtin, "Baku")
    assert loc.country == "Azerbaijan" and loc.admin1 is None  # the country, never the city
    assert "government" in loc.reason


def test_a_capital_after_its_possessive_with_no_state_word_stays_the_city(
    builtin: Gazetteer,
) -> None:
    loc = one("On 3 May 2021, a bomb hit Baku's old town, killing two.", builtin, "Baku")
    assert loc.latitude is not None and abs(loc.latitude - 40.38) < 0.2


def test_a_province_named_with_its_admin_word_is_the_unit(builtin: Gazetteer) -> None:
    text = "On 3 March 2022, Russian missiles struck a fuel depot in Kyiv oblast, killing two."
    loc = one(text, builtin, "Kyiv")
    assert loc.geo_precision == 3 and loc.admin1 == "Kiev"


def test_a_parent_named_with_its_admin_word_is_the_unit(builtin: Gazetteer) -> None:
    text = "On 4 March 2022, Russian shelling hit Hlevakha (Kyiv oblast), killing one."
    loc = one(text, builtin, "Hlevakha")
    assert loc.admin1 == "Kiev"


def test_a_site_before_its_towns_parent_takes_the_town_in_it(builtin: Gazetteer) -> None:
    text = "On 9 June 2019, inmates rioted at the Altamira prison (Para), in Brazil; 5 killed."
    loc = one(text, builtin, "Altamira")
    assert loc.admin1 == "Pará"


def test_a_small_town_with_its_parents_in_brackets_is_the_events_place(
    builtin: Gazetteer,
) -> None:
    text = "On 3 May 2020, Venezuelan troops intercepted armed men landing at Macuto (La Guaira)."
    loc = _unnamed(text, builtin)
    assert loc is not None and loc.name == "Macuto" and loc.country == "Venezuela"


def test_a_lower_case_direction_is_stripped_by_one_reader() -> None:
    assert bare_parent("northern Shan") == "Shan"
    assert bare_parent("south-eastern Kivu") == "Kivu"
    assert bare_parent("North Kivu") == "North Kivu"
    text = "Lashio (northern Shan) fell."
    assert containment.parent_phrases(text, 0, 6) == ["Shan"]


def test_a_titled_persons_name_is_no_place(builtin: Gazetteer) -> None:
    text = (
        "On 3 May 2021, Prime Minister Narendra Modi and his host signed a maritime accord; "
        "Modi called it a milestone."
    )
    loc = _in_sentence(text, builtin, "Modi")
    assert loc.latitude is None


def test_a_city_that_shares_a_titled_name_stays_a_place(builtin: Gazetteer) -> None:
    text = "On 3 May 2021, Governor Ali Kano visited Kano, where a bomb killed two."
    loc = _in_sentence(text, builtin, "Kano")
    assert loc.latitude is not None and loc.country == "Nigeria"


def test_an_event_from_a_toll_sentence_takes_the_place_its_paragraph_names(
    builtin: Gazetteer,
) -> None:
    text = "On 3 May 2020, Venezuelan troops fought armed men at Macuto (La Guaira). 8 killed."
    loc = _unnamed(text, builtin, sentence_from=text.index("8 killed"))
    assert loc is not None and loc.name == "Macuto" and "paragraph" in loc.reason


def test_a_new_paragraph_does_not_take_the_place_of_the_one_before(builtin: Gazetteer) -> None:
    text = "On 3 May 2020, troops fought at Macuto (La Guaira).\n\nElsewhere 8 were killed."
    loc = _unnamed(text, builtin, sentence_from=text.index("Elsewhere"))
    assert loc is None or loc.name != "Macuto"


def test_a_town_below_cities500_comes_from_the_curated_supplement(builtin: Gazetteer) -> None:
    text = "On 13 June 2022, M23 rebels took Bunagana in North Kivu from the Congolese army."
    loc = one(text, builtin, "Bunagana")
    assert loc.iso == 180  # the Democratic Republic of the Congo
    assert loc.latitude is not None and abs(loc.latitude + 1.28) < 0.1
    assert "supplement:CD:Bunagana" in (loc.place_id or "")


def test_every_supplement_row_cites_its_source_and_lies_in_its_country() -> None:
    from ceasewatch.knowledge.geonames import _supplement_rows

    rows = list(_supplement_rows())
    assert rows and all(pid < -20_000_000 for pid, _, _ in rows)
    text = Path(__file__).parents[1] / "src/ceasewatch/knowledge/data/gazetteer"
    lines = (text / "place_supplement.tsv").read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith(("#", "name\t"))]
    assert all(line.split("\t")[-1].startswith("https://en.wikipedia.org/wiki/") for line in body)
    # Each point lies in its country's outline (Natural Earth, simplified: a border village may
    # fall a few km outside it, so within 0.05 degree; a point in the wrong country is further).
    from shapely.geometry import Point

    from ceasewatch.knowledge.outlines import world_countries

    shapes = {outline.country: outline.geometry for outline in world_countries()}
    far = []
    for line in body:
        name, _, country, _, lat, lon, *_ = line.split("\t")  # then population, source
        if country in shapes and shapes[country].distance(Point(float(lon), float(lat))) > 0.05:
            far.append(name)
    assert not far
