"""Places, session 17 (issue 9, wip/places15): a note's own dateline gives its town and country,
a landmark of that town is in it, a bracketed unit several countries share is sought at home or
not at all, camps named without "in", a list that ends before a clause's subject.

Hand-written sentences (not evaluation items).
"""

from __future__ import annotations

import pytest

from ceasewatch.geocode import Gazetteer, geocode
from ceasewatch.knowledge.countries import article_country, cased_dateline
from ceasewatch.model import Extraction
from ceasewatch.pipeline import Resources
from tests.test_extract_places import names
from tests.test_geocode import article, extraction


def _unplaced(text: str) -> Extraction:
    """One event the extractor gave no place."""
    one = extraction(text, "x")
    event = one.events[0].model_copy(update={"location": None})
    return one.model_copy(update={"events": (event,)})


# --- datelines in the text's own case --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "stated"),
    [
        ("On 3 March 2024, Dapaong (Savanes): a grenade hit a gate.", "Dapaong", True),
        ("Around 9 May 2023 (week of), Kolkata. A march was held.", "Kolkata", True),
        ("Cotonou. Traders blocked a road on Monday.", "Cotonou", False),
        ("Goma - Gunmen fired on a bus on Sunday.", "Goma", False),
    ],
)
def test_a_dateline_in_the_texts_own_case_is_read(text: str, town: str, stated: bool) -> None:
    found = cased_dateline(text)
    assert found is not None and found[0] == town and found[2] is stated


def test_no_dateline_in_an_ordinary_opening() -> None:
    assert cased_dateline("Gunmen killed two farmers near a river on Monday.") is None
    assert cased_dateline("Syria: strikes hit a market.") is None  # a country, not a town


def test_a_title_case_dateline_gives_the_country() -> None:
    found = article_country("Cotonou. Traders blocked a road on Monday over a new tax.")
    assert found is not None and found.alpha2 == "BJ"


def test_a_notes_town_stands_for_an_event_it_names_no_place_for(builtin: Gazetteer) -> None:
    text = "On 3 March 2024, Dapaong (Savanes): a man threw a grenade at a gate; one hurt."
    loc = geocode(_unplaced(text), article(text), builtin).events[0].location
    assert loc is not None and loc.country == "Togo" and loc.geo_precision == 1


def test_a_notes_capital_stands_for_a_name_the_gazetteer_lacks(builtin: Gazetteer) -> None:
    # a wire's capital dateline is where the copy was filed; a note's is the event's town
    text = "On 1 June 2022, Niamey. Hundreds gathered at Zorbatanga crossroads; calm."
    loc = geocode(extraction(text, "Zorbatanga"), article(text), builtin).events[0].location
    assert loc is not None and loc.country == "Niger" and loc.latitude is not None


def test_a_landmark_of_the_notes_town_is_in_that_town(builtin: Gazetteer) -> None:
    text = "On 2 May 2022, Bangui: parties held a sit-in at the Boganda stadium; calm."
    loc = geocode(extraction(text, "Boganda"), article(text), builtin).events[0].location
    assert loc is not None and loc.place_id is not None
    assert loc.latitude is not None and abs(loc.latitude - 4.36) < 0.2  # Bangui, not Lobaye


# --- bracketed units that several countries have ----------------------------------------------


def test_a_shared_unit_in_a_text_of_no_country_is_no_namesake_abroad(
    builtin: Gazetteer,
) -> None:
    text = "Gunmen killed three farmers in Kadey (Eastern) on Tuesday."
    loc = geocode(extraction(text, "Kadey"), article(text), builtin).events[0].location
    assert loc is not None and loc.latitude is None


def test_a_unit_spelled_as_written_before_a_variant_abroad(builtin: Gazetteer) -> None:
    text = "An IED hit a police truck near Bodhei (Lamu) in Kenya; two officers killed."
    loc = geocode(extraction(text, "Bodhei"), article(text), builtin).events[0].location
    assert loc is not None and loc.country == "Kenya"


# --- the extractor ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants raided Mugunga refugee camp and killed two people.", "Mugunga"),
        ("Army guns shelled Dadaab camp overnight, killing three.", "Dadaab"),
    ],
)
def test_a_camp_named_without_in_is_a_place(resources: Resources, text: str, place: str) -> None:
    assert place in names(resources, text)


def test_a_list_ends_before_the_next_clauses_subject(resources: Resources) -> None:
    text = "In a video posted on YouTube, Joseph said his men would fight on."
    assert "Joseph" not in names(resources, text)
    text = "On 11 August 2025, in Shillong, KSU students sat outside the secretariat."
    assert names(resources, text) == ["Shillong"]


def test_french_link_words_stay_inside_a_name(resources: Resources) -> None:
    text = "Police exchanged fire with gang members in Croix des Bouquets on Monday."
    assert names(resources, text) == ["Croix des Bouquets"]
