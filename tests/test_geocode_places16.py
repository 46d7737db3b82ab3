"""Places, session 18 (issue 9, wip/places16): a near spelling is not taken worldwide when the
text names no country; a person named after a title of trade or office is no place; a name the
gazetteer lacks falls back to the one country's unit its sentence names.

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.geocode.place import titled_person
from ceasewatch.knowledge.countries import article_countries
from ceasewatch.model import Location, Span
from tests.test_geocode import article, extraction, one


def _in_sentence(text: str, name: str, gaz: Gazetteer) -> Location:
    """One event at ``name`` whose sentence is the whole text."""
    one_event = extraction(text, name)
    sentence = Span(start=0, end=len(text), text=text)
    event = one_event.events[0].model_copy(update={"sentence": sentence})
    out = geocode(one_event.model_copy(update={"events": (event,)}), article(text), gaz)
    assert out.events[0].location is not None
    return out.events[0].location


def test_a_near_spelling_is_no_namesake_abroad_when_no_country_is_named(
    builtin: Gazetteer,
) -> None:
    text = "On 3 March 2024, refugees marched at Kakuma camp against cuts to rations."
    loc = one(text, builtin, "Kakuma")
    assert loc.latitude is None
    assert loc.country is None


def test_an_exact_spelling_is_still_taken_when_no_country_is_named(builtin: Gazetteer) -> None:
    loc = one("Gunmen fired on a bus near Goma on Sunday.", builtin, "Goma")
    assert loc.country is not None and "Congo" in loc.country


def test_a_trade_before_a_name_makes_it_a_persons() -> None:
    text = "Police detained the journalist Tep Kanal and the ex-president Ulo Bami on Friday."
    assert titled_person("Kanal", text)
    assert titled_person("Bami", text)
    assert not titled_person("Friday", text)


def test_a_title_is_looked_for_before_every_mention_and_only_a_whole_word_counts() -> None:
    """The title is read in the window before each mention (session 27: one compiled pattern
    instead of one per name); the answer is the one a pattern per name gave."""
    text = "Kanal town was shelled. Later Gen. Ari Kanal spoke in Kanalia."
    assert titled_person("Kanal", text)  # the second mention follows a title and a given name
    assert not titled_person("Kanalia", "Police said Kanalia was calm.")
    assert not titled_person("Kana", "Governor Kanal")  # no word ends after "Kana"
    assert not titled_person("Kanal", "Governor Mo Tep Ulo Kanal")  # three given names
    assert titled_person("Kanal", "Governor Mo Tep Kanal")
    assert not titled_person("", text) and not titled_person("Kanal", "")


def test_a_persons_home_gives_way_to_the_place_its_sentence_names(builtin: Gazetteer) -> None:
    text = "On 5 May 2019, in Cotonou, police dispersed a crowd near ex-president Ulo Bonn's house."
    assert _in_sentence(text, "Ulo Bonn", builtin).country == "Benin"


def test_a_missing_name_falls_back_to_the_unit_its_sentence_names(builtin: Gazetteer) -> None:
    text = "On 4 May 2023, farmers of Totonicapan blocked the road at Cuatro Caminos all day."
    loc = _in_sentence(text, "Cuatro Caminos", builtin)
    assert loc.country == "Guatemala"
    assert loc.admin1 == "Totonicapán"
    assert (loc.geo_precision or 0) >= 2


def test_a_pan_american_highway_names_no_country() -> None:
    text = "Farmers of Totonicapan blocked the Pan-American highway at Cuatro Caminos."
    assert [c.alpha2 for c in article_countries(text)] == ["GT"]
    assert [c.alpha2 for c in article_countries("American troops met a Pan-African team.")] == [
        "US"
    ]


def test_a_missing_name_beside_the_pan_american_highway(builtin: Gazetteer) -> None:
    text = (
        "On 4 May 2023, farmers of Totonicapan blocked the Pan-American highway at Cuatro Caminos."
    )
    loc = _in_sentence(text, "Cuatro Caminos", builtin)
    assert loc.admin1 == "Totonicapán"
