"""Session 40 (places40): a Romance article is part of the name it heads ("La Paz" is never
"Paz"), a parent named with "in" carries the parents written after it ("X in Salt Lake
(Kolkata, West Bengal)" is in India), and "provincial" after a name says the province.

Every sentence is invented ("Zumbarek", "Qolmara" are no places)."""

from __future__ import annotations

from ceasewatch.geocode import _CAPITALISED, _sub_names
from ceasewatch.geocode.seats import PROVINCE, read_cue
from ceasewatch.knowledge.countries import article_countries, grievance_spans
from ceasewatch.model import Location
from ceasewatch.pipeline import Resources, process_article
from tests.test_geocode import article


def _event_places(text: str, resources: Resources) -> list[Location]:
    events = process_article(article(text), resources).events
    return [e.location for e in events if e.location is not None]


def _names(run: str) -> list[str]:
    match = _CAPITALISED.search(run)
    assert match is not None
    return [name for _, name in _sub_names(match)]


def test_the_words_after_a_romance_article_are_no_name_of_their_own() -> None:
    assert _names("In La Paz") == ["In La Paz", "La Paz"]  # never "Paz" (Mexico's La Paz)
    assert _names("El Alto") == ["El Alto"]
    assert _names("Los Angeles") == ["Los Angeles"]
    assert _names("In Wad Madani") == ["In Wad Madani", "Wad Madani", "Madani"]  # no article


def test_a_sentence_naming_la_paz_is_not_placed_at_a_namesake_of_paz(
    resources: Resources,
) -> None:
    text = "On 2 June 2024, police cleared striking miners out of the Zumbarek square, La Paz."
    for loc in _event_places(text, resources):
        assert loc.country != "Mexico"  # "Paz" alone spells only Baja California Sur's La Paz


def test_provincial_after_a_name_says_the_province() -> None:
    text = "On 3 May 2024, Sindh provincial police baton-charged the marchers."
    start = text.index("Sindh")
    cue = read_cue(text, start, start + len("Sindh"))
    assert cue is not None and cue.reading == PROVINCE and cue.words == "provincial"


def test_whom_a_crowd_marches_for_is_its_cause_not_its_scene() -> None:
    text = "On 5 May 2024, dockers in Qolmara rallied for Gaza and the aid convoy."
    assert [text[a:b] for a, b in grievance_spans(text)] == ["rallied for Gaza"]
    assert not article_countries(text)  # Gaza is the cause, not the scene
    text = "On 5 May 2024, crowds marching for Palestine reached the Zumbarek square in Lyon."
    assert [text[a:b] for a, b in grievance_spans(text)] == ["marching for Palestine"]
    text = "On 5 May 2024, an air strike on a shelter for Gaza families killed 12."
    assert grievance_spans(text) == []  # no protest: the sentence may be about Gaza


def test_a_march_for_a_place_is_placed_where_the_crowd_was(resources: Resources) -> None:
    text = "On 5 May 2024, general strike marchers in Genoa rallied for Gaza and the flotilla."
    (loc,) = _event_places(text, resources)
    assert loc.country == "Italy"
