"""Places, session 19 (issue 9, wip/places17): a place word at the tail of a longer name
("Tahrir al-Sham") is no place; an Arabic article joined to a word stays inside a parent's name
("Deir ez-Zor province"); a nationality describing the place names its country.

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.geocode.containment import parent_phrases
from ceasewatch.model import Location, Span
from tests.test_geocode import article, extraction, one


def test_a_word_at_the_tail_of_a_groups_name_is_no_place(builtin: Gazetteer) -> None:
    text = "Fighters of Hayat Tahrir al-Sham stormed a checkpoint and seized Saraqib on Monday."
    one_event = extraction(text, "Syria")
    sentence = Span(start=0, end=len(text), text=text)
    event = one_event.events[0].model_copy(update={"sentence": sentence, "location": None})
    out = geocode(one_event.model_copy(update={"events": (event,)}), article(text), builtin)
    loc = out.events[0].location
    assert loc is None or loc.admin1 != "Damascus"


def test_an_arabic_article_stays_inside_a_parents_name() -> None:
    text = "Gunmen fired on a checkpoint in the village of Tayyana in Deir ez-Zor province."
    start = text.index("Tayyana")
    assert parent_phrases(text, start, start + len("Tayyana")) == ["Deir ez-Zor province"]
    text = "A mortar round hit Umm Harmala (Ras al-Ain, Hasakah) on Sunday."
    start = text.index("Umm Harmala")
    assert parent_phrases(text, start, start + len("Umm Harmala")) == ["Ras al-Ain", "Hasakah"]


def test_a_nationality_describing_the_place_names_its_country(builtin: Gazetteer) -> None:
    text = (
        "KAMPALA, May 2, 2023 - Rebels seized the Congolese border town of Bunagana, and soldiers"
        " fled into Uganda, Ugandan officials said."
    )
    loc = one(text, builtin, "Bunagana")
    assert loc.country is not None and "Congo" in loc.country


def test_a_hyphened_nationality_says_who_holds_a_place_not_where_it_is() -> None:
    from ceasewatch.geocode import _described_country

    text = "Shells hit the Russian-held city of Donetsk and the Syrian town of Saraqib."
    start = text.index("Donetsk")
    held = Location(name="Donetsk", span=Span(start=start, end=start + 7, text="Donetsk"))
    assert _described_country(held, text) is None
    start = text.index("Saraqib")
    town = Location(name="Saraqib", span=Span(start=start, end=start + 7, text="Saraqib"))
    assert _described_country(town, text) == "SY"
